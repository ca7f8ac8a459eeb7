package org.caseport.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.caseport.billing.BillingQueries;
import org.caseport.identity.Actor;
import org.caseport.identity.PortalPreview;
import org.caseport.shared.NotFoundException;
import org.caseport.support.IntegrationTest;
import org.caseport.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;

/**
 * Asking the client for a decision and their one answer: the budget follows an approval exactly
 * once, the decision is on the record for both sides and the firm hears of it; late, second and
 * foreign answers are refused; reminders and expiry run once.
 */
class ApprovalRequestsTest extends IntegrationTest {

    @Autowired
    ApprovalRequests approvals;
    @Autowired
    ApprovalQueries queries;
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

    @BeforeEach
    void aCaseWithABudgetAndTwoContactsWhoMayAnswer() {
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
    void askingTellsTheContactsWhoMayAnswerWithALinkOnly() {
        Actor statusOnly = data.contact(clientId);
        data.grantAllCases(statusOnly);
        data.useProfile(statusOnly, data.portalProfileNamed("Status only"));

        approvals.ask(lead, caseId, new NewApprovalRequest("Two more surveillance days",
                "Secret reasoning about the subject", new BigDecimal("1800"), LocalDate.now().plusDays(5)));

        for (Actor told : List.of(contact, colleague)) {
            assertThat(data.mailsTo(TestData.emailOf(told))).singleElement().satisfies(mail -> {
                assertThat(mail.subject()).startsWith("A decision is waiting on case ");
                assertThat(mail.textBody()).contains("Two more surveillance days", "/portal/cases/" + caseId + "/approvals")
                        .doesNotContain("Secret reasoning");
            });
        }
        assertThat(data.mailsTo(TestData.emailOf(statusOnly))).isEmpty();
    }

    @Test
    void anApprovedBudgetRequestRaisesTheBudgetOnceAndIsOnTheRecordForBothSides() throws Exception {
        long requestId = approvals.ask(lead, caseId, new NewApprovalRequest("Two more surveillance days", null,
                new BigDecimal("1800.00"), null));

        mvc.perform(post("/portal/cases/{c}/approvals/{r}/decision", caseId, requestId).param("decision", "APPROVE")
                        .param("comment", "Go ahead, but no weekend work.").with(data.signedIn(contact)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "You approved the request. The firm is told."));

        assertThat(billing.ledger(lead, caseId).budgetAuthorised()).isEqualByComparingTo("6800.00");
        assertThat(jdbc.sql("select count(*) from ledger_entries where case_id = :c and kind = 'BUDGET_INCREASE'")
                .param("c", caseId).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                        select body from time_slips where case_id = :c and origin = 'SYSTEM' and visibility = 'CLIENT'
                        and not billable and hours = 0""").param("c", caseId).query(String.class).list())
                .singleElement().isEqualTo("Approval request \"Two more surveillance days\" (+1,800.00) approved by "
                        + contact.displayName() + " in the portal. Comment: Go ahead, but no weekend work.");
        assertThat(data.mailsTo(TestData.emailOf(lead))).singleElement().satisfies(mail -> assertThat(mail.textBody())
                .contains(contact.displayName() + " approved", "+1,800.00", "Go ahead, but no weekend work."));
        assertThat(queries.forCase(lead, caseId, 0, 25).items()).singleElement().satisfies(row -> {
            assertThat(row.status()).isEqualTo(ApprovalStatus.APPROVED);
            assertThat(row.decidedByName()).isEqualTo(contact.displayName());
        });
        mvc.perform(get("/portal/cases/{c}/notes", caseId).with(data.signedIn(colleague)))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("approved by " + contact.displayName()));
    }

    @Test
    void aDeclineLeavesTheBudgetAlone() {
        long requestId = approvals.ask(lead, caseId, new NewApprovalRequest("More days", null, new BigDecimal("900"), null));

        assertThat(approvals.decide(contact, caseId, requestId, ApprovalDecision.DECLINE, null))
                .isEqualTo(ApprovalStatus.DECLINED);

        assertThat(billing.ledger(lead, caseId).budgetAuthorised()).isEqualByComparingTo("5000.00");
    }

    @Test
    void twoContactsAnsweringAtOnceMakeExactlyOneDecisionAndTheLedgerChangesOnce() throws Exception {
        long requestId = approvals.ask(lead, caseId, new NewApprovalRequest("Renew monitoring", null,
                new BigDecimal("1800.00"), null));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Callable<String>> answers = new ArrayList<>();
        for (Actor who : List.of(contact, colleague)) {
            answers.add(() -> {
                start.await();
                try {
                    return "won: " + approvals.decide(who, caseId, requestId, ApprovalDecision.APPROVE, null);
                } catch (DecisionRefusedException refused) {
                    return "refused: " + refused.getMessage();
                }
            });
        }
        List<Future<String>> outcomes = new ArrayList<>();
        for (Callable<String> answer : answers) {
            outcomes.add(pool.submit(answer));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get());
        }
        pool.shutdown();

        Collections.sort(results);
        assertThat(results.get(0)).startsWith("refused: Already approved by ");
        assertThat(results.get(1)).isEqualTo("won: APPROVED");
        assertThat(jdbc.sql("select count(*) from ledger_entries where case_id = :c and kind = 'BUDGET_INCREASE'")
                .param("c", caseId).query(Long.class).single()).isEqualTo(1);
        assertThat(billing.ledger(lead, caseId).budgetAuthorised()).isEqualByComparingTo("6800.00");
    }

    @Test
    void aSecondAnswerIsToldWhoDecidedFirst() throws Exception {
        long requestId = approvals.ask(lead, caseId, new NewApprovalRequest("Go on", null, null, null));
        approvals.decide(contact, caseId, requestId, ApprovalDecision.APPROVE, null);

        mvc.perform(post("/portal/cases/{c}/approvals/{r}/decision", caseId, requestId).param("decision", "DECLINE")
                        .with(data.signedIn(colleague)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(result -> assertThat((String) result.getFlashMap().get("problem"))
                        .startsWith("Already approved by " + contact.displayName() + " on "));
        assertThat(queries.forCase(lead, caseId, 0, 25).items().get(0).status()).isEqualTo(ApprovalStatus.APPROVED);
    }

    @Test
    void aRequestPastItsDueDateCannotBeAnsweredAndExpiresOnce() {
        long requestId = approvals.ask(lead, caseId, new NewApprovalRequest("Before the hearing", null, null,
                LocalDate.now()));
        jdbc.sql("update approval_requests set due_on = current_date - 1 where id = :id").param("id", requestId).update();

        assertThatThrownBy(() -> approvals.decide(contact, caseId, requestId, ApprovalDecision.APPROVE, null))
                .isInstanceOf(DecisionRefusedException.class).hasMessageContaining("can no longer be answered");
        assertThat(approvals.expireDue(LocalDate.now())).isGreaterThanOrEqualTo(1);
        assertThat(approvals.expireDue(LocalDate.now())).isZero();
        assertThat(queries.forCase(lead, caseId, 0, 25).items().get(0).status()).isEqualTo(ApprovalStatus.EXPIRED);
    }

    @Test
    void remindersGoOutOnceInTheDaysBeforeTheDueDateEvenFromTwoRunsAtOnce() throws Exception {
        LocalDate today = LocalDate.now();
        approvals.ask(lead, caseId, new NewApprovalRequest("Soon due", null, null, today.plusDays(2)));
        approvals.ask(lead, caseId, new NewApprovalRequest("Due later", null, null, today.plusDays(9)));
        int mailsBefore = data.mailsTo(TestData.emailOf(contact)).size();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<Integer> first = pool.submit(() -> approvals.remindDue(today));
        Future<Integer> second = pool.submit(() -> approvals.remindDue(today));
        int reminded = first.get() + second.get();
        pool.shutdown();

        List<TestData.QueuedMail> reminders = data.mailsTo(TestData.emailOf(contact)).stream()
                .skip(mailsBefore).toList();
        assertThat(reminders).singleElement().satisfies(mail -> assertThat(mail.textBody()).contains("Soon due"));
        assertThat(reminded).isGreaterThanOrEqualTo(1);
        assertThat(approvals.remindDue(today)).isZero();
        assertThat(approvals.remindDue(today.plusDays(7))).isGreaterThanOrEqualTo(1);
    }

    @Test
    void nobodyElseAnswersAndStaffOutsideTheCaseCannotAsk() throws Exception {
        long requestId = approvals.ask(lead, caseId, new NewApprovalRequest("Ours", null, null, null));
        Actor otherClientsContact = data.contact(data.client(admin));
        data.grantAllCases(otherClientsContact);
        Actor statusOnly = data.contact(clientId);
        data.grantAllCases(statusOnly);
        data.useProfile(statusOnly, data.portalProfileNamed("Status only"));
        MockHttpSession preview = new MockHttpSession();
        PortalPreview.start(preview, contact.id());

        assertThatThrownBy(() -> approvals.decide(otherClientsContact, caseId, requestId, ApprovalDecision.APPROVE,
                null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> approvals.decide(statusOnly, caseId, requestId, ApprovalDecision.APPROVE, null))
                .isInstanceOf(NotFoundException.class);
        mvc.perform(post("/portal/cases/{c}/approvals/{r}/decision", caseId, requestId).param("decision", "APPROVE")
                .with(data.signedIn(admin)).session(preview).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/app/cases/{c}/approvals", caseId).param("title", "Nosy").with(data.signedIn(data.investigator()))
                .with(csrf())).andExpect(status().isNotFound());

        assertThat(queries.forCase(lead, caseId, 0, 25).items()).singleElement()
                .satisfies(row -> assertThat(row.status()).isEqualTo(ApprovalStatus.OPEN));
    }

    @Test
    void invalidRequestsShowFieldErrorsAndSaveNothing() throws Exception {
        mvc.perform(post("/app/cases/{c}/approvals", caseId).param("title", " ").param("amount", "-5")
                        .with(data.signedIn(lead)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("approvalForm", "title", "amount"));
        mvc.perform(post("/app/cases/{c}/approvals", caseId).param("title", "Late")
                        .param("dueOn", LocalDate.now().minusDays(1).toString()).with(data.signedIn(lead)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("approvalForm", "dueOn"));
        assertThat(data.count("approval_requests", caseId)).isZero();
    }

    @Test
    void staffWithdrawAnOpenRequestAndTheClientCanNoLongerAnswerIt() {
        long requestId = approvals.ask(lead, caseId, new NewApprovalRequest("Maybe", null, null, null));
        approvals.withdraw(lead, caseId, requestId);

        assertThatThrownBy(() -> approvals.decide(contact, caseId, requestId, ApprovalDecision.APPROVE, null))
                .isInstanceOf(DecisionRefusedException.class).hasMessageStartingWith("The firm withdrew this request");
        assertThat(queries.openForContact(contact, 10)).isEmpty();
    }
}
