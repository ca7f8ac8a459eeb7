package org.caseport.renewals;

/** Where a renewal stands; only an ACTIVE one can be instructed, edited, cancelled or applied. */
public enum RenewalStatus {
    ACTIVE("Active"),
    RENEWED("Renewed"),
    LAPSED("Lapsed"),
    CANCELLED("Cancelled");

    private final String label;

    RenewalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
