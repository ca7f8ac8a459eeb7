package org.caseport.staff.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.caseport.access.PortalAction;
import org.caseport.access.PortalField;
import org.caseport.access.PortalProfileDetails;
import org.caseport.access.PortalProfileView;
import org.caseport.access.PortalSection;

/** A portal access profile as an admin edits it; unticked groups arrive as nothing and mean none. */
record PortalProfileForm(
        @NotBlank(message = "Enter a name for the profile.")
        @Size(max = 100, message = "Keep the name to 100 characters or fewer.") String name,
        @Size(max = 1000, message = "Keep the description under 1,000 characters.") String description,
        Set<PortalSection> sections,
        Set<PortalField> fields,
        Set<PortalAction> actions) {

    PortalProfileForm {
        sections = sections == null ? Set.of() : sections;
        fields = fields == null ? Set.of() : fields;
        actions = actions == null ? Set.of() : actions;
    }

    static PortalProfileForm empty() {
        return new PortalProfileForm("", "", Set.of(), Set.of(), Set.of());
    }

    static PortalProfileForm of(PortalProfileView profile) {
        return new PortalProfileForm(profile.name(), profile.description(), profile.sections(), profile.fields(),
                profile.actions());
    }

    PortalProfileDetails toDetails() {
        return new PortalProfileDetails(name, description, sections, fields, actions);
    }
}
