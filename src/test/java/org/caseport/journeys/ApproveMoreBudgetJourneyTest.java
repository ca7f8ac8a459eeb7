package org.caseport.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.math.BigDecimal;
import java.time.Duration;
import org.caseport.identity.Actor;
import org.caseport.notifications.MailDispatcher;
import org.caseport.support.Chromium;
import org.caseport.support.Inbox;
import org.caseport.support.BrowserJourney;
import org.caseport.support.TestData;
import org.caseport.support.TestMailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser: the lead asks the client for +1,800.00; the contact gets the mail, signs in and
 * approves; the authorised and remaining budget change on the contact's and the staff's overview;
 * the decision is on the case as a no-charge note both sides see.
 */
class ApproveMoreBudgetJourneyTest extends BrowserJourney {

    @RegisterExtension
    static GreenMailExtension greenMail = TestMailServer.greenMail();


    @Autowired
    MailDispatcher mailDispatcher;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void startBrowser() {
        browser = Chromium.start(1280, 900);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void stopBrowser() {
        browser.quit();
    }

    @Test
    void theClientApprovesMoreBudgetAndBothSidesSeeTheNewFigures() {
        Actor admin = data.admin();
        Actor lead = data.investigator();
        long clientId = data.client(admin);
        long caseId = data.kaseFor(admin, clientId, lead.id(), new BigDecimal("5000.00"), null);
        data.timeSlip(lead, caseId, "10", "100", true);
        Actor contact = data.contact(clientId);
        data.grantAllCases(contact);

        signIn(TestData.emailOf(lead), "/app");
        open("/app/cases/" + caseId);
        assertThat(text("budget-authorised")).isEqualTo("5,000.00");
        assertThat(text("budget-remaining")).isEqualTo("4,000.00");
        open("/app/cases/" + caseId + "/approvals");
        browser.findElement(By.id("title")).sendKeys("Two more surveillance days");
        browser.findElement(By.id("amount")).sendKeys("1800.00");
        browser.findElement(By.id("explanation")).sendKeys("The subject moves house on Friday.");
        browser.findElement(By.id("ask-client")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"), "Request sent"));
        signOut();

        mailDispatcher.dispatchDue();
        String mail = Inbox.text(Inbox.onlyMailTo(greenMail, TestData.emailOf(contact)));
        assertThat(mail).contains("Two more surveillance days");
        open(Inbox.pathOf("/portal/cases/" + caseId + "/approvals", mail));
        signIn(TestData.emailOf(contact), "/portal/cases/" + caseId + "/approvals");
        long requestId = jdbc.sql("select id from approval_requests where case_id = :c").param("c", caseId)
                .query(Long.class).single();
        assertThat(text("portal-approval-" + requestId)).contains("Two more surveillance days: +1,800.00",
                "The subject moves house on Friday.", "Waiting for you");
        browser.findElement(By.id("comment-" + requestId)).sendKeys("Approved for this week only.");
        browser.findElement(By.id("approve-" + requestId)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"),
                "You approved the request"));
        assertThat(text("portal-approval-" + requestId)).contains("Approved by " + contact.displayName());
        open("/portal/cases/" + caseId + "/budget");
        assertThat(text("budget-authorised")).isEqualTo("6,800.00");
        assertThat(text("budget-remaining")).isEqualTo("5,800.00");
        open("/portal/cases/" + caseId + "/notes");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("approved by " + contact.displayName() + " in the portal. Comment: Approved for this week only.");
        signOut();

        signIn(TestData.emailOf(lead), "/app");
        open("/app/cases/" + caseId);
        assertThat(text("budget-authorised")).isEqualTo("6,800.00");
        assertThat(text("budget-remaining")).isEqualTo("5,800.00");
        open("/app/cases/" + caseId + "/notes");
        assertThat(text("timeslip-table")).contains("Approval request \"Two more surveillance days\" (+1,800.00) approved by "
                + contact.displayName()).contains("No charge");
    }
}
