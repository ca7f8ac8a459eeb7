package org.caseport.timeslips;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.caseport.shared.Visibility;

/** A time slip as the case's notes list shows it. */
public record TimeSlipRow(long id, LocalDate workDate, Long staffId, String staffName, BigDecimal hours,
        BigDecimal rate, boolean billable, BigDecimal amount, String body, Visibility visibility,
        TimeSlipOrigin origin) {

    public boolean isSystem() {
        return origin == TimeSlipOrigin.SYSTEM;
    }
}
