package org.caseport.access;

/**
 * A case a contact may see in the portal, and the profile deciding what of it they see. Only the
 * access policy makes one, so holding one is proof that the question was asked.
 */
public final class PortalCase {

    private final long caseId;
    private final PortalProfileView profile;

    PortalCase(long caseId, PortalProfileView profile) {
        this.caseId = caseId;
        this.profile = profile;
    }

    public long caseId() {
        return caseId;
    }

    public PortalProfileView profile() {
        return profile;
    }

    public boolean shows(PortalSection section) {
        return profile.shows(section);
    }

    public boolean showsField(PortalField field) {
        return profile.showsField(field);
    }
}
