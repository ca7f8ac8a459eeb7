package org.caseport.staff.web;

import java.util.Arrays;
import java.util.List;
import org.caseport.access.PortalList;
import org.caseport.access.PortalListColumn;
import org.caseport.access.PortalListPreset;
import org.caseport.access.PortalProfileView;
import org.caseport.access.PortalSection;

/**
 * A profile's lists as its edit page shows them: what each shows under the profile as it is now,
 * and which presets and columns the profile can offer.
 */
record PortalListsModel(PortalProfileView profile, List<Row> lists, List<Choice> presets, List<Choice> columns) {

    /** A list: the columns that show, those kept but hidden by the profile, and whether contacts get it. */
    record Row(PortalList list, List<PortalListColumn> shown, List<PortalListColumn> hidden, boolean offered,
            boolean first, boolean last) {
    }

    /** A preset or column; one reading a section the profile hides names it, and the form refuses it. */
    record Choice(String value, String label, PortalSection needs, boolean available) {
    }

    static PortalListsModel of(PortalProfileView profile, List<PortalList> lists) {
        List<Row> rows = lists.stream().map(list -> new Row(list, list.columnsShownBy(profile),
                list.columnsHiddenBy(profile), list.offeredBy(profile), lists.indexOf(list) == 0,
                lists.indexOf(list) == lists.size() - 1)).toList();
        List<Choice> presets = Arrays.stream(PortalListPreset.values()).map(preset -> new Choice(preset.name(),
                preset.label(), preset.requiredSection(), preset.offeredBy(profile))).toList();
        List<Choice> columns = Arrays.stream(PortalListColumn.values()).map(column -> new Choice(column.name(),
                column.label(), column.section(), column.shownBy(profile))).toList();
        return new PortalListsModel(profile, rows, presets, columns);
    }
}
