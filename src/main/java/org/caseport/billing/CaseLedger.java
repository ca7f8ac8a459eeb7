package org.caseport.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.caseport.shared.Money;

/**
 * Where a case's money stands. Spent is billable time plus billable expenses; the remaining
 * budget is what the client authorised minus spent; the retainer balance is what the client paid
 * minus spent. Both may go below zero: that is an overrun the firm must see, not an error.
 */
public record CaseLedger(BigDecimal budgetAuthorised, BigDecimal billableTime, BigDecimal billableExpenses,
        BigDecimal retainerPaid) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MARGIN = new BigDecimal("0.20");

    public CaseLedger {
        budgetAuthorised = Money.of(budgetAuthorised);
        billableTime = Money.of(billableTime);
        billableExpenses = Money.of(billableExpenses);
        retainerPaid = Money.of(retainerPaid);
    }

    public BigDecimal spent() {
        return billableTime.add(billableExpenses);
    }

    public BigDecimal remainingBudget() {
        return budgetAuthorised.subtract(spent());
    }

    public BigDecimal retainerBalance() {
        return retainerPaid.subtract(spent());
    }

    public boolean isOverBudget() {
        return remainingBudget().signum() < 0;
    }

    /** Share of the authorised budget spent, in whole percent; 0 when no budget was authorised. */
    public int percentOfBudgetSpent() {
        if (budgetAuthorised.signum() == 0) {
            return 0;
        }
        return spent().multiply(BigDecimal.valueOf(100)).divide(budgetAuthorised, 0, RoundingMode.HALF_UP).intValue();
    }

    /** The same share capped at 100, for drawing a progress bar. */
    public int progressBarPercent() {
        return Math.max(0, Math.min(100, percentOfBudgetSpent()));
    }

    /**
     * How much more budget to ask the client for, as a starting point staff may change: the overspend
     * (if any) plus a fifth of the authorised budget, rounded up to a whole hundred.
     */
    public BigDecimal suggestedBudgetIncrease() {
        BigDecimal overspend = spent().subtract(budgetAuthorised).max(BigDecimal.ZERO);
        BigDecimal wanted = overspend.add(budgetAuthorised.multiply(MARGIN));
        return Money.of(wanted.divide(HUNDRED, 0, RoundingMode.CEILING).multiply(HUNDRED));
    }
}
