package org.caseport.renewals;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A case's renewal renewed: the case's authorised budget grows by the price of the next term.
 * Published once per term (only the run that moved the renewal out of ACTIVE publishes it), in that
 * run's transaction, so the ledger changes once. {@code authorisedByAccountId} is the contact who
 * instructed it, or null when it renewed by default.
 */
public record RenewalBudgetRaised(long caseId, long renewalId, BigDecimal amount, LocalDate on,
        Long authorisedByAccountId, String reference) {
}
