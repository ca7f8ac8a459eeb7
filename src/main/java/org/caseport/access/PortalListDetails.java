package org.caseport.access;

import java.util.Set;

/** What an admin sets on a profile's portal list: its name, which cases it holds and its columns. */
public record PortalListDetails(String name, PortalListPreset preset, Set<PortalListColumn> columns) {

    public PortalListDetails {
        columns = StoredNames.copy(PortalListColumn.class, columns);
    }
}
