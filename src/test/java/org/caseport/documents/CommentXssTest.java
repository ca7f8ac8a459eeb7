package org.caseport.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.caseport.identity.Actor;
import org.caseport.shared.Visibility;
import org.caseport.support.Chromium;
import org.caseport.support.IntegrationTest;
import org.caseport.support.TestData;
import org.caseport.support.TestData.QueuedMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/**
 * Stored XSS through the thread: comments, a rejection reason and a document title carrying
 * script are kept as written, shown escaped on the staff and portal pages and in the mails' HTML,
 * and — in a real browser, for staff and for the contact — never become markup, let alone run.
 */
class CommentXssTest extends IntegrationTest {

    static final List<String> PAYLOADS = List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
            "\"><svg onload=alert(1)>", "</textarea><script>alert(document.cookie)</script>",
            "<a href=\"javascript:alert(1)\">click</a>", "{{7*7}} [[${7*7}]] [(${7*7})]");
    static final String TITLE = "Statement <img src=x onerror=alert(1)>";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private Actor lead;
    private long caseId;
    private long documentId;
    private Actor contact;

    @BeforeEach
    void aSharedDocumentWithAHostileTitle() {
        Actor admin = data.admin();
        lead = data.investigator();
        caseId = data.kase(admin, lead.id(), new BigDecimal("100"));
        documentId = data.document(lead, caseId, TITLE, Visibility.CLIENT);
        contact = data.contact(data.clientOf(caseId));
        data.grantAllCases(contact);
        data.useProfile(contact, data.portalProfileNamed("Standard"));
    }

    @Test
    void payloadsAreKeptAsWrittenAndShownEscapedInPagesAndMails() throws Exception {
        for (String payload : PAYLOADS) {
            mvc.perform(post(portalPage() + "/comments").param("body", "Contact: " + payload)
                    .with(data.signedIn(contact)).with(csrf())).andExpect(status().isFound());
            mvc.perform(post(staffPage() + "/comments").param("body", "Staff: " + payload)
                    .with(data.signedIn(lead)).with(csrf())).andExpect(status().isFound());
        }
        data.allowRevisions(lead, caseId, documentId);
        long proposal = data.proposal(contact, caseId, documentId, "revised");
        mvc.perform(post(staffPage() + "/proposals/" + proposal + "/reject").param("reason", "Reason: " + PAYLOADS.get(1))
                .with(data.signedIn(lead)).with(csrf())).andExpect(status().isFound());

        String staffPage = page(staffPage() + "?page=0", lead);
        String portalPage = page(portalPage() + "?page=0", contact);
        String notesPage = page("/app/cases/" + caseId + "/notes", lead);
        for (String payload : PAYLOADS) {
            for (String text : List.of("Contact: " + payload, "Staff: " + payload)) {
                assertShownEscaped(staffPage, text);
                assertShownEscaped(portalPage, text);
            }
        }
        String reason = "Reason: " + PAYLOADS.get(1);
        assertThat(List.of(staffPage, portalPage)).allSatisfy(html -> assertThat(html)
                .contains(HtmlUtils.htmlEscape(reason), HtmlUtils.htmlEscape(TITLE)).doesNotContain(reason, TITLE));
        assertThat(notesPage).contains(HtmlUtils.htmlEscape(TITLE)).doesNotContain(TITLE);

        List<QueuedMail> toTheFirm = data.mailsTo(TestData.emailOf(lead));
        assertThat(toTheFirm).hasSize(PAYLOADS.size() + 1);
        for (int i = 0; i < PAYLOADS.size(); i++) {
            String text = "Contact: " + PAYLOADS.get(i);
            assertShownEscaped(toTheFirm.get(i).htmlBody(), text);
            assertThat(toTheFirm.get(i).htmlBody()).doesNotContain(TITLE);
            assertThat(toTheFirm.get(i).textBody()).contains(text);
        }
        List<QueuedMail> toTheContact = data.mailsTo(TestData.emailOf(contact.displayName()));
        assertThat(toTheContact).isNotEmpty().allSatisfy(mail -> {
            assertThat(mail.htmlBody()).doesNotContain(TITLE).doesNotContain("Staff: ").doesNotContain("Reason: ");
            assertThat(mail.textBody()).doesNotContain("Staff: ").doesNotContain("Reason: ");
        });
        assertThat(jdbc.sql("select body from document_comments where document_id = :id order by id")
                .param("id", documentId).query(String.class).list()).contains("Contact: " + PAYLOADS.get(0));
    }

    @Test
    void inARealBrowserNoPayloadEverRunsForTheContactOrForStaff() {
        WebDriver browser = Chromium.start(1024, 900);
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
            signIn(browser, wait, TestData.emailOf(contact.displayName()), "/portal");
            for (String payload : PAYLOADS) {
                postThroughTheForm(browser, wait, portalPage(), "Contact: " + payload);
            }
            assertNothingRuns(browser, portalPage() + "?page=0", PAYLOADS.size());
            signOut(browser, wait);

            signIn(browser, wait, TestData.emailOf(lead), "/app");
            for (String payload : PAYLOADS) {
                postThroughTheForm(browser, wait, staffPage(), "Staff: " + payload);
            }
            assertNothingRuns(browser, staffPage() + "?page=0", 2 * PAYLOADS.size());
            signOut(browser, wait);

            signIn(browser, wait, TestData.emailOf(contact.displayName()), "/portal");
            assertNothingRuns(browser, portalPage() + "?page=0", 2 * PAYLOADS.size());
        } finally {
            browser.quit();
        }
    }

    /** The text appears escaped, never as markup; text with nothing to escape (template syntax) appears as it is. */
    private static void assertShownEscaped(String html, String text) {
        String escaped = HtmlUtils.htmlEscape(text);
        assertThat(html).contains(escaped);
        if (!escaped.equals(text)) {
            assertThat(html).doesNotContain(text);
        }
    }

    private void postThroughTheForm(WebDriver browser, WebDriverWait wait, String path, String text) {
        browser.get("http://localhost:" + port + path);
        WebElement body = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("body")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", body, text);
        body.submit();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));
        assertNoAlert(browser);
    }

    /** The page shows each comment as the very text written, adds no element inside the thread, and opens no dialog. */
    private void assertNothingRuns(WebDriver browser, String path, int comments) {
        browser.get("http://localhost:" + port + path);
        assertNoAlert(browser);
        JavascriptExecutor script = (JavascriptExecutor) browser;
        assertThat(script.executeScript("return document.querySelectorAll('#comment-list .note-body *').length"))
                .isEqualTo(0L);
        assertThat(script.executeScript("return document.querySelectorAll('img[src=x], svg, a[href^=javascript]')"
                + ".length")).isEqualTo(0L);
        List<String> shown = new ArrayList<>();
        for (WebElement body : browser.findElements(By.cssSelector("#comment-list .note-body"))) {
            shown.add((String) script.executeScript("return arguments[0].textContent", body));
        }
        assertThat(shown).hasSize(comments);
        assertThat(shown).allSatisfy(text -> assertThat(PAYLOADS).anyMatch(text::endsWith));
        assertThat(browser.getTitle()).contains("Statement <img");
    }

    private static void assertNoAlert(WebDriver browser) {
        try {
            browser.switchTo().alert();
            throw new AssertionError("A script ran: an alert is open on " + browser.getCurrentUrl());
        } catch (NoAlertPresentException expected) {
            // Nothing ran.
        }
    }

    private void signIn(WebDriver browser, WebDriverWait wait, String email, String landing) {
        browser.get("http://localhost:" + port + "/login");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("email"))).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(TestData.PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.urlContains(landing));
    }

    private static void signOut(WebDriver browser, WebDriverWait wait) {
        browser.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.urlContains("/login?logout"));
    }

    private String page(String path, Actor actor) throws Exception {
        return mvc.perform(get(path).with(data.signedIn(actor))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private String portalPage() {
        return "/portal/cases/" + caseId + "/documents/" + documentId;
    }

    private String staffPage() {
        return "/app/cases/" + caseId + "/documents/" + documentId;
    }
}
