package org.caseport.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseport.access.AccessPolicy;
import org.caseport.access.PortalList;
import org.caseport.access.PortalListColumn;
import org.caseport.access.PortalListPreset;
import org.caseport.access.PortalListQueries;
import org.caseport.access.PortalProfileView;
import org.caseport.access.PortalSection;
import org.caseport.access.SqlCondition;
import org.caseport.identity.Actor;
import org.caseport.shared.LikePatterns;
import org.caseport.shared.NotFoundException;
import org.caseport.shared.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lists of cases the portal offers a contact, and a page of one, searched. A list holds only the
 * contact's granted cases to which its profile applies; a column or a search the profile does not
 * show is neither offered nor read. Four queries a page, whatever its length: the profiles in use,
 * their lists, the count and the page.
 */
@Service
@Transactional(readOnly = true)
public class PortalCaseLists {

    /**
     * The lists offered, the one shown and its page of cases; {@code listGone} when a saved search's
     * list is no longer offered and the first one was searched instead.
     */
    public record Listing(List<PortalCaseList> lists, PortalCaseList selected, PageResult<PortalCaseRow> cases,
            boolean listGone) {

        public boolean isEmpty() {
            return lists.isEmpty();
        }
    }

    private static final List<PortalListColumn> BUILT_IN_COLUMNS = List.of(PortalListColumn.STATUS,
            PortalListColumn.OPENED_ON, PortalListColumn.LAST_SHARED_UPDATE);

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final PortalListQueries lists;
    private final Clock clock;

    PortalCaseLists(JdbcClient jdbc, AccessPolicy access, PortalListQueries lists, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.lists = lists;
        this.clock = clock;
    }

    /**
     * The lists offered to the contact: those of the profiles applying to their cases, in each
     * profile's order, whose preset the profile shows; then the built-in one over the cases of
     * profiles offering none ("All cases" when that is all of them, else "Other cases").
     */
    public List<PortalCaseList> offered(Actor actor) {
        List<PortalProfileView> profiles = access.portalProfilesInUse(actor);
        List<PortalList> configured = lists.ofProfiles(profiles.stream().map(PortalProfileView::id).toList());
        List<PortalCaseList> offered = new ArrayList<>();
        List<PortalProfileView> withoutLists = new ArrayList<>();
        for (PortalProfileView profile : profiles) {
            List<PortalList> own = configured.stream()
                    .filter(list -> list.profileId() == profile.id() && list.offeredBy(profile)).toList();
            own.forEach(list -> offered.add(new PortalCaseList(list.id(), list.name(), list.preset(),
                    list.columnsShownBy(profile), List.of(profile.id()),
                    idsShowing(List.of(profile), PortalSection.OVERVIEW),
                    idsShowing(List.of(profile), PortalSection.SUBJECTS))));
            if (own.isEmpty()) {
                withoutLists.add(profile);
            }
        }
        if (!withoutLists.isEmpty()) {
            List<PortalListColumn> columns = BUILT_IN_COLUMNS.stream()
                    .filter(column -> withoutLists.stream().allMatch(column::shownBy)).toList();
            offered.add(new PortalCaseList(PortalCaseList.BUILT_IN,
                    withoutLists.size() == profiles.size() ? "All cases" : "Other cases", PortalListPreset.ALL,
                    columns, withoutLists.stream().map(PortalProfileView::id).toList(),
                    idsShowing(withoutLists, PortalSection.OVERVIEW),
                    idsShowing(withoutLists, PortalSection.SUBJECTS)));
        }
        return offered;
    }

    /**
     * A page of the searched list; the first list offered when the search names none. A list not
     * offered to the contact answers {@link NotFoundException}, like one that does not exist.
     */
    public Listing search(Actor actor, PortalCaseSearch search, int page, int size) {
        List<PortalCaseList> offered = offered(actor);
        if (offered.isEmpty()) {
            return new Listing(offered, null, new PageResult<>(List.of(), page, size, 0), false);
        }
        PortalCaseList selected = search.listId() == null ? offered.get(0) : offered.stream()
                .filter(list -> list.id() == search.listId()).findFirst()
                .orElseThrow(() -> new NotFoundException("Portal list"));
        return new Listing(offered, selected, cases(actor, selected, search, page, size), false);
    }

    /**
     * A page of a saved search, run again now. Its list may no longer be offered — deleted, or no
     * longer the contact's — and then the first list offered is searched, and said so: the search
     * never reaches beyond what the contact may see today.
     */
    public Listing searchSaved(Actor actor, PortalSavedSearch saved, int page, int size) {
        List<PortalCaseList> offered = offered(actor);
        if (offered.isEmpty()) {
            return new Listing(offered, null, new PageResult<>(List.of(), page, size, 0), false);
        }
        Optional<PortalCaseList> kept = saved.listId() == null ? Optional.of(offered.get(0))
                : offered.stream().filter(list -> list.id() == saved.listId()).findFirst();
        PortalCaseList list = kept.orElse(offered.get(0));
        return new Listing(offered, list, cases(actor, list, saved.search(), page, size), kept.isEmpty());
    }

