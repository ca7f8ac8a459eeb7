package org.caseport.portal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.caseport.access.AccessPolicy;
import org.caseport.access.PortalAction;
import org.caseport.access.PortalCase;
import org.caseport.access.PortalField;
import org.caseport.access.PortalSection;
import org.caseport.access.SqlCondition;
import org.caseport.identity.Actor;
import org.caseport.shared.PageResult;
import org.caseport.shared.RowStreams;
import org.caseport.shared.database.GenericPlans;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the portal shows a contact. Lists are scoped and filtered in SQL (granted cases only,
 * shared items only); a field the profile hides is not even selected.
 */
@Service
@Transactional(readOnly = true)
public class PortalQueries {

    /**
     * When something was last shared on a case: when the newest shared note, expense or subject was
     * written. Kept on the case by the database as they are written (V18).
     */
    static final String LAST_SHARED_UPDATE = "c.last_shared_at";

    /**
     * Spent on the case: billable time at hours × rate rounded to the cent by slip, plus billable
     * expenses — summed from the per-month figures the database keeps as they are written (V18).
     */
    static final String SPENT = "(select coalesce(sum(s.amount), 0) from case_spend_months s where s.case_id = c.id)";

    static final String AUTHORISED = """
            (select coalesce(sum(l.amount), 0) from ledger_entries l where l.case_id = c.id
              and l.kind in ('BUDGET_AUTHORISATION', 'BUDGET_INCREASE'))""";

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final GenericPlans genericPlans;

    PortalQueries(JdbcClient jdbc, AccessPolicy access, GenericPlans genericPlans) {
        this.jdbc = jdbc;
        this.access = access;
        this.genericPlans = genericPlans;
    }

