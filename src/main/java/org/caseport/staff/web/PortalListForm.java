package org.caseport.staff.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.caseport.access.PortalList;
import org.caseport.access.PortalListColumn;
import org.caseport.access.PortalListDetails;
import org.caseport.access.PortalListPreset;

/** A profile's portal list as an admin edits it; no column ticked means the number and title only. */
record PortalListForm(
        @NotBlank(message = "Enter a name for the list.")
        @Size(max = 60, message = "Keep the name to 60 characters or fewer.") String name,
        @NotNull(message = "Choose which cases the list holds.") PortalListPreset preset,
        Set<PortalListColumn> columns) {

    PortalListForm {
        columns = columns == null ? Set.of() : columns;
    }

    static PortalListForm empty() {
        return new PortalListForm("", PortalListPreset.ALL, Set.of(PortalListColumn.STATUS,
                PortalListColumn.LAST_SHARED_UPDATE));
    }

    static PortalListForm of(PortalList list) {
        return new PortalListForm(list.name(), list.preset(), list.columns());
    }

    PortalListDetails toDetails() {
        return new PortalListDetails(name, preset, columns);
    }
}
