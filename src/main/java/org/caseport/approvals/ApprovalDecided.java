package org.caseport.approvals;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A contact approved or declined a request. Published inside the answering transaction, so its
 * no-charge note commits with the decision or not at all.
 */
public record ApprovalDecided(long caseId, long requestId, LocalDate on, String title, BigDecimal amount,
        boolean approved, String decidedBy, String comment) {
}
