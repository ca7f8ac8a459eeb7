package org.caseport.access;

/** Something a contact may do in the portal; its name is what {@code portal_profiles.actions} stores. */
public enum PortalAction {
    DOWNLOAD("Download shared documents"),
    UPLOAD("Upload documents"),
    MESSAGE("Send messages"),
    APPROVE("Answer approval requests and renewals"),
    GENERATE_REPORT("Generate reports");

    private final String label;

    PortalAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
