package org.caseport.access;

/**
 * A column a portal list may show besides the case number and title, which every list shows. A
 * column reading a section's figures shows only while the list's profile shows that section; its
 * name is what {@code portal_lists.columns} stores.
 */
public enum PortalListColumn {
    STATUS("Status", null),
    OPENED_ON("Opened on", PortalSection.OVERVIEW),
    CLOSED_ON("Closed on", PortalSection.OVERVIEW),
    LAST_SHARED_UPDATE("Last shared update", null),
    INVESTIGATOR("Investigator", PortalSection.OVERVIEW),
    BUDGET_AUTHORISED("Budget authorised", PortalSection.BUDGET),
    SPENT("Spent", PortalSection.BUDGET),
    BUDGET_USED("% of budget used", PortalSection.BUDGET);

    private final String label;
    private final PortalSection section;

    PortalListColumn(String label, PortalSection section) {
        this.label = label;
        this.section = section;
    }

    public String label() {
        return label;
    }

    /** The section the profile must show for this column, or null when every profile shows it. */
    public PortalSection section() {
        return section;
    }

    public boolean shownBy(PortalProfileView profile) {
        return section == null || profile.shows(section);
    }

    /** Whether the column needs the case's budget figures, which the list then computes. */
    public boolean needsBudget() {
        return section == PortalSection.BUDGET;
    }
}
