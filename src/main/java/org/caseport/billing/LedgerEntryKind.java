package org.caseport.billing;

/** Money the client authorised or paid. */
public enum LedgerEntryKind {
    BUDGET_AUTHORISATION("Budget authorised"),
    BUDGET_INCREASE("Budget increase"),
    RETAINER_PAYMENT("Retainer payment");

    private final String label;

    LedgerEntryKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    boolean authorisesBudget() {
        return this != RETAINER_PAYMENT;
    }
}
