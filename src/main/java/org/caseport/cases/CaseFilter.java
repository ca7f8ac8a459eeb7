package org.caseport.cases;

/**
 * What the case list is narrowed and ordered by; every part is optional. A client is named either by
 * id (a link from the client's page) or by part of its name (the list's filter field, which scales to
 * any number of clients where a drop-down of all of them would not).
 */
public record CaseFilter(CaseStatus status, Long clientId, String clientName, Long assigneeId, String text,
        CaseSort sort) {

    public CaseFilter {
        clientName = clientName == null || clientName.isBlank() ? null : clientName.trim();
        text = text == null || text.isBlank() ? null : text.trim();
        sort = sort == null ? CaseSort.UPDATED_DESC : sort;
    }

    public static CaseFilter all() {
        return new CaseFilter(null, null, null, null, null, null);
    }

    public static CaseFilter forClient(long clientId) {
        return new CaseFilter(null, clientId, null, null, null, CaseSort.NUMBER_DESC);
    }
}
