package org.caseport.approvals;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What staff ask the client: a title, why, by when (optional) and, for more budget, how much. */
public record NewApprovalRequest(String title, String explanation, BigDecimal amount, LocalDate dueOn) {
}
