package org.caseport.documents;

/** What a document is, for sorting a case's documents; staff choose it on upload. */
public enum DocumentCategory {
    REPORT("Report"), EVIDENCE("Evidence"), CORRESPONDENCE("Correspondence"), MEDIA("Media"), OTHER("Other");

    private final String label;

    DocumentCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
