package org.caseport.portal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caseport.access.AccessPolicy;
import org.caseport.access.PortalSection;
import org.caseport.access.SqlCondition;
import org.caseport.cases.CaseStatus;
import org.caseport.identity.Actor;
import org.caseport.portal.PortalActivity.Kind;
import org.caseport.portal.PortalSpend.Month;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact's dashboard beyond its case cards: spend over time and recent shared activity, one
 * set-based query each whatever the number of cases, scoped by the access policy in SQL.
 */
@Service
@Transactional(readOnly = true)
public class PortalDashboardQueries {

    static final int MONTHS = 12;
    static final int ACTIVITY_SHOWN = 15;
    static final int EXCERPT_LENGTH = 160;

    /**
     * Spent as the budget bar counts it ({@code PortalQueries.SPENT}): billable time at hours × rate
     * rounded to the cent by slip, plus billable expenses — by the month of their date, as the
     * database keeps it per case and month with the case's client (V18), read by the contact's
     * client (every granted case is the client's).
     */
    private static final String SPEND_BY_MONTH = """
            with every_case as (select %3$s as shows),
            budget_cases as (select c.id from cases c where %1$s and %2$s),
            months as (select cast(m as date) as first_day
                       from generate_series(cast(:firstMonth as date), cast(:lastMonth as date), interval '1 month') m),
            spending as (
                select s.month as first_day, s.amount from case_spend_months s
                where s.client_id = :spendClientId and s.month >= :firstMonth and s.month < :endOfWindow
                  and ((select shows from every_case) is true
                       or (select shows from every_case) is null and s.case_id in (select id from budget_cases)))
            select m.first_day, coalesce(sum(s.amount), 0) as spent,
                   case (select shows from every_case)
                       when true then exists (select 1 from cases c where c.client_id = :spendClientId)
                       when false then false
                       else exists (select 1 from budget_cases) end as shown
            from months m left join spending s on s.first_day = m.first_day
            group by m.first_day order by m.first_day""";

    /**
     * The newest shared notes, documents and status changes of the granted cases, each kind only
     * where the profile applying on its case shows its section; unread when shared after the
     * contact's previous sign-in (all of them before a first one). A contact may see thousands of
     * cases, so each kind first walks the client's cases by the moment their newest item of that
     * kind was shared, which each case keeps (V18), taking the first {@code :shown} the contact may
     * see there; then it reads items of those cases only: the newest {@code :shown} items of a kind
     * all lie within the {@code :shown} cases with the newest one.
     */
    private static final String RECENT_ACTIVITY = """
            with note_cases as (
                select c.id, c.number from cases c
                where c.last_note_shared_at is not null and %1$s and %2$s
                order by c.last_note_shared_at desc limit :shown),
            document_cases as (
                select c.id, c.number from cases c
                where c.last_document_shared_at is not null and %1$s and %3$s
                order by c.last_document_shared_at desc limit :shown),
            status_cases as (
                select c.id, c.number from cases c
                where c.last_status_changed_at is not null and %1$s and %4$s
                order by c.last_status_changed_at desc limit :shown),
            items as (
                (select 'NOTE' as kind, g.id as case_id, g.number as case_number, t.id as item_id,
                        t.shared_at, t.work_date as day, left(t.body, :excerpt + 1) as text,
                        null as from_status, null as to_status
                 from note_cases g cross join lateral (
                     select t.id, t.shared_at, t.work_date, t.body from time_slips t
                     where t.case_id = g.id and t.visibility = 'CLIENT'
                     order by t.shared_at desc, t.id desc limit :shown) t
                 order by t.shared_at desc, t.id desc limit :shown)
                union all
                (select 'DOCUMENT', g.id, g.number, d.id, d.shared_at, cast(d.shared_at as date), d.title, null, null
                 from document_cases g cross join lateral (
                     select d.id, d.shared_at, d.title from documents d
                     where d.case_id = g.id and d.visibility = 'CLIENT'
                     order by d.shared_at desc, d.id desc limit :shown) d
                 order by d.shared_at desc, d.id desc limit :shown)
                union all
                (select 'STATUS', g.id, g.number, s.id, s.changed_at, s.changed_on, null, s.from_status, s.to_status
                 from status_cases g cross join lateral (
                     select s.id, s.changed_at, s.changed_on, s.from_status, s.to_status from case_status_changes s
                     where s.case_id = g.id order by s.changed_at desc, s.id desc limit :shown) s
                 order by s.changed_at desc, s.id desc limit :shown))
            select i.*, i.shared_at > coalesce((select max(u.previous_sign_in_at) from user_accounts u
                                               where u.contact_id = :portalContactId), '-infinity') as unread
            from items i order by i.shared_at desc, i.item_id desc limit :shown""";

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final Clock clock;

