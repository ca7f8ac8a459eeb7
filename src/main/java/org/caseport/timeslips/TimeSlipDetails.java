package org.caseport.timeslips;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.caseport.shared.Visibility;

/** What staff write on a time slip. */
public record TimeSlipDetails(LocalDate workDate, long staffId, BigDecimal hours, BigDecimal rate, boolean billable,
        String body, Visibility visibility) {
}
