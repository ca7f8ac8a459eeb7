package org.caseport.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.caseport.shared.Visibility;

/** An expense as the case's expense list shows it. */
public record ExpenseRow(long id, LocalDate spentOn, String category, BigDecimal amount, String description,
        boolean billable, Visibility visibility, String createdByName) {
}
