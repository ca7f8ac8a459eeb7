package org.caseport.portal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.caseport.cases.CaseStatus;
import org.caseport.portal.PortalCaseSearch;

/** The search on the page, to be saved under a name. */
record SaveSearchForm(
        @NotBlank(message = "Give the search a name.")
        @Size(max = 80, message = "Keep the name to 80 characters or fewer.") String name,
        Long list,
        CaseStatus status,
        @Size(max = 200, message = "Keep the search to 200 characters or fewer.") String q,
        LocalDate from,
        LocalDate to) {

    PortalSearchForm search() {
        return new PortalSearchForm(list, status, q, from, to);
    }

    PortalCaseSearch toSearch() {
        return search().toSearch();
    }

    static SaveSearchForm of(PortalSearchForm search) {
        return new SaveSearchForm("", search.list(), search.status(), search.q(), search.from(), search.to());
    }
}
