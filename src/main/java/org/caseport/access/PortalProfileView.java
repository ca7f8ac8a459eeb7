package org.caseport.access;

import java.util.Collection;
import java.util.Set;

/**
 * A portal access profile as pages read it: the sections, fields and actions it allows. Anything
 * not listed is hidden or refused, and a field shows only when its section does.
 */
public record PortalProfileView(long id, String name, String description, Set<PortalSection> sections,
        Set<PortalField> fields, Set<PortalAction> actions, boolean firmDefault) {

    public PortalProfileView {
        sections = StoredNames.copy(PortalSection.class, sections);
        fields = StoredNames.copy(PortalField.class, fields);
        actions = StoredNames.copy(PortalAction.class, actions);
    }

    /** A profile from its stored names; names this version does not know are ignored. */
    static PortalProfileView fromStored(long id, String name, String description, Collection<String> sections,
            Collection<String> fields, Collection<String> actions, boolean firmDefault) {
        return new PortalProfileView(id, name, description, StoredNames.parse(PortalSection.class, sections),
                StoredNames.parse(PortalField.class, fields), StoredNames.parse(PortalAction.class, actions),
                firmDefault);
    }

    public boolean shows(PortalSection section) {
        return sections.contains(section);
    }

    /** True only when the field is allowed and its section is shown too. */
    public boolean showsField(PortalField field) {
        return fields.contains(field) && shows(field.section());
    }

    public boolean allows(PortalAction action) {
        return actions.contains(action);
    }

    /** The fields that actually show: allowed, in a shown section. */
    public Set<PortalField> shownFields() {
        return StoredNames.copy(PortalField.class, fields.stream().filter(this::showsField).toList());
    }
}
