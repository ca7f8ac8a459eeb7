package org.caseport.approvals;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The client approved more budget for a case. Published inside the answering transaction, once per
 * request (only the answer that moved it out of OPEN publishes it), so the ledger changes once.
 */
public record BudgetIncreaseApproved(long caseId, long requestId, BigDecimal amount, LocalDate on,
        long approvedByAccountId, String reference) {
}
