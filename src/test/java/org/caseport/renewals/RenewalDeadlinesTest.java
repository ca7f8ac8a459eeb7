package org.caseport.renewals;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.caseport.access.PortalSection;
import org.caseport.billing.BillingQueries;
import org.caseport.identity.Actor;
import org.caseport.support.IntegrationTest;
import org.caseport.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The scheduled work on renewals, run for chosen days (never by waiting): notices go to the contacts
 * who may instruct, once, from the notice day; after the date the instruction or else the default
 * is applied once — the next term opens and a case's ledger grows once — even when two instances run
 * at the same moment.
 */
class RenewalDeadlinesTest extends IntegrationTest {

    @Autowired
    Renewals renewals;
    @Autowired
    RenewalDeadlines deadlines;
    @Autowired
    RenewalQueries queries;
    @Autowired
    BillingQueries billing;
    @Autowired
    JdbcClient jdbc;

    private Actor admin;
    private Actor lead;
    private long clientId;
    private long caseId;
    private Actor contact;
    private Actor colleague;
    private LocalDate today;

    @BeforeEach
    void aCaseWithABudgetAndTwoContactsWhoMayInstruct() {
        today = LocalDate.now();
        admin = data.admin();
        lead = data.investigator();
        clientId = data.client(admin);
        caseId = data.kaseFor(admin, clientId, lead.id(), new BigDecimal("5000.00"), null);
        contact = data.contact(clientId);
        data.grantAllCases(contact);
        colleague = data.contact(clientId);
        data.grantAllCases(colleague);
    }

    @Test
    void noticesGoOnceFromTheNoticeDayToTheContactsWhoMayInstructEvenFromTwoRunsAtOnce() throws Exception {
        Actor statusOnly = data.contact(clientId);
        data.grantAllCases(statusOnly);
        data.useProfile(statusOnly, data.portalProfileNamed("Status only"));
        Actor readOnly = data.contact(clientId);
        data.grantAllCases(readOnly);
        data.useProfile(readOnly, data.portalProfile("Approvals without answering",
                Set.of(PortalSection.OVERVIEW, PortalSection.APPROVALS), Set.of()));
        long renewalId = renewal(caseId, "Monthly monitoring", today.plusDays(10), 7, RenewalOutcome.RENEW);

        deadlines.sendNotices(today.plusDays(2));
        assertThat(data.mailsTo(TestData.emailOf(contact))).isEmpty();

        List<Integer> runs = atOnce(() -> deadlines.sendNotices(today.plusDays(3)),
                () -> deadlines.sendNotices(today.plusDays(3)));
        deadlines.sendNotices(today.plusDays(4));

        for (Actor told : List.of(contact, colleague)) {
            assertThat(data.mailsTo(TestData.emailOf(told))).singleElement().satisfies(mail -> {
                assertThat(mail.subject()).isEqualTo("Renewal on " + RenewalTexts.day(today.plusDays(10))
                        + ": Monthly monitoring");
                assertThat(mail.textBody()).contains("/portal/renewals", "it will renew", "case " + caseNumber())
                        .doesNotContain("1,200.00");
            });
        }
        assertThat(data.mailsTo(TestData.emailOf(statusOnly))).isEmpty();
        assertThat(data.mailsTo(TestData.emailOf(readOnly))).isEmpty();
        assertThat(runs.get(0) + runs.get(1)).isGreaterThanOrEqualTo(1);
        RenewalRow noticed = queries.get(admin, clientId, renewalId);
        assertThat(noticed.notifiedAt()).isNotNull();
        assertThat(noticed.noticeRecipients()).isEqualTo(2);
    }

    @Test
    void noNoticeForARenewalAlreadyInstructedOrPastItsDate() {
        long instructed = renewal(caseId, "Already answered", today.plusDays(5), 14, RenewalOutcome.RENEW);
        renewals.instruct(contact, instructed, RenewalOutcome.LAPSE, null, 0);
        long late = renewal(caseId, "Missed", today.plusDays(5), 14, RenewalOutcome.RENEW);

        deadlines.sendNotices(today.plusDays(6));

        assertThat(data.mailsTo(TestData.emailOf(colleague))).isEmpty();
        assertThat(queries.get(admin, clientId, instructed).notifiedAt()).isNull();
        assertThat(queries.get(admin, clientId, late).notifiedAt()).isNull();
    }

