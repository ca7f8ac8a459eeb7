package org.caseport.renewals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caseport.access.AccessPolicy;
import org.caseport.access.SqlCondition;
import org.caseport.identity.Actor;
import org.caseport.shared.NotFoundException;
import org.caseport.shared.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading renewals, always through the access policy's scope: a client's renewals and the upcoming
 * ones across clients for staff, and in the portal the renewals a contact sees (with whether they may
 * still instruct each). Active renewals come first, soonest date first.
 */
@Service
@Transactional(readOnly = true)
public class RenewalQueries {

    private static final String SELECT = """
            select r.id, r.client_id, cl.name as client_name, r.case_id, rc.number as case_number,
                   rc.title as case_title, r.title, r.price, r.term_months, r.renews_on, r.default_outcome,
                   r.notice_days, r.status, r.version, r.instruction, r.instruction_comment, r.instructed_by_name,
                   r.instructed_at, r.notified_at, r.notice_recipients, r.closed_at, r.cancelled_by_name,
                   r.previous_id, %s as instructable
            from renewals r
            join clients cl on cl.id = r.client_id
            left join cases rc on rc.id = r.case_id
            """;

    private static final String ACTIVE_FIRST = " order by (r.status = 'ACTIVE') desc,"
            + " case when r.status = 'ACTIVE' then r.renews_on end, r.renews_on desc, r.id desc"
            + " limit :limit offset :offset";

    private static final SqlCondition NOT_IN_PORTAL = new SqlCondition("false", Map.of());

    /** A case of the client that a renewal may be put on, for the staff form. */
    public record CaseOption(long id, String number, String title) {
    }

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final Clock clock;

    RenewalQueries(JdbcClient jdbc, AccessPolicy access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    /** The client's renewals the staff member may see: its own, and those of the cases they work. */
    public PageResult<RenewalRow> forClient(Actor staff, long clientId, int page, int size) {
        SqlCondition scope = access.renewalScope(staff);
        return page(new SqlCondition("r.client_id = :clientId and " + scope.sql(), with(scope, "clientId", clientId)),
                NOT_IN_PORTAL, ACTIVE_FIRST, page, size);
    }

    /** One renewal of the client, for editing; 404 unless the staff member may manage it. */
    public RenewalRow get(Actor staff, long clientId, long renewalId) {
        access.requireRenewal(staff, clientId, renewalId);
        return jdbc.sql(SELECT.formatted("false") + " where r.id = :id").param("id", renewalId)
                .query(RenewalRow.class).optional().orElseThrow(() -> new NotFoundException("Renewal"));
    }

    /**
     * Active renewals dated up to {@code until} (those whose date passed but whose outcome is not applied
     * yet included) that the staff member may see, soonest first; only those nobody instructed when
     * {@code uninstructedOnly}.
     */
    public PageResult<RenewalRow> upcoming(Actor staff, LocalDate until, boolean uninstructedOnly, int page,
            int size) {
        SqlCondition scope = access.renewalScope(staff);
        String sql = "r.status = 'ACTIVE' and r.renews_on <= :until and " + scope.sql()
                + (uninstructedOnly ? " and r.instruction is null" : "");
        return page(new SqlCondition(sql, with(scope, "until", until)), NOT_IN_PORTAL,
                " order by r.renews_on, r.id limit :limit offset :offset", page, size);
    }

    /** The cases of the client the staff member works, newest first, to put a renewal on. */
    public List<CaseOption> caseOptions(Actor staff, long clientId) {
        SqlCondition scope = access.caseScope(staff);
        return jdbc.sql("select c.id, c.number, c.title from cases c where c.client_id = :clientId and "
                        + scope.sql() + " order by c.number desc")
                .param("clientId", clientId).params(scope.params()).query(CaseOption.class).list();
    }

    /** The renewals the contact sees in the portal, and whether they may still instruct each. */
    public PageResult<RenewalRow> forContact(Actor contact, int page, int size) {
        return page(access.portalRenewalScope(contact), instructable(contact), ACTIVE_FIRST, page, size);
    }

    /** Whether the portal shows the contact any renewal at all, for the link in its header. */
    public boolean contactHasRenewals(Actor contact) {
        SqlCondition scope = access.portalRenewalScope(contact);
        return jdbc.sql("select exists (select 1 from renewals r where " + scope.sql() + ")").params(scope.params())
                .query(Boolean.class).single();
    }

    /** The renewals waiting for the contact's instruction, soonest date first, for the dashboard. */
    public List<RenewalRow> awaitingInstruction(Actor contact, int limit) {
        SqlCondition scope = access.portalRenewalScope(contact);
        SqlCondition instructable = instructable(contact);
        return jdbc.sql(SELECT.formatted(instructable.sql()) + " where " + scope.sql() + " and " + instructable.sql()
                        + " order by r.renews_on, r.id limit :limit")
                .params(scope.params()).params(instructable.params()).param("limit", limit)
                .query(RenewalRow.class).list();
    }

    /** True where the contact may instruct the renewal now: allowed, active, uninstructed, in time. */
    private SqlCondition instructable(Actor contact) {
        SqlCondition allowed = access.portalRenewalsToInstruct(contact);
        return new SqlCondition("(r.status = 'ACTIVE' and r.instruction is null and r.renews_on >= :today and "
                + allowed.sql() + ")", with(allowed, "today", today()));
    }

    private PageResult<RenewalRow> page(SqlCondition where, SqlCondition instructable, String order, int page,
            int size) {
        Map<String, Object> params = new HashMap<>(where.params());
        params.putAll(instructable.params());
        long total = jdbc.sql("select count(*) from renewals r where " + where.sql()).params(params)
                .query(Long.class).single();
        List<RenewalRow> rows = jdbc.sql(SELECT.formatted(instructable.sql()) + " where " + where.sql() + order)
                .params(params).param("limit", size).param("offset", (long) page * size)
                .query(RenewalRow.class).list();
        return new PageResult<>(rows, page, size, total);
    }

    private static Map<String, Object> with(SqlCondition scope, String name, Object value) {
        Map<String, Object> params = new HashMap<>(scope.params());
        params.put(name, value);
        return params;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