    PortalDashboardQueries(JdbcClient jdbc, AccessPolicy access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    /** This month and the eleven before it, each with what was spent in it (0 for none). */
    public PortalSpend spendOverTime(Actor actor) {
        SqlCondition scope = access.portalCaseScope(actor);
        SqlCondition budget = access.portalShowsSection(actor, PortalSection.BUDGET);
        SqlCondition everyCase = access.portalShowsSectionOnEveryCase(actor, PortalSection.BUDGET);
        LocalDate thisMonth = LocalDate.now(clock).withDayOfMonth(1);
        LocalDate firstMonth = thisMonth.minusMonths(MONTHS - 1);
        boolean[] shown = {false};
        List<Month> months = jdbc.sql(SPEND_BY_MONTH.formatted(scope.sql(), budget.sql(), everyCase.sql()))
                .params(merged(scope, budget, everyCase))
                .param("firstMonth", firstMonth).param("lastMonth", thisMonth)
                .param("endOfWindow", thisMonth.plusMonths(1))
                .param("spendClientId", actor.isContact() ? actor.clientId() : -1L)
                .query((rs, rowNum) -> {
                    shown[0] = rs.getBoolean("shown");
                    return new Month(rs.getObject("first_day", LocalDate.class), rs.getBigDecimal("spent"));
                })
                .list();
        return shown[0] ? new PortalSpend(true, months) : new PortalSpend(false, List.of());
    }

    /** The newest items shared with the contact, newest first, at most {@value #ACTIVITY_SHOWN}. */
    public List<PortalActivity> recentActivity(Actor actor) {
        SqlCondition scope = access.portalCaseScope(actor);
        SqlCondition notes = access.portalShowsSection(actor, PortalSection.NOTES);
        SqlCondition documents = access.portalShowsSection(actor, PortalSection.DOCUMENTS);
        SqlCondition status = access.portalShowsSection(actor, PortalSection.OVERVIEW);
        return jdbc.sql(RECENT_ACTIVITY.formatted(scope.sql(), notes.sql(), documents.sql(), status.sql()))
                .params(merged(scope, notes, documents, status))
                .param("portalContactId", actor.isContact() ? actor.contactId() : -1L)
                .param("excerpt", EXCERPT_LENGTH).param("shown", ACTIVITY_SHOWN)
                .query((rs, rowNum) -> activity(rs))
                .list();
    }

    private static PortalActivity activity(ResultSet rs) throws SQLException {
        Kind kind = Kind.valueOf(rs.getString("kind"));
        String text = switch (kind) {
            case NOTE -> excerpt(rs.getString("text"));
            case DOCUMENT -> rs.getString("text");
            case STATUS -> CaseStatus.valueOf(rs.getString("from_status")).label() + " → "
                    + CaseStatus.valueOf(rs.getString("to_status")).label();
        };
        return new PortalActivity(kind, rs.getLong("case_id"), rs.getString("case_number"), rs.getLong("item_id"),
                rs.getTimestamp("shared_at").toInstant(), rs.getObject("day", LocalDate.class), text,
                rs.getBoolean("unread"));
    }

    /**
     * The note's first {@value #EXCERPT_LENGTH} characters with runs of whitespace made one space, cut
     * back to a word where one ends near, and "…" when the note goes on. {@code fetched} holds at
     * most one character more than that, so a longer note shows here as a longer string.
     */
    static String excerpt(String fetched) {
        if (fetched.length() <= EXCERPT_LENGTH) {
            return fetched.replaceAll("\\s+", " ").strip();
        }
        String cut = fetched.substring(0, EXCERPT_LENGTH);
        int space = cut.lastIndexOf(' ');
        if (!Character.isWhitespace(fetched.charAt(EXCERPT_LENGTH)) && space > EXCERPT_LENGTH * 3 / 4) {
            cut = cut.substring(0, space);
        }
        return cut.replaceAll("\\s+", " ").strip() + "…";
    }

    private static Map<String, Object> merged(SqlCondition... conditions) {
        Map<String, Object> params = new HashMap<>();
        for (SqlCondition condition : conditions) {
            params.putAll(condition.params());
        }
        return params;
    }
}