    /** The contact's granted cases, most recently shared first. */
    public PageResult<PortalCaseSummary> dashboard(Actor actor, int page, int size) {
        SqlCondition scope = access.portalCaseScope(actor);
        SqlCondition budget = access.portalShowsSection(actor, PortalSection.BUDGET);
        Map<String, Object> params = new HashMap<>(scope.params());
        params.putAll(budget.params());
        long total = jdbc.sql("select count(*) from cases c where " + scope.sql()).params(params)
                .query(Long.class).single();
        List<PortalCaseSummary> rows = jdbc.sql("select c.id, c.number, c.title, c.status, c.opened_on, "
                        + LAST_SHARED_UPDATE + " as last_shared_update, "
                        + "case when " + budget.sql() + " then " + AUTHORISED + " end as budget_authorised, "
                        + "case when " + budget.sql() + " then " + SPENT + " end as spent "
                        + "from cases c where " + scope.sql()
                        + " order by last_shared_update desc nulls last, c.number desc limit :limit offset :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, rowNum) -> new PortalCaseSummary(rs.getLong("id"), rs.getString("number"),
                        rs.getString("title"), rs.getString("status"), rs.getObject("opened_on", LocalDate.class),
                        orNull(rs.getTimestamp("last_shared_update")),
                        rs.getBigDecimal("budget_authorised"), rs.getBigDecimal("spent")))
                .list();
        return new PageResult<>(rows, page, size, total);
    }

    /** The case head and navigation; the investigator appears only where the overview is shown. */
    public PortalCaseView caseView(Actor actor, long caseId) {
        genericPlans.allowInThisTransaction();
        PortalCase portalCase = access.portalCase(actor, caseId);
        boolean overview = portalCase.shows(PortalSection.OVERVIEW);
        List<PortalSection> sections = Arrays.stream(PortalSection.values())
                .filter(section -> hasPageFor(portalCase, section)).toList();
        return jdbc.sql("""
                        select c.id, c.number, c.title, c.status, c.case_type, c.opened_on, c.closed_on,
                               lead.display_name as lead_name, lead.email as lead_email, lead.phone as lead_phone
                        from cases c left join user_accounts lead on lead.id = c.lead_investigator_id
                        where c.id = :caseId""")
                .param("caseId", caseId)
                .query((rs, rowNum) -> new PortalCaseView(rs.getLong("id"), rs.getString("number"),
                        rs.getString("title"), rs.getString("status"), rs.getString("case_type"),
                        rs.getObject("opened_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class),
                        overview && rs.getString("lead_name") != null ? new PortalCaseView.Investigator(
                                rs.getString("lead_name"),
                                portalCase.showsField(PortalField.INVESTIGATOR_EMAIL) ? rs.getString("lead_email") : null,
                                portalCase.showsField(PortalField.INVESTIGATOR_PHONE) ? rs.getString("lead_phone") : null)
                                : null,
                        sections))
                .single();
    }

    public PageResult<PortalNote> notes(Actor actor, long caseId, int page, int size) {
        PortalCase portalCase = access.requirePortalSection(actor, caseId, PortalSection.NOTES);
        long total = count("time_slips", caseId);
        List<PortalNote> rows = jdbc.sql(sharedNotes(portalCase)
                        + " order by t.work_date desc, t.id desc limit :limit offset :offset")
                .param("caseId", caseId).param("limit", size).param("offset", (long) page * size)
                .query(PortalNote.class).list();
        return new PageResult<>(rows, page, size, total);
    }

    /** The shared notes of the notes page, oldest first, one at a time ({@link RowStreams}): for exports. */
    public void eachNote(Actor actor, long caseId, Consumer<PortalNote> each) {
        PortalCase portalCase = access.requirePortalSection(actor, caseId, PortalSection.NOTES);
        RowStreams.forEach(jdbc.sql(sharedNotes(portalCase) + " order by t.work_date, t.id").param("caseId", caseId),
                PortalNote.class, each);
    }

    public PageResult<PortalExpense> expenses(Actor actor, long caseId, int page, int size) {
        PortalCase portalCase = access.requirePortalSection(actor, caseId, PortalSection.EXPENSES);
        long total = count("expenses", caseId);
        List<PortalExpense> rows = jdbc.sql(sharedExpenses(portalCase)
                        + " order by e.spent_on desc, e.id desc limit :limit offset :offset")
                .param("caseId", caseId).param("limit", size).param("offset", (long) page * size)
                .query(PortalExpense.class).list();
        return new PageResult<>(rows, page, size, total);
    }

    /** The shared expenses of the expenses page, oldest first, one at a time ({@link RowStreams}): for exports. */
    public void eachExpense(Actor actor, long caseId, Consumer<PortalExpense> each) {
        PortalCase portalCase = access.requirePortalSection(actor, caseId, PortalSection.EXPENSES);
        RowStreams.forEach(jdbc.sql(sharedExpenses(portalCase) + " order by e.spent_on, e.id")
                .param("caseId", caseId), PortalExpense.class, each);
    }

    public PageResult<PortalSubject> subjects(Actor actor, long caseId, int page, int size) {
        PortalCase portalCase = access.requirePortalSection(actor, caseId, PortalSection.SUBJECTS);
        long total = count("subjects", caseId);
        List<PortalSubject> rows = jdbc.sql(sharedSubjects(portalCase)
                        + " order by lower(s.name), s.id limit :limit offset :offset")
                .param("caseId", caseId).param("limit", size).param("offset", (long) page * size)
                .query(PortalSubject.class).list();
        return new PageResult<>(rows, page, size, total);
    }

    /** The shared subjects of the subjects page, by name, one at a time ({@link RowStreams}): for exports. */
    public void eachSubject(Actor actor, long caseId, Consumer<PortalSubject> each) {
        PortalCase portalCase = access.requirePortalSection(actor, caseId, PortalSection.SUBJECTS);
        RowStreams.forEach(jdbc.sql(sharedSubjects(portalCase) + " order by lower(s.name), s.id")
                .param("caseId", caseId), PortalSubject.class, each);
    }

    /** Shared notes of {@code :caseId}; hours and rates only where the profile shows them. */
    private static String sharedNotes(PortalCase portalCase) {
        String hours = portalCase.showsField(PortalField.NOTE_HOURS) ? "t.hours" : "null";
        String rate = portalCase.showsField(PortalField.NOTE_RATES) ? "t.rate" : "null";
        return "select t.id, t.work_date, u.display_name as staff_name, " + hours + " as hours, " + rate
                + " as rate, t.body from time_slips t left join user_accounts u on u.id = t.staff_id"
                + " where t.case_id = :caseId and t.visibility = 'CLIENT'";
    }

    /** Shared expenses of {@code :caseId}; amounts only where the profile shows them. */
    private static String sharedExpenses(PortalCase portalCase) {
        String amount = portalCase.showsField(PortalField.EXPENSE_AMOUNTS) ? "e.amount" : "null";
        return "select e.id, e.spent_on, e.category, e.description, " + amount
                + " as amount from expenses e where e.case_id = :caseId and e.visibility = 'CLIENT'";
    }

    /** Shared subjects of {@code :caseId}; dates of birth and identifiers only where the profile shows them. */
    private static String sharedSubjects(PortalCase portalCase) {
        String dateOfBirth = portalCase.showsField(PortalField.SUBJECT_DATE_OF_BIRTH) ? "s.date_of_birth" : "null";
        // The field is "identifiers (phones, vehicles, addresses)": hiding it hides all four columns.
        String identifiers = portalCase.showsField(PortalField.SUBJECT_IDENTIFIERS)
                ? "s.identifiers, s.addresses, s.phones, s.vehicles"
                : "null as identifiers, null as addresses, null as phones, null as vehicles";
        return "select s.id, s.kind, s.name, s.aliases, " + dateOfBirth + " as date_of_birth, " + identifiers
                + ", s.notes from subjects s where s.case_id = :caseId and s.visibility = 'CLIENT'";
    }

    /**
     * Whether the case's navigation offers the section: the profile shows it — and, for reports,
     * allows generating them too, since that is all the reports page is for.
     */
    private static boolean hasPageFor(PortalCase portalCase, PortalSection section) {
        return portalCase.shows(section)
                && (section != PortalSection.REPORTS || portalCase.profile().allows(PortalAction.GENERATE_REPORT));
    }

    /** Requires the documents section; documents themselves arrive with the document store. */
    public PortalCase portalCase(Actor actor, long caseId) {
        return access.portalCase(actor, caseId);
    }

    private long count(String sharedItems, long caseId) {
        return jdbc.sql("select count(*) from " + sharedItems + " where case_id = :caseId and visibility = 'CLIENT'")
                .param("caseId", caseId).query(Long.class).single();
    }

    private static Instant orNull(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
