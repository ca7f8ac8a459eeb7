package org.caseport.portal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A granted case on the contact's dashboard. The budget figures are null when the profile that
 * applies to this case does not show the budget.
 */
public record PortalCaseSummary(long id, String number, String title, String status, LocalDate openedOn,
        Instant lastSharedUpdate, BigDecimal budgetAuthorised, BigDecimal spent) {

    public boolean showsBudget() {
        return budgetAuthorised != null;
    }

    public int percentOfBudgetSpent() {
        if (budgetAuthorised == null || budgetAuthorised.signum() == 0) {
            return 0;
        }
        return spent.multiply(BigDecimal.valueOf(100)).divide(budgetAuthorised, 0, RoundingMode.HALF_UP)
                .intValue();
    }
}
