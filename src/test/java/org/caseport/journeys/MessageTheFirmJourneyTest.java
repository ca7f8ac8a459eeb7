package org.caseport.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.caseport.identity.Actor;
import org.caseport.notifications.MailDispatcher;
import org.caseport.shared.Visibility;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A contact presses "Message the firm" on a document's screen in a real browser; the lead
 * investigator's mail names the case and the screen; the message is a no-charge note on the case;
 * the investigator answers, and the contact reads the answer in the portal. The message carries
 * markup meant to run script, which shows as text and never runs, for staff or for the contact.
 */
class MessageTheFirmJourneyTest extends BrowserJourney {

    private static final String HOSTILE = "<img src=x onerror=\"window.caseportXss=1\"><script>window.caseportXss=2</script>";

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
    void aMessageFromTheDocumentsScreenReachesTheLeadIsNotedAndTheAnswerReachesTheContact() {
        Actor admin = data.admin();
        Actor lead = data.investigator();
        long clientId = data.client(admin);
        long caseId = data.kaseFor(admin, clientId, lead.id());
        String caseNumber = jdbc.sql("select number from cases where id = :id").param("id", caseId)
                .query(String.class).single();
        Actor contact = data.contact(clientId);
        data.grantAllCases(contact);
        String title = TestData.unique("Surveillance report day 2");
        data.document(lead, caseId, title, Visibility.CLIENT);
        String question = "Who is the man in photo 3? " + HOSTILE;

        signIn(TestData.emailOf(contact), "/portal");
        open("/portal/cases/" + caseId + "/documents");
        browser.findElement(By.id("message-the-firm")).click();
        WebElement about = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("about")));
        assertThat(about.getAttribute("value")).isEqualTo("Case " + caseNumber + " · Documents");
        browser.findElement(By.id("body")).sendKeys(question);
        browser.findElement(By.id("send-message")).click();
        wait.until(ExpectedConditions.urlContains("/portal/cases/" + caseId + "/messages"));
        assertThat(text("portal-thread")).contains(question);
        assertNoScriptRan();
        signOut();

        mailDispatcher.dispatchDue();
        var mail = Inbox.onlyMailTo(greenMail, TestData.emailOf(lead));
        assertThat(Inbox.text(mail)).contains(caseNumber, "Case " + caseNumber + " · Documents", question);
        assertThat(Inbox.html(mail)).doesNotContain(HOSTILE).contains("&lt;script&gt;");
        assertThat(jdbc.sql("select body from time_slips where case_id = :c and origin = 'SYSTEM' "
                        + "and billable = false and hours = 0").param("c", caseId).query(String.class).list())
                .singleElement().satisfies(note -> assertThat(note).contains(question));

        signIn(TestData.emailOf(lead), "/app");
        assertThat(text("nav-messages")).contains("1");
        open("/app/messages");
        browser.findElement(By.id("inbox-case-" + caseId)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("message-thread")));
        assertThat(text("message-thread")).contains(question);
        assertNoScriptRan();
        open("/app/cases/" + caseId + "/notes");
        assertThat(text("timeslip-table")).contains(question);
        assertNoScriptRan();
        open("/app/cases/" + caseId + "/messages");
        browser.findElement(By.id("body")).sendKeys("He is the claimant's brother; details in the next report.");
        browser.findElement(By.id("send-reply")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"), "Reply sent"));
        assertThat(browser.findElements(By.id("mark-handled"))).isEmpty();
        signOut();

        mailDispatcher.dispatchDue();
        String told = Inbox.mailsTo(greenMail, TestData.emailOf(contact)).stream()
                .filter(reply -> subjectOf(reply).startsWith("A reply from the firm")).map(Inbox::text)
                .reduce((first, second) -> { throw new AssertionError("two reply mails"); })
                .orElseThrow(() -> new AssertionError("no reply mail"));
        assertThat(told).contains(caseNumber).doesNotContain("claimant's brother");
        open(Inbox.pathOf("/portal/cases/" + caseId + "/messages", told));
        signIn(TestData.emailOf(contact), "/portal/cases/" + caseId + "/messages");
        assertThat(text("portal-thread")).contains("He is the claimant's brother", question);
        assertNoScriptRan();
    }

    private static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private void assertNoScriptRan() {
        assertThat(((JavascriptExecutor) browser).executeScript("return window.caseportXss === undefined"))
                .isEqualTo(true);
    }
}
