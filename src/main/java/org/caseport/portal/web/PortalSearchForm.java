package org.caseport.portal.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.caseport.cases.CaseStatus;
import org.caseport.portal.PortalCaseSearch;
import org.springframework.validation.BindingResult;

/** A search of the contact's cases as the page's query string carries it, so that links and pages keep it. */
record PortalSearchForm(
        Long list,
        CaseStatus status,
        @Size(max = 200, message = "Keep the search to 200 characters or fewer.") String q,
        LocalDate from,
        LocalDate to) {

    PortalCaseSearch toSearch() {
        return new PortalCaseSearch(list, status, q, from, to);
    }

    static PortalSearchForm of(PortalCaseSearch search) {
        return new PortalSearchForm(search.listId(), search.status(), search.text(), search.openedFrom(),
                search.openedTo());
    }

    /** Refuses a range that ends before it starts, on the end date. */
    void checkRange(BindingResult errors) {
        if (from != null && to != null && from.isAfter(to) && !errors.hasFieldErrors("to")) {
            errors.rejectValue("to", "range", "The end of the range must not be before its start.");
        }
    }
}
