package org.caseport.access;

/**
 * A detail within a portal section that a profile may show; it shows only when its section does.
 * Its name is what {@code portal_profiles.fields} stores.
 */
public enum PortalField {
    INVESTIGATOR_EMAIL("Investigator's email", PortalSection.OVERVIEW),
    INVESTIGATOR_PHONE("Investigator's phone", PortalSection.OVERVIEW),
    NOTE_HOURS("Hours on case notes", PortalSection.NOTES),
    NOTE_RATES("Rates on case notes", PortalSection.NOTES),
    EXPENSE_AMOUNTS("Expense amounts", PortalSection.EXPENSES),
    SUBJECT_DATE_OF_BIRTH("Subjects' dates of birth", PortalSection.SUBJECTS),
    SUBJECT_IDENTIFIERS("Subjects' identifiers (phones, vehicles, addresses)", PortalSection.SUBJECTS);

    private final String label;
    private final PortalSection section;

    PortalField(String label, PortalSection section) {
        this.label = label;
        this.section = section;
    }

    public String label() {
        return label;
    }

    public PortalSection section() {
        return section;
    }
}
