package org.caseport.cases;

import java.time.LocalDate;

/** One line of the case list. */
public record CaseRow(long id, String number, String title, long clientId, String clientName, String caseType,
        CaseStatus status, String leadName, LocalDate openedOn) {
}
