package org.caseport.portal;

import java.time.LocalDate;
import org.caseport.cases.CaseStatus;

/**
 * A search a contact saved under a name: the list it ran in ({@link PortalCaseList#BUILT_IN} for the
 * built-in one, null for whichever is offered first) and its filters.
 */
public record PortalSavedSearch(long id, String name, Long listId, CaseStatus status, String textQuery,
        LocalDate openedFrom, LocalDate openedTo) {

    public PortalCaseSearch search() {
        return new PortalCaseSearch(listId, status, textQuery, openedFrom, openedTo);
    }
}
