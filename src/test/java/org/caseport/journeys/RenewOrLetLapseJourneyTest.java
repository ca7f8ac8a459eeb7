package org.caseport.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.caseport.identity.Actor;
import org.caseport.notifications.MailDispatcher;
import org.caseport.renewals.RenewalDeadlines;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser: the lead puts a quarterly renewal on a case from the client's page; the notice
 * mail reaches the contact, who instructs "renew" with a comment on a phone; the lead sees the
 * instruction among the upcoming renewals; after the date the case's authorised budget has grown by
 * the price and the next term is open.
 */
class RenewOrLetLapseJourneyTest extends BrowserJourney {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    @RegisterExtension
    static GreenMailExtension greenMail = TestMailServer.greenMail();


    @Autowired
    MailDispatcher mailDispatcher;
    @Autowired
    RenewalDeadlines deadlines;
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
    void theContactRenewsOnAPhoneAndTheBudgetFollowsAfterTheDate() {
        Actor admin = data.admin();
        Actor lead = data.investigator();
        long clientId = data.client(admin);
        long caseId = data.kaseFor(admin, clientId, lead.id(), new BigDecimal("3000.00"), null);
        Actor contact = data.contact(clientId);
        data.grantAllCases(contact);
        LocalDate renewsOn = LocalDate.now().plusDays(10);

        signIn(TestData.emailOf(lead), "/app");
        open("/app/clients/" + clientId);
        browser.findElement(By.id("manage-renewals")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("no-renewals")));
        browser.findElement(By.id("title")).sendKeys("Quarterly asset check");
        new Select(browser.findElement(By.id("caseId"))).selectByIndex(1);
        browser.findElement(By.id("price")).sendKeys("750.00");
        browser.findElement(By.id("termMonths")).clear();
        browser.findElement(By.id("termMonths")).sendKeys("3");
        enterDate("renewsOn", renewsOn);
        browser.findElement(By.cssSelector("input[name=defaultOutcome][value=LAPSE]")).click();
        browser.findElement(By.id("add-renewal")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"),
                "Renewal added"));
        long renewalId = jdbc.sql("select id from renewals where client_id = :c").param("c", clientId)
                .query(Long.class).single();
        assertThat(text("renewal-" + renewalId)).contains("Quarterly asset check", "750.00", "No instruction yet");
        signOut();

        deadlines.sendNotices(LocalDate.now());
        mailDispatcher.dispatchDue();
        String mail = Inbox.text(Inbox.onlyMailTo(greenMail, TestData.emailOf(contact)));
        assertThat(mail).contains("Quarterly asset check", DAY.format(renewsOn), "it will let lapse");
        browser.manage().window().setSize(new Dimension(390, 844));
        open(Inbox.pathOf("/portal/renewals", mail));
        signIn(TestData.emailOf(contact), "/portal/renewals");
        assertThat(text("renewal-" + renewalId)).contains("750.00 for 3 months", DAY.format(renewsOn),
                "It lapses.", "Waiting for your instruction");
        browser.findElement(By.id("comment-" + renewalId)).sendKeys("One more quarter, please.");
        browser.findElement(By.id("renew-" + renewalId)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"),
                "You instructed to renew"));
        assertThat(text("renewal-" + renewalId)).contains("Renew, by " + contact.displayName(),
                "One more quarter, please.").doesNotContain("Waiting for your instruction");
        signOut();

        browser.manage().window().setSize(new Dimension(1280, 900));
        signIn(TestData.emailOf(lead), "/app");
        browser.findElement(By.id("nav-renewals")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("upcoming-renewal-" + renewalId)));
        assertThat(text("upcoming-renewal-" + renewalId)).contains("Client: Renew", contact.displayName(),
                "One more quarter, please.");

        deadlines.applyDue(renewsOn.plusDays(1));
        open("/app/cases/" + caseId);
        assertThat(text("budget-authorised")).isEqualTo("3,750.00");
        open("/app/clients/" + clientId + "/renewals");
        assertThat(browser.findElement(By.id("renewal-table")).getText()).contains("Renewed",
                DAY.format(renewsOn.plusMonths(3)));
    }

    /** Sets a date input's value as the form posts it (ISO), whatever the browser's locale shows. */
    private void enterDate(String id, LocalDate day) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id(id)), day.toString());
    }
}
