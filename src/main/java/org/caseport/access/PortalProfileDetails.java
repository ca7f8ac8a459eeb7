package org.caseport.access;

import java.util.Set;

/** What an admin sets on a portal access profile. */
public record PortalProfileDetails(String name, String description, Set<PortalSection> sections,
        Set<PortalField> fields, Set<PortalAction> actions) {

    public PortalProfileDetails {
        sections = StoredNames.copy(PortalSection.class, sections);
        fields = StoredNames.copy(PortalField.class, fields);
        actions = StoredNames.copy(PortalAction.class, actions);
    }
}
