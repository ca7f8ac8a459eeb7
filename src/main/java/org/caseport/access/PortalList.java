package org.caseport.access;

import java.util.List;
import java.util.Set;

/**
 * A list a profile gives the contacts it applies to, as stored: its columns are what the admin
 * chose, and {@link #columnsShownBy} is what actually shows under the profile as it is now.
 */
public record PortalList(long id, long profileId, String name, PortalListPreset preset,
        Set<PortalListColumn> columns, int position) {

    public PortalList {
        columns = StoredNames.copy(PortalListColumn.class, columns);
    }

    /** The chosen columns the profile shows, in their declared order. */
    public List<PortalListColumn> columnsShownBy(PortalProfileView profile) {
        return columns.stream().filter(column -> column.shownBy(profile)).sorted().toList();
    }

    /** The chosen columns the profile no longer shows: kept, but not rendered, until it shows them again. */
    public List<PortalListColumn> columnsHiddenBy(PortalProfileView profile) {
        return columns.stream().filter(column -> !column.shownBy(profile)).sorted().toList();
    }

    /** Whether the profile offers this list to contacts: its preset must not read what the profile hides. */
    public boolean offeredBy(PortalProfileView profile) {
        return preset.offeredBy(profile);
    }
}
