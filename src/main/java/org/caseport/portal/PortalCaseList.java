package org.caseport.portal;

import java.util.List;
import org.caseport.access.PortalListColumn;
import org.caseport.access.PortalListPreset;

/**
 * A list of cases the portal offers a contact: one a profile of theirs gives (its {@code id}), or
 * the built-in one ({@code id} {@link #BUILT_IN}) holding the cases of their profiles that give
 * none. It holds the contact's cases to which one of {@code profileIds} applies; {@code columns}
 * are those those profiles show; dates and subjects are searched only on cases whose profile shows
 * them ({@code datedProfileIds}, {@code subjectProfileIds}).
 */
public record PortalCaseList(long id, String name, PortalListPreset preset, List<PortalListColumn> columns,
        List<Long> profileIds, List<Long> datedProfileIds, List<Long> subjectProfileIds) {

    public static final long BUILT_IN = 0;

    public boolean isBuiltIn() {
        return id == BUILT_IN;
    }

    public boolean shows(PortalListColumn column) {
        return columns.contains(column);
    }

    /** Whether the list may be searched by opening date: some of its cases show their dates. */
    public boolean searchesDates() {
        return !datedProfileIds.isEmpty();
    }

    /** Whether the text search also matches shared subjects: some of its cases show subjects. */
    public boolean searchesSubjects() {
        return !subjectProfileIds.isEmpty();
    }
}
