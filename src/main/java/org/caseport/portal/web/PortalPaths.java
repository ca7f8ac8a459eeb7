package org.caseport.portal.web;

import org.caseport.access.PortalSection;

/** The last path segment of each portal section's page. */
final class PortalPaths {

    static final PortalPaths INSTANCE = new PortalPaths();

    private PortalPaths() {
    }

    static String of(PortalSection section) {
        return switch (section) {
            case OVERVIEW -> "";
            case BUDGET -> "budget";
            case NOTES -> "notes";
            case EXPENSES -> "expenses";
            case DOCUMENTS -> "documents";
            case SUBJECTS -> "subjects";
            case MESSAGES -> "messages";
            case APPROVALS -> "approvals";
            case TASKS -> "tasks";
            case REPORTS -> "reports";
        };
    }

    /** For templates: the section's page under a case, for the navigation bar. */
    public String href(long caseId, PortalSection section) {
        String segment = of(section);
        return "/portal/cases/" + caseId + (segment.isEmpty() ? "" : "/" + segment);
    }

    /**
     * Sections whose pages exist: all of them, since reports arrived. A section added to
     * {@link PortalSection} before its page answers false here, so the navigation leaves it out.
     */
    public boolean hasPage(PortalSection section) {
        return true;
    }
}
