package org.caseport.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.caseport.cases.CaseService;
import org.caseport.cases.CaseStatus;
import org.caseport.identity.Actor;
import org.caseport.shared.Visibility;
import org.caseport.support.IntegrationTest;
import org.caseport.support.TestData;
import org.caseport.support.TestData.QueuedMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The scheduled budget check, called with the test's own time: each threshold warns the lead once
 * per crossing, however many checks run at once, and again after the case fell back below it;
 * contacts hear only where the firm chose so and their profile shows the budget; closed cases are
 * left alone.
 */
class BudgetAlertsTest extends IntegrationTest {

    private static final Instant NOW = Instant.parse("2026-11-24T09:30:00Z");

    @Autowired
    BudgetAlerts alerts;
    @Autowired
    BillingService billing;
    @Autowired
    BillingQueries billingQueries;
    @Autowired
    CaseService cases;
    @Autowired
    JdbcClient jdbc;

    private Actor admin;
    private Actor lead;
    private long clientId;
    private long caseId;

    @BeforeEach
    void aCaseWithABudgetOfAThousand() {
        admin = data.admin();
        lead = data.investigator();
        clientId = data.client(admin);
        caseId = data.kaseFor(admin, clientId, lead.id(), new BigDecimal("1000.00"), null);
    }

    @AfterEach
    void backToTheDefaults() {
        jdbc.sql("update budget_alert_settings set thresholds = '{80,100}', warn_contacts = false where id = 1")
                .update();
    }

