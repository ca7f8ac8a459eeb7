package org.caseport.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A case as its pages show it. */
public record CaseView(long id, String number, String title, long clientId, String clientName, String caseType,
        String description, CaseStatus status, Long leadInvestigatorId, String leadName, String leadEmail,
        String leadPhone, LocalDate openedOn, LocalDate closedOn, Long portalProfileId, List<TeamMember> team) {

    public record TeamMember(long id, String displayName) {
    }

    public Set<CaseStatus> nextStatuses() {
        return status.next();
    }

    public List<Long> teamIds() {
        return team.stream().map(TeamMember::id).toList();
    }
}
