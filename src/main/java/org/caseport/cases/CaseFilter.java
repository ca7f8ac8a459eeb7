package org.caseport.cases;

/** What the case list is narrowed and ordered by; every part is optional. */
public record CaseFilter(CaseStatus status, Long clientId, Long assigneeId, String text, CaseSort sort) {

    public CaseFilter {
        text = text == null || text.isBlank() ? null : text.trim();
        sort = sort == null ? CaseSort.UPDATED_DESC : sort;
    }

    public static CaseFilter all() {
        return new CaseFilter(null, null, null, null, null);
    }

    public static CaseFilter forClient(long clientId) {
        return new CaseFilter(null, clientId, null, null, CaseSort.NUMBER_DESC);
    }
}