    @Test
    void passingEightyPercentWarnsTheLeadOnceWithTheFiguresAndAOneClickRequest() {
        spend(caseId, "850.00");

        alerts.check(NOW);
        alerts.check(NOW.plusSeconds(300));

        assertThat(mailsToLead()).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Case " + number(caseId) + " has passed 80% of its budget");
            assertThat(mail.textBody()).contains("85% is spent", "1,000.00", "850.00", "150.00",
                    "/app/cases/" + caseId + "/approvals?title=More+budget&amount=200", "/app/cases/" + caseId + "\n");
            assertThat(mail.htmlBody()).contains("/app/cases/" + caseId + "/approvals?title=More+budget&amp;amount=200",
                    "Ask the client for more budget");
        });
        assertThat(alertsOf(caseId)).containsExactly(new Alert(80, Timestamp.from(NOW)));
    }

    @Test
    void passingAHundredPercentWarnsAgain() {
        spend(caseId, "850.00");
        alerts.check(NOW);
        spend(caseId, "200.00");

        alerts.check(NOW.plusSeconds(300));

        assertThat(mailsToLead()).extracting(QueuedMail::subject).containsExactly(
                "Case " + number(caseId) + " has passed 80% of its budget",
                "Case " + number(caseId) + " has passed 100% of its budget");
        assertThat(mailsToLead().get(1).textBody()).contains("105% is spent", "-50.00",
                "approvals?title=More+budget&amount=300");
    }

    @Test
    void aCaseThatJumpsPastBothThresholdsIsWarnedOnceForTheHigher() {
        spend(caseId, "1200.00");

        alerts.check(NOW);

        assertThat(mailsToLead()).singleElement().satisfies(mail -> assertThat(mail.subject())
                .isEqualTo("Case " + number(caseId) + " has passed 100% of its budget"));
        assertThat(alertsOf(caseId)).extracting(Alert::threshold).containsExactly(80, 100);
    }

    @Test
    void moreBudgetBelowAThresholdReArmsIt() {
        spend(caseId, "850.00");
        alerts.check(NOW);
        billing.recordLedgerEntry(lead, caseId, LedgerEntryKind.BUDGET_INCREASE, new BigDecimal("500.00"),
                LocalDate.now(), "Two more days");

        alerts.check(NOW.plusSeconds(300));

        assertThat(alertsOf(caseId)).isEmpty();
        assertThat(mailsToLead()).hasSize(1);

        spend(caseId, "400.00");
        alerts.check(NOW.plusSeconds(600));

        assertThat(mailsToLead()).hasSize(2);
        assertThat(mailsToLead().get(1).textBody()).contains("83% is spent", "1,500.00");
    }

    @Test
    void twoChecksAtOnceWarnOnce() throws Exception {
        alerts.check(NOW);
        spend(caseId, "900.00");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> runs = List.of(
                pool.submit(() -> {
                    start.await();
                    return alerts.check(NOW);
                }),
                pool.submit(() -> {
                    start.await();
                    return alerts.check(NOW);
                }));

        start.countDown();
        int warned = runs.get(0).get() + runs.get(1).get();
        pool.shutdown();

        assertThat(warned).isEqualTo(1);
        assertThat(mailsToLead()).hasSize(1);
        assertThat(alertsOf(caseId)).extracting(Alert::threshold).containsExactly(80);
    }

    @Test
    void contactsAreWarnedOnlyWhenTheFirmChoseSoAndOnlyWhereTheirProfileShowsTheBudget() {
        Actor seesBudget = data.contact(clientId);
        data.grantAllCases(seesBudget);
        Actor statusOnly = data.contact(clientId);
        data.grantAllCases(statusOnly);
        data.useProfile(statusOnly, data.portalProfileNamed("Status only"));
        spend(caseId, "850.00");

        alerts.check(NOW);

        assertThat(data.mailsTo(TestData.emailOf(seesBudget))).isEmpty();

        alerts.changeSettings(admin, new BudgetAlertSettings(List.of(80, 100), true));
        long secondCase = data.kaseFor(admin, clientId, lead.id(), new BigDecimal("2000.00"), null);
        spend(secondCase, "1700.00");
        alerts.check(NOW.plusSeconds(300));

        assertThat(data.mailsTo(TestData.emailOf(seesBudget))).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Case " + number(secondCase) + " has passed 80% of its budget");
            assertThat(mail.textBody()).contains("85% is spent", "2,000.00", "1,700.00", "300.00",
                    "/portal/cases/" + secondCase + "/budget").doesNotContain("/app/", "More+budget");
        });
        assertThat(data.mailsTo(TestData.emailOf(statusOnly))).isEmpty();
    }

    @Test
    void aClosedCaseIsNotWarnedUntilItIsReopened() {
        spend(caseId, "900.00");
        cases.changeStatus(admin, caseId, CaseStatus.CLOSED, "Report delivered");

        alerts.check(NOW);

        assertThat(mailsToLead()).isEmpty();
        assertThat(alertsOf(caseId)).isEmpty();

        cases.changeStatus(admin, caseId, CaseStatus.ACTIVE, "The client asked for more");
        alerts.check(NOW.plusSeconds(300));

        assertThat(mailsToLead()).hasSize(1);
    }

    @Test
    void theCheckRoundsTheShareSpentExactlyAsTheLedgerDoes() {
        long justUnder = data.kaseFor(admin, clientId, lead.id(), new BigDecimal("1000.00"), null);
        spend(caseId, "795.00");
        spend(justUnder, "794.99");

        alerts.check(NOW);

        assertThat(billingQueries.ledger(lead, caseId).percentOfBudgetSpent()).isEqualTo(80);
        assertThat(alertsOf(caseId)).extracting(Alert::threshold).containsExactly(80);
        assertThat(billingQueries.ledger(lead, justUnder).percentOfBudgetSpent()).isEqualTo(79);
        assertThat(alertsOf(justUnder)).isEmpty();
    }

    @Test
    void theFirmsOwnThresholdsApplyAndBillableTimeCounts() {
        alerts.changeSettings(admin, BudgetAlertSettings.parse("50", false));
        data.timeSlip(lead, caseId, "6.25", "80.00", true);
        data.timeSlip(lead, caseId, "10", "80.00", false);

        alerts.check(NOW);

        assertThat(mailsToLead()).singleElement().satisfies(mail -> assertThat(mail.subject())
                .isEqualTo("Case " + number(caseId) + " has passed 50% of its budget"));
    }

    @Test
    void aCaseWithoutABudgetIsNeverWarned() {
        long noBudget = data.kaseFor(admin, clientId, lead.id(), BigDecimal.ZERO, null);
        spend(noBudget, "50.00");

        alerts.check(NOW);

        assertThat(alertsOf(noBudget)).isEmpty();
        assertThat(mailsToLead()).isEmpty();
    }

    private void spend(long kase, String amount) {
        data.expense(lead, kase, "Surveillance van", amount, Visibility.INTERNAL);
    }

    private List<QueuedMail> mailsToLead() {
        return data.mailsTo(TestData.emailOf(lead));
    }

    private record Alert(int threshold, Timestamp crossedAt) {
    }

    private List<Alert> alertsOf(long kase) {
        return jdbc.sql("select threshold, crossed_at from budget_alerts where case_id = :c order by threshold")
                .param("c", kase).query(Alert.class).list();
    }

    private String number(long kase) {
        return jdbc.sql("select number from cases where id = :id").param("id", kase).query(String.class).single();
    }
}