    @Test
    void renewingACaseRenewalRaisesTheBudgetOnceAndOpensTheNextTermEvenFromTwoRunsAtOnce() throws Exception {
        LocalDate renewsOn = today.plusDays(2);
        long renewalId = renewal(caseId, "Quarterly asset check", renewsOn, 14, RenewalOutcome.LAPSE);
        renewals.instruct(contact, renewalId, RenewalOutcome.RENEW, "Keep going.", 0);

        deadlines.applyDue(renewsOn);
        assertThat(queries.get(admin, clientId, renewalId).status()).isEqualTo(RenewalStatus.ACTIVE);

        atOnce(() -> deadlines.applyDue(renewsOn.plusDays(1)), () -> deadlines.applyDue(renewsOn.plusDays(1)));
        deadlines.applyDue(renewsOn.plusDays(1));

        assertThat(billing.ledger(lead, caseId).budgetAuthorised()).isEqualByComparingTo("6200.00");
        assertThat(jdbc.sql("""
                        select created_by from ledger_entries where case_id = :c and kind = 'BUDGET_INCREASE'
                          and amount = 1200.00 and entry_date = :on""")
                .param("c", caseId).param("on", renewsOn).query(Long.class).list())
                .containsExactly(contact.id());
        List<RenewalRow> terms = queries.forClient(admin, clientId, 0, 10).items();
        assertThat(terms).hasSize(2);
        assertThat(terms.get(0)).satisfies(next -> {
            assertThat(next.status()).isEqualTo(RenewalStatus.ACTIVE);
            assertThat(next.previousId()).isEqualTo(renewalId);
            assertThat(next.renewsOn()).isEqualTo(renewsOn.plusMonths(3));
            assertThat(next.caseId()).isEqualTo(caseId);
            assertThat(next.defaultOutcome()).isEqualTo(RenewalOutcome.LAPSE);
            assertThat(next.instruction()).isNull();
        });
        assertThat(terms.get(1).status()).isEqualTo(RenewalStatus.RENEWED);
        assertThat(sharedNotes()).containsExactly(
                "Renewal \"Quarterly asset check\" (1,200.00 for 3 months, renewal date " + RenewalTexts.day(renewsOn)
                        + "): " + contact.displayName() + " instructed to renew in the portal. Comment: Keep going.",
                "Renewal \"Quarterly asset check\" renewed as instructed by " + contact.displayName()
                        + ": the next term runs to " + RenewalTexts.day(renewsOn.plusMonths(3))
                        + "; the authorised budget rose by 1,200.00.");
        assertThat(data.mailsTo(TestData.emailOf(lead))).extracting(TestData.QueuedMail::subject).containsExactly(
                contact.displayName() + " instructed to renew \"Quarterly asset check\" (case " + caseNumber() + ")",
                "Renewal \"Quarterly asset check\" renewed (case " + caseNumber() + ")");
    }

    @Test
    void withoutAnInstructionTheDefaultOutcomeApplies() {
        LocalDate renewsOn = today.plusDays(1);
        long lapsing = renewal(caseId, "Social-media monitoring", renewsOn, 14, RenewalOutcome.LAPSE);
        long renewing = renewal(null, "Retainer top-up", renewsOn, 14, RenewalOutcome.RENEW);

        deadlines.applyDue(renewsOn);
        assertThat(queries.get(admin, clientId, lapsing).status()).isEqualTo(RenewalStatus.ACTIVE);
        deadlines.applyDue(renewsOn.plusDays(1));

        assertThat(queries.get(admin, clientId, lapsing).status()).isEqualTo(RenewalStatus.LAPSED);
        assertThat(queries.get(admin, clientId, renewing).status()).isEqualTo(RenewalStatus.RENEWED);
        assertThat(jdbc.sql("select count(*) from renewals where previous_id in (:ids)")
                .param("ids", List.of(lapsing, renewing)).query(Long.class).single()).isEqualTo(1);
        assertThat(billing.ledger(lead, caseId).budgetAuthorised()).isEqualByComparingTo("5000.00");
        assertThat(sharedNotes())
                .containsExactly("Renewal \"Social-media monitoring\" lapsed by default (no instruction).");
        assertThat(data.mailsTo(TestData.emailOf(admin))).extracting(TestData.QueuedMail::subject)
                .contains("Renewal \"Retainer top-up\" renewed (" + clientName() + ")");
    }

    @Test
    void aCancelledRenewalIsNeitherNoticedNorApplied() {
        long renewalId = renewal(caseId, "No longer wanted", today.plusDays(1), 14, RenewalOutcome.RENEW);
        renewals.cancel(admin, clientId, renewalId);

        deadlines.sendNotices(today);
        deadlines.applyDue(today.plusDays(2));

        assertThat(queries.get(admin, clientId, renewalId).status()).isEqualTo(RenewalStatus.CANCELLED);
        assertThat(data.mailsTo(TestData.emailOf(contact))).isEmpty();
        assertThat(billing.ledger(lead, caseId).budgetAuthorised()).isEqualByComparingTo("5000.00");
    }

    private long renewal(Long kase, String title, LocalDate renewsOn, int noticeDays, RenewalOutcome otherwise) {
        return renewals.add(admin, clientId, new RenewalDetails(kase, title, new BigDecimal("1200.00"), 3, renewsOn,
                otherwise, noticeDays));
    }

    private List<String> sharedNotes() {
        return jdbc.sql("""
                        select body from time_slips where case_id = :c and origin = 'SYSTEM' and visibility = 'CLIENT'
                          and not billable and hours = 0 order by id""")
                .param("c", caseId).query(String.class).list();
    }

    private String caseNumber() {
        return jdbc.sql("select number from cases where id = :id").param("id", caseId).query(String.class).single();
    }

    private String clientName() {
        return jdbc.sql("select name from clients where id = :id").param("id", clientId).query(String.class).single();
    }

    /** Runs the calls at the same moment, each on its own thread, and returns their results in order. */
    @SafeVarargs
    static <T> List<T> atOnce(Callable<T>... calls) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(calls.length);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }
}
