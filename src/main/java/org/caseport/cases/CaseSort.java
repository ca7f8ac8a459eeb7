package org.caseport.cases;

/** The orders the case list offers; each maps to a fixed SQL order, never to user text. */
public enum CaseSort {
    UPDATED_DESC("Recently updated", "c.updated_at desc, c.id desc"),
    NUMBER_DESC("Number, newest first", "c.number desc"),
    NUMBER_ASC("Number, oldest first", "c.number asc"),
    TITLE_ASC("Title A–Z", "lower(c.title) asc, c.id"),
    CLIENT_ASC("Client A–Z", "lower(cl.name) asc, c.number desc"),
    STATUS_ASC("Status", "c.status asc, c.number desc");

    private final String label;
    private final String orderBy;

    CaseSort(String label, String orderBy) {
        this.label = label;
        this.orderBy = orderBy;
    }

    public String label() {
        return label;
    }

    String orderBy() {
        return orderBy;
    }
}
