package org.caseport.portal;

import java.time.LocalDate;
import org.caseport.cases.CaseStatus;

/**
 * What a contact narrows a list of their cases by: the list ({@code null} for the first one offered),
 * a status, a text (case number, title, and the names of shared subjects they may see) and a range
 * of opening dates, each optional.
 */
public record PortalCaseSearch(Long listId, CaseStatus status, String text, LocalDate openedFrom, LocalDate openedTo) {

    public PortalCaseSearch {
        text = text == null || text.isBlank() ? null : text.trim();
    }

    public static PortalCaseSearch everything() {
        return new PortalCaseSearch(null, null, null, null, null);
    }

    /** Whether anything narrows the list beyond its own preset. */
    public boolean narrows() {
        return status != null || text != null || openedFrom != null || openedTo != null;
    }
}
