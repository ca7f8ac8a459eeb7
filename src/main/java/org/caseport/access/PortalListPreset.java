package org.caseport.access;

/**
 * Which of a contact's cases a portal list holds, before the contact's own search narrows it. A
 * preset that reads a section's figures (dates, budget) is offered only by a profile showing that
 * section, since the list would otherwise tell what the profile hides.
 */
public enum PortalListPreset {
    ALL("All cases", null),
    OPEN("Open cases (not closed)", null),
    CLOSED_THIS_YEAR("Closed this year", PortalSection.OVERVIEW),
    BUDGET_80_PERCENT_USED("80% or more of the budget used", PortalSection.BUDGET);

    private final String label;
    private final PortalSection requiredSection;

    PortalListPreset(String label, PortalSection requiredSection) {
        this.label = label;
        this.requiredSection = requiredSection;
    }

    public String label() {
        return label;
    }

    /** The section the profile must show for this preset, or null when any profile may offer it. */
    public PortalSection requiredSection() {
        return requiredSection;
    }

    public boolean offeredBy(PortalProfileView profile) {
        return requiredSection == null || profile.shows(requiredSection);
    }
}
