package org.caseport.approvals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An approval request as both sides see it. */
public record ApprovalRow(long id, long caseId, String caseNumber, String caseTitle, String title,
        String explanation, BigDecimal amount, LocalDate dueOn, ApprovalStatus status, String requestedBy,
        Instant requestedAt, String decidedByName, Instant decidedAt, String decisionComment) {

    public boolean isOpen() {
        return status == ApprovalStatus.OPEN;
    }

    public boolean isBudgetRequest() {
        return amount != null;
    }
}
