package org.caseport.cases;

/**
 * What the case list is narrowed and ordered by; every part is optional. A client, and a staff member
 * the case is assigned to, are named either by id (a link from another page) or by part of the name
 * (the list's filter fields, which scale to any number of clients and staff where a drop-down of all
 * of them would not).
 */
public record CaseFilter(CaseStatus status, Long clientId, String clientName, Long assigneeId, String assigneeName,
        String text, CaseSort sort) {

    public CaseFilter {
        clientName = clientName == null || clientName.isBlank() ? null : clientName.trim();
        assigneeName = assigneeName == null || assigneeName.isBlank() ? null : assigneeName.trim();
        text = text == null || text.isBlank() ? null : text.trim();
        sort = sort == null ? CaseSort.UPDATED_DESC : sort;
    }

    public static CaseFilter all() {
        return new CaseFilter(null, null, null, null, null, null, null);
    }

    public static CaseFilter forClient(long clientId) {
        return new CaseFilter(null, clientId, null, null, null, null, CaseSort.NUMBER_DESC);
    }
}
