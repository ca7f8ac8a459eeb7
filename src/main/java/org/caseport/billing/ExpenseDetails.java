package org.caseport.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.caseport.shared.Visibility;

/** What staff record about an expense. */
public record ExpenseDetails(LocalDate spentOn, String category, BigDecimal amount, String description,
        boolean billable, Visibility visibility) {
}
