package org.caseport.portal;

import java.time.LocalDate;
import org.caseport.cases.CaseStatus;

/** A search a contact saved under a name: the list it ran in (null for the first offered) and its filters. */
public record PortalSavedSearch(long id, String name, Long listId, CaseStatus status, String textQuery,
        LocalDate openedFrom, LocalDate openedTo) {

    public PortalCaseSearch search() {
        return new PortalCaseSearch(listId, status, textQuery, openedFrom, openedTo);
    }
}
