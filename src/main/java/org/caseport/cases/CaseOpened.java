package org.caseport.cases;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A case was opened with the budget the client authorised (possibly zero). */
public record CaseOpened(long caseId, BigDecimal budgetAuthorised, LocalDate openedOn, long actorId) {
}
