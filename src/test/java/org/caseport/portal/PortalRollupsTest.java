package org.caseport.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.caseport.billing.BillingService;
import org.caseport.billing.ExpenseDetails;
import org.caseport.identity.Actor;
import org.caseport.shared.Visibility;
import org.caseport.subjects.SubjectDetails;
import org.caseport.subjects.SubjectKind;
import org.caseport.subjects.SubjectService;
import org.caseport.support.IntegrationTest;
import org.caseport.timeslips.TimeSlipDetails;
import org.caseport.timeslips.TimeSlipService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The figures the database keeps for the portal dashboard (V18) — spend per case and month, and
 * when something (a note, a document, a status change) was last shared on a case — stay equal to what the time slips, expenses and subjects
 * say after every kind of write: recording, revising amounts, dates and billability, sharing and
 * unsharing, deleting, moving a case to another client; and the rebuild function computes the same figures from scratch.
 */
class PortalRollupsTest extends IntegrationTest {

    @Autowired
    TimeSlipService timeSlips;
    @Autowired
    BillingService billing;
    @Autowired
    SubjectService subjects;
    @Autowired
    JdbcClient jdbc;

    private final LocalDate today = LocalDate.now();
    private Actor admin;
    private long kase;
    private long otherCase;

    @BeforeEach
    void twoCases() {
        admin = data.admin();
        kase = data.kase(admin, admin.id(), new BigDecimal("5000.00"));
        otherCase = data.kase(admin, admin.id(), new BigDecimal("5000.00"));
    }

    @Test
    void spendPerMonthFollowsEveryWriteOfTimeAndExpenses() {
        long slip = timeSlips.record(admin, kase, slip(today, "1.25", "80.10", true, Visibility.INTERNAL));
        timeSlips.record(admin, kase, slip(today, "0.10", "0.05", true, Visibility.INTERNAL));
        timeSlips.record(admin, kase, slip(today.minusMonths(3), "2", "50", false, Visibility.INTERNAL));
        long expense = billing.recordExpense(admin, kase, expense(today, "12.34", true, Visibility.INTERNAL));
        timeSlips.record(admin, otherCase, slip(today, "3", "10", true, Visibility.INTERNAL));
        assertRollupsMatchTheItems();

        timeSlips.revise(admin, kase, slip, slip(today.minusMonths(1), "2.50", "90", true, Visibility.INTERNAL));
        assertRollupsMatchTheItems();
        timeSlips.revise(admin, kase, slip, slip(today.minusMonths(1), "2.50", "90", false, Visibility.INTERNAL));
        assertRollupsMatchTheItems();
        billing.reviseExpense(admin, kase, expense, expense(today.minusMonths(2), "99.99", true, Visibility.INTERNAL));
        assertRollupsMatchTheItems();
        billing.reviseExpense(admin, kase, expense, expense(today.minusMonths(2), "99.99", false, Visibility.INTERNAL));
        assertRollupsMatchTheItems();

        jdbc.sql("update cases set client_id = :clientId where id = :caseId")
                .param("clientId", data.client(admin)).param("caseId", otherCase).update();
        assertRollupsMatchTheItems();

        jdbc.sql("delete from time_slips where case_id = :caseId and not billable").param("caseId", kase).update();
        jdbc.sql("delete from time_slips where case_id = :caseId").param("caseId", otherCase).update();
        assertRollupsMatchTheItems();
        assertThat(spentOn(otherCase)).isEqualByComparingTo("0");
    }

    @Test
    void lastSharedFollowsSharingAndUnsharingOfNotesExpensesAndSubjects() {
        assertThat(lastShared(kase)).isNull();
        long note = timeSlips.record(admin, kase, slip(today, "1", "10", true, Visibility.CLIENT));
        assertRollupsMatchTheItems();
        assertThat(lastShared(kase)).isNotNull();

        long expense = billing.recordExpense(admin, kase, expense(today, "5.00", true, Visibility.INTERNAL));
        billing.changeExpenseVisibility(admin, kase, expense, Visibility.CLIENT);
        assertRollupsMatchTheItems();
        long subject = subjects.record(admin, kase, new SubjectDetails(SubjectKind.PERSON, "Dana Roe", "", null, "",
                "", "", "", "", Visibility.CLIENT));
        assertRollupsMatchTheItems();

        subjects.changeVisibility(admin, kase, subject, Visibility.INTERNAL);
        billing.changeExpenseVisibility(admin, kase, expense, Visibility.INTERNAL);
        assertRollupsMatchTheItems();
        timeSlips.changeVisibility(admin, kase, note, Visibility.INTERNAL);
        assertRollupsMatchTheItems();
        assertThat(lastShared(kase)).isNull();

        timeSlips.changeVisibility(admin, kase, note, Visibility.CLIENT);
        jdbc.sql("delete from time_slips where id = :id").param("id", note).update();
        assertRollupsMatchTheItems();
        assertThat(lastShared(kase)).isNull();
    }

