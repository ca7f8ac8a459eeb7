package org.caseport.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.math.BigDecimal;
import java.time.Duration;
import org.caseport.identity.Actor;
import org.caseport.notifications.MailDispatcher;
import org.caseport.support.Chromium;
import org.caseport.support.Inbox;
import org.caseport.support.IntegrationTest;
import org.caseport.support.TestData;
import org.caseport.support.TestMailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An admin invites a client's contact in a real browser; the contact follows the emailed link,
 * chooses a password, signs in and sees their case's shared notes — and nothing of anyone else's.
 */
class InviteContactJourneyTest extends IntegrationTest {

    private static final String CONTACT_PASSWORD = "a long portal password";

    @RegisterExtension
    static GreenMailExtension greenMail = TestMailServer.greenMail();

    @LocalServerPort
    int port;

    @Autowired
    MailDispatcher mailDispatcher;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        browser = Chromium.start(1280, 900);
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    @AfterEach
    void stopBrowser() {
        browser.quit();
    }

    @Test
    void invitedContactSetsAPasswordSignsInAndSeesOnlyWhatWasSharedWithThem() {
        Actor admin = data.admin();
        long clientId = data.client(admin);
        TestData.Invitee contact = data.invitee(clientId);
        long caseId = data.kaseFor(admin, clientId, admin.id());
        String sharedNote = TestData.unique("Subject seen leaving the gym");
        String internalNote = TestData.unique("Hunch about the claimant's brother");
        data.sharedNote(admin, caseId, sharedNote);
        data.internalNote(admin, caseId, internalNote);
        long otherClientsCase = data.kase(admin, admin.id(), BigDecimal.ZERO);

        signIn(TestData.emailOf(admin), TestData.PASSWORD, "/app/cases");
        open("/app/clients/" + clientId);
        browser.findElement(By.id("contact-" + contact.contactId() + "-portal")).click();
        new Select(wait.until(ExpectedConditions.elementToBeClickable(By.id("caseId")))).selectByValue("");
        assertThat(text("grant-submit")).isEqualTo("Grant access and invite");
        browser.findElement(By.id("grant-submit")).click();
        wait.until(ExpectedConditions.textToBe(By.id("portal-status"), "Invited, no password yet"));
        assertThat(text("portal-grants")).contains("cases, including future ones");
        browser.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.urlContains("/login?logout"));

        mailDispatcher.dispatchDue();
        String invitation = Inbox.text(Inbox.onlyMailTo(greenMail, contact.email()));
        open(Inbox.linkTo("/activate", invitation));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password"))).sendKeys(CONTACT_PASSWORD);
        browser.findElement(By.id("confirmation")).sendKeys(CONTACT_PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.urlMatches("/login$"));
        assertThat(browser.getPageSource()).contains("Your password is set.");

        signIn(contact.email(), CONTACT_PASSWORD, "/portal");
        assertThat(browser.findElements(By.id("portal-case-" + otherClientsCase))).isEmpty();
        browser.findElement(By.id("portal-case-" + caseId)).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("portal-nav-notes"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("portal-notes")));
        assertThat(text("portal-notes")).contains(sharedNote).doesNotContain(internalNote);

        String notesUrl = browser.getCurrentUrl();
        assertThat(notesUrl).endsWith("/portal/cases/" + caseId + "/notes");
        browser.get(notesUrl.replace("/cases/" + caseId + "/", "/cases/" + otherClientsCase + "/"));
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("not-found"))).getText())
                .isEqualTo("Not found");
        assertThat(browser.findElements(By.id("portal-notes"))).isEmpty();
    }

    private void signIn(String email, String password, String landing) {
        open("/login");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password, Keys.ENTER);
        wait.until(ExpectedConditions.urlContains(landing));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText().trim();
    }
}
