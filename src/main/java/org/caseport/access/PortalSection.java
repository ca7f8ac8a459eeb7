package org.caseport.access;

import java.util.Arrays;
import java.util.List;

/** A part of the portal a profile may show; its name is what {@code portal_profiles.sections} stores. */
public enum PortalSection {
    OVERVIEW("Status and investigator"),
    BUDGET("Budget and retainer"),
    NOTES("Case notes"),
    EXPENSES("Expenses"),
    DOCUMENTS("Documents"),
    SUBJECTS("Persons and companies of interest"),
    MESSAGES("Messages"),
    APPROVALS("Approvals"),
    TASKS("Tasks"),
    REPORTS("Reports");

    private final String label;

    PortalSection(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The fields inside this section that a profile may show or hide one by one. */
    public List<PortalField> fields() {
        return Arrays.stream(PortalField.values()).filter(field -> field.section() == this).toList();
    }
}