    @Test
    void theRebuildComputesTheSameFiguresFromScratch() {
        timeSlips.record(admin, kase, slip(today, "1.5", "70", true, Visibility.CLIENT));
        billing.recordExpense(admin, kase, expense(today.minusMonths(1), "8.00", true, Visibility.CLIENT));
        List<Map<String, Object>> kept = rollups();

        jdbc.sql("delete from case_spend_months").update();
        jdbc.sql("update cases set last_shared_at = null, last_note_shared_at = null, last_document_shared_at = null,"
                + " last_status_changed_at = null").update();
        jdbc.sql("select rebuild_portal_rollups()").query().listOfRows();

        assertThat(rollups()).isEqualTo(kept);
        assertRollupsMatchTheItems();
    }

    private void assertRollupsMatchTheItems() {
        assertThat(jdbc.sql("""
                        select count(*) from case_spend_months s join cases c on c.id = s.case_id
                        where s.client_id <> c.client_id""").query(Long.class).single())
                .as("spend rows naming another client than their case's").isZero();
        for (long caseId : List.of(kase, otherCase)) {
            assertThat(spendByMonth(caseId, "case_spend_months"))
                    .as("spend kept per month on case %d", caseId)
                    .isEqualTo(spendByMonth(caseId, "items"));
            assertThat(lastShared(caseId)).as("last shared on case %d", caseId).isEqualTo(jdbc.sql("""
                            select greatest(
                                (select max(created_at) from time_slips where case_id = :id and visibility = 'CLIENT'),
                                (select max(created_at) from expenses where case_id = :id and visibility = 'CLIENT'),
                                (select max(created_at) from subjects where case_id = :id and visibility = 'CLIENT'))""")
                    .param("id", caseId).query(Instant.class).optional().orElse(null));
            assertThat(moment(caseId, "last_note_shared_at")).as("last note shared on case %d", caseId)
                    .isEqualTo(jdbc.sql("select max(shared_at) from time_slips where case_id = :id and visibility = 'CLIENT'")
                            .param("id", caseId).query(Instant.class).optional().orElse(null));
        }
    }

    /** Month → amount, from the kept rollup or from the items themselves; months with nothing left out. */
    private Map<LocalDate, BigDecimal> spendByMonth(long caseId, String from) {
        String sql = from.equals("items") ? """
                select month, sum(amount) as amount from (
                    select cast(date_trunc('month', work_date) as date) as month, round(hours * rate, 2) as amount
                    from time_slips where case_id = :id and billable
                    union all
                    select cast(date_trunc('month', spent_on) as date), amount
                    from expenses where case_id = :id and billable) s
                group by month having sum(amount) <> 0""" : """
                select month, amount from case_spend_months where case_id = :id and amount <> 0""";
        Map<LocalDate, BigDecimal> months = new java.util.TreeMap<>();
        jdbc.sql(sql).param("id", caseId).query((rs, n) -> months.put(rs.getObject("month", LocalDate.class),
                rs.getBigDecimal("amount").stripTrailingZeros())).list();
        return months;
    }

    private BigDecimal spentOn(long caseId) {
        return jdbc.sql("select coalesce(sum(amount), 0) from case_spend_months where case_id = :id")
                .param("id", caseId).query(BigDecimal.class).single();
    }

    private Instant lastShared(long caseId) {
        return moment(caseId, "last_shared_at");
    }

    private Instant moment(long caseId, String column) {
        return jdbc.sql("select " + column + " from cases where id = :id").param("id", caseId)
                .query(Instant.class).optional().orElse(null);
    }

    private List<Map<String, Object>> rollups() {
        return jdbc.sql("""
                select 'spend' as kind, case_id, cast(month as text) as at, cast(amount as text) as amount
                from case_spend_months where amount <> 0
                union all
                select 'shared', id, cast(last_shared_at as text), null from cases where last_shared_at is not null
                union all
                select 'note', id, cast(last_note_shared_at as text), null from cases where last_note_shared_at is not null
                union all
                select 'document', id, cast(last_document_shared_at as text), null from cases
                where last_document_shared_at is not null
                union all
                select 'status', id, cast(last_status_changed_at as text), null from cases
                where last_status_changed_at is not null
                order by 1, 2, 3""").query().listOfRows();
    }

    private TimeSlipDetails slip(LocalDate on, String hours, String rate, boolean billable, Visibility visibility) {
        return new TimeSlipDetails(on, admin.id(), new BigDecimal(hours), new BigDecimal(rate), billable, "Worked",
                visibility);
    }

    private ExpenseDetails expense(LocalDate on, String amount, boolean billable, Visibility visibility) {
        return new ExpenseDetails(on, "Mileage", new BigDecimal(amount), "Mileage", billable, visibility);
    }
}
