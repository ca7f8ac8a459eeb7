package org.caseport.clients;

/** Where a contact stands with the portal. */
public enum PortalStatus {
    NONE("No portal login"), INVITED("Invited, no password yet"), ACTIVE("Active"), DISABLED("Login disabled");

    /** Computes the status in SQL from {@code user_accounts u} joined on the contact (null when none). */
    static final String SQL = "case when u.id is null then 'NONE' when not u.enabled then 'DISABLED'"
            + " when u.password_hash is null then 'INVITED' else 'ACTIVE' end";

    private final String label;

    PortalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
