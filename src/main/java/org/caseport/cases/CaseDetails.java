package org.caseport.cases;

import java.util.Set;

/** What staff fill in when they open or edit a case. */
public record CaseDetails(String title, long clientId, String caseType, String description, Long leadInvestigatorId,
        Set<Long> assigneeIds) {

    public CaseDetails {
        assigneeIds = assigneeIds == null ? Set.of() : Set.copyOf(assigneeIds);
    }
}
