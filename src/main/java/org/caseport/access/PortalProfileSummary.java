package org.caseport.access;

/** A profile in the admins' list, with how many clients, contacts and cases use it. */
public record PortalProfileSummary(PortalProfileView profile, long usageCount) {

    public int sectionCount() {
        return profile.sections().size();
    }

    /** Counts only the fields that actually show, that is whose section is shown too. */
    public int fieldCount() {
        return profile.shownFields().size();
    }

    public int actionCount() {
        return profile.actions().size();
    }
}
