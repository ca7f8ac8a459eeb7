package org.caseport.portal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A case in a portal list. Only the number, title and the list's columns are read; every other
 * component is null, never read from the database.
 */
public record PortalCaseRow(long id, String number, String title, String status, LocalDate openedOn,
        LocalDate closedOn, Instant lastSharedUpdate, String investigator, BigDecimal budgetAuthorised,
        BigDecimal spent) {

    /** The share of the authorised budget spent, in whole percent; null without a budget to divide by. */
    public Integer percentOfBudgetUsed() {
        if (budgetAuthorised == null || spent == null || budgetAuthorised.signum() == 0) {
            return null;
        }
        return spent.multiply(BigDecimal.valueOf(100)).divide(budgetAuthorised, 0, RoundingMode.HALF_UP).intValue();
    }
}