    private PageResult<PortalCaseRow> cases(Actor actor, PortalCaseList list, PortalCaseSearch search, int page,
            int size) {
        SqlCondition scope = access.portalCaseScope(actor);
        SqlCondition profileOf = access.portalProfileOfCase(actor);
        Map<String, Object> params = new HashMap<>(scope.params());
        params.putAll(profileOf.params());
        params.put("listProfiles", list.profileIds());
        StringBuilder where = new StringBuilder(" where c.list_profile_id in (:listProfiles)");
        where.append(preset(list.preset(), params));
        where.append(filters(list, search, params));
        String granted = "with granted as (select c.*, " + profileOf.sql() + " as list_profile_id from cases c where "
                + scope.sql() + ") ";
        long total = jdbc.sql(granted + "select count(*) from granted c" + where).params(params)
                .query(Long.class).single();
        List<PortalCaseRow> rows = jdbc.sql(granted + "select " + columns(list) + " from granted c" + where
                        + " order by c.number desc limit :limit offset :offset")
                .params(params).param("limit", size).param("offset", (long) page * size)
                .query((rs, rowNum) -> new PortalCaseRow(rs.getLong("id"), rs.getString("number"),
                        rs.getString("title"), rs.getString("status"), rs.getObject("opened_on", LocalDate.class),
                        rs.getObject("closed_on", LocalDate.class), instant(rs.getTimestamp("last_shared_update")),
                        rs.getString("investigator"), rs.getBigDecimal("budget_authorised"),
                        rs.getBigDecimal("spent")))
                .list();
        return new PageResult<>(rows, page, size, total);
    }

    private String preset(PortalListPreset preset, Map<String, Object> params) {
        return switch (preset) {
            case ALL -> "";
            case OPEN -> " and c.status <> 'CLOSED'";
            case CLOSED_THIS_YEAR -> {
                params.put("yearStart", LocalDate.now(clock).withDayOfYear(1));
                yield " and c.status = 'CLOSED' and c.closed_on >= :yearStart";
            }
            case BUDGET_80_PERCENT_USED -> " and " + PortalQueries.AUTHORISED + " > 0 and (" + PortalQueries.SPENT
                    + ") * 100 >= " + PortalQueries.AUTHORISED + " * 80";
        };
    }

    /**
     * The contact's own search. Subjects are matched only where the case's profile shows them, and only
     * shared ones; dates only where it shows the overview — so a search never tells what a page would not.
     */
    private static String filters(PortalCaseList list, PortalCaseSearch search, Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        if (search.status() != null) {
            where.append(" and c.status = :status");
            params.put("status", search.status().name());
        }
        if (search.text() != null) {
            params.put("text", LikePatterns.containing(search.text()));
            params.put("subjectProfiles", orNone(list.subjectProfileIds()));
            where.append(" and ((c.number || ' ' || c.title) ilike :text escape '\\'"
                    + " or c.list_profile_id in (:subjectProfiles) and exists (select 1 from subjects s"
                    + " where s.case_id = c.id and s.visibility = 'CLIENT'"
                    + " and (s.name ilike :text escape '\\' or s.aliases ilike :text escape '\\')))");
        }
        if (search.openedFrom() != null || search.openedTo() != null) {
            where.append(" and c.list_profile_id in (:datedProfiles)");
            params.put("datedProfiles", orNone(list.datedProfileIds()));
        }
        if (search.openedFrom() != null) {
            where.append(" and c.opened_on >= :openedFrom");
            params.put("openedFrom", search.openedFrom());
        }
        if (search.openedTo() != null) {
            where.append(" and c.opened_on <= :openedTo");
            params.put("openedTo", search.openedTo());
        }
        return where.toString();
    }

    /** The number and title, and only the list's columns: the others are not read at all. */
    private static String columns(PortalCaseList list) {
        boolean budget = list.columns().stream().anyMatch(PortalListColumn::needsBudget);
        return String.join(", ", List.of("c.id", "c.number", "c.title",
                column(list, PortalListColumn.STATUS, "c.status", "status"),
                column(list, PortalListColumn.OPENED_ON, "c.opened_on", "opened_on"),
                column(list, PortalListColumn.CLOSED_ON, "c.closed_on", "closed_on"),
                column(list, PortalListColumn.LAST_SHARED_UPDATE, PortalQueries.LAST_SHARED_UPDATE,
                        "last_shared_update"),
                column(list, PortalListColumn.INVESTIGATOR,
                        "(select u.display_name from user_accounts u where u.id = c.lead_investigator_id)",
                        "investigator"),
                (budget ? PortalQueries.AUTHORISED : "null") + " as budget_authorised",
                (budget ? "(" + PortalQueries.SPENT + ")" : "null") + " as spent"));
    }

    private static String column(PortalCaseList list, PortalListColumn column, String sql, String name) {
        return (list.shows(column) ? sql : "null") + " as " + name;
    }

    private static List<Long> idsShowing(List<PortalProfileView> profiles, PortalSection section) {
        return profiles.stream().filter(profile -> profile.shows(section)).map(PortalProfileView::id).toList();
    }

    /** An id list for {@code in (…)}, which may not be empty: none matches -1. */
    private static List<Long> orNone(List<Long> ids) {
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
