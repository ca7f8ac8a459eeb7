package org.caseport.billing;

import java.math.BigDecimal;

/**
 * A case at or past one of the firm's budget thresholds: the highest one it reached, the share of
 * the authorised budget spent, and the budget increase to suggest to the client.
 */
public record BudgetWarning(long caseId, int threshold, int percentSpent, BigDecimal suggestedIncrease) {

    /** The title a request for more budget is prefilled with. */
    public static final String REQUEST_TITLE = "More budget";

    /** The case's approvals page with a request for {@link #suggestedIncrease} prefilled: one click to ask. */
    public String askForMoreBudgetPath() {
        return "/app/cases/" + caseId + "/approvals?title=" + REQUEST_TITLE.replace(' ', '+') + "&amount="
                + suggestedIncrease.setScale(0).toPlainString();
    }
}
