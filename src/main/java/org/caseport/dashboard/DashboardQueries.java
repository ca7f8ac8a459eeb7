package org.caseport.dashboard;

import java.util.List;
import org.caseport.access.AccessPolicy;
import org.caseport.access.SqlCondition;
import org.caseport.dashboard.FirmDashboard.BudgetRow;
import org.caseport.dashboard.FirmDashboard.Count;
import org.caseport.dashboard.FirmDashboard.SilentContact;
import org.caseport.dashboard.FirmDashboard.UnsharedReport;
import org.caseport.dashboard.FirmDashboard.WaitingThread;
import org.caseport.identity.Actor;
import org.caseport.messages.MessageQueries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The firm dashboard for one staff member: admins see the whole firm, investigators the cases they
 * lead or are assigned to (the access policy's case scope). Contacts are the firm's clients', which
 * every staff member manages. A fixed number of queries, whatever the size of the firm.
 */
@Service
public class DashboardQueries {

    static final int WATCH_PERCENT = 80;
    private static final int SHOWN = 8;

    /** Billable time (rounded by slip) and expenses, from the per-month figures kept by the database (V18). */
    private static final String SPENT = "(select coalesce(sum(s.amount), 0) from case_spend_months s where s.case_id = c.id)";
    private static final String AUTHORISED = """
            (select coalesce(sum(l.amount), 0) from ledger_entries l where l.case_id = c.id
              and l.kind in ('BUDGET_AUTHORISATION', 'BUDGET_INCREASE'))""";

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final MessageQueries messageQueries;

    DashboardQueries(JdbcClient jdbc, AccessPolicy access, MessageQueries messageQueries) {
        this.jdbc = jdbc;
        this.access = access;
        this.messageQueries = messageQueries;
    }

    @Transactional(readOnly = true)
    public FirmDashboard forStaff(Actor staff) {
        SqlCondition scope = access.caseScope(staff);
        // The same cases by their ids, listed first through the lead and assignment indexes: for an
        // investigator, testing the scope case by case walked every case of the firm (EXPLAIN.md).
        SqlCondition theirCases = access.caseScopeOfColumn(staff, "c.id");
        List<Count> byStatus = jdbc.sql("""
                        select case c.status when 'OPEN' then 'Open' when 'ACTIVE' then 'Active'
                                 when 'ON_HOLD' then 'On hold' end as label, count(*) as count
                        from cases c where c.status <> 'CLOSED' and %s
                        group by c.status order by min(case c.status when 'OPEN' then 1 when 'ACTIVE' then 2 else 3 end)"""
                        .formatted(theirCases.sql()))
                .params(theirCases.params()).query(Count.class).list();
        List<Count> byInvestigator = jdbc.sql("""
                        select coalesce(u.display_name, 'No lead') as label, count(*) as count
                        from cases c left join user_accounts u on u.id = c.lead_investigator_id
                        where c.status <> 'CLOSED' and %s
                        group by u.display_name order by count(*) desc, label limit 12""".formatted(theirCases.sql()))
                .params(theirCases.params()).query(Count.class).list();
        // The budget watch keeps the case-by-case test: given the ids first, PostgreSQL summed the
        // ledger and spend of each listed case before filtering (244 against 28 ms on the large firm).
        List<BudgetRow> budgetWatch = jdbc.sql("""
                        select * from (select c.id as case_id, c.number as case_number, c.title as case_title,
                                              %s as authorised, %s as spent
                                       from cases c where c.status <> 'CLOSED' and %s) b
                        where b.authorised > 0 and b.spent * 100 >= b.authorised * :watch
                        order by b.spent / b.authorised desc, b.case_id limit :shown"""
                        .formatted(AUTHORISED, SPENT, scope.sql()))
                .params(scope.params()).param("watch", WATCH_PERCENT).param("shown", SHOWN)
                .query(BudgetRow.class).list();
        String waitingFrom = " from message_threads t join cases c on c.id = t.case_id "
                + "where t.awaiting_reply_since is not null and " + theirCases.sql();
        long waiting = messageQueries.awaitingCount(staff);
        List<WaitingThread> threads = jdbc.sql("select c.id as case_id, c.number as case_number, "
                        + "t.awaiting_reply_since as since" + waitingFrom
                        + " order by t.awaiting_reply_since limit :shown")
                .params(theirCases.params()).param("shown", SHOWN).query(WaitingThread.class).list();
        String reportsFrom = " from documents d join cases c on c.id = d.case_id where d.visibility = 'INTERNAL' "
                + "and d.category = 'REPORT' and c.status <> 'CLOSED' and " + theirCases.sql();
        long unshared = jdbc.sql("select count(*)" + reportsFrom).params(theirCases.params()).query(Long.class).single();
        List<UnsharedReport> reports = jdbc.sql("select c.id as case_id, c.number as case_number, "
                        + "d.id as document_id, d.title, d.created_at as uploaded_at" + reportsFrom
                        + " order by d.created_at, d.id limit :shown")
                .params(theirCases.params()).param("shown", SHOWN).query(UnsharedReport.class).list();
        String silentFrom = """
                 from user_accounts u join client_contacts cc on cc.id = u.contact_id join clients cl on cl.id = cc.client_id
                where u.role = 'CONTACT' and u.enabled and u.last_sign_in_at is null
                  and exists (select 1 from portal_grants g where g.contact_id = cc.id and g.revoked_at is null)""";
        long silent = staff.isStaff() ? jdbc.sql("select count(*)" + silentFrom).query(Long.class).single() : 0;
        List<SilentContact> contacts = staff.isStaff() ? jdbc.sql("select cl.id as client_id, cl.name as client_name, "
                        + "cc.name, u.email, u.password_hash is not null as has_password" + silentFrom
                        + " order by u.created_at, u.id limit :shown")
                .param("shown", SHOWN).query(SilentContact.class).list() : List.of();
        return new FirmDashboard(byStatus, byInvestigator, budgetWatch, waiting, threads, unshared, reports, silent,
                contacts);
    }
}
