package org.caseport.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The report's whole trip in a real browser: the lead investigator uploads it with its own title
 * and category and shares it; the contact gets a mail with a link (not the file), signs in and
 * downloads it; the downloaded bytes have the SHA-256 the portal shows; the investigator sees the
 * download on the document.
 */
class ShareAndDownloadReportJourneyTest extends BrowserJourney {

    private static final Pattern PORTAL_LINK = Pattern.compile("https?://[^/\\s]+(/portal/cases/\\d+/documents)");

    @RegisterExtension
    static GreenMailExtension greenMail = TestMailServer.greenMail();


    @Autowired
    MailDispatcher mailDispatcher;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path downloads;
    @TempDir
    Path desk;

    @BeforeEach
    void startBrowser() {
        browser = Chromium.start(1280, 900, downloads);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void stopBrowser() {
        browser.quit();
    }

    @Test
    void aSharedReportReachesTheContactWholeAndTheirDownloadIsOnRecord() throws Exception {
        Actor admin = data.admin();
        Actor lead = data.investigator();
        long clientId = data.client(admin);
        long caseId = data.kaseFor(admin, clientId, lead.id());
        Actor contact = data.contact(clientId);
        data.grantAllCases(contact);
        byte[] report = TestData.pdf("Surveillance report, day two: the claimant carried a sofa.");
        Path file = Files.write(desk.resolve("surveillance-day-2.pdf"), report);

        signIn(TestData.emailOf(lead), "/app");
        open("/app/cases/" + caseId + "/documents");
        browser.findElement(By.id("files")).sendKeys(file.toString());
        WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("upload-title-0")));
        assertThat(title.getAttribute("value")).isEqualTo("surveillance-day-2");
        title.clear();
        title.sendKeys("Surveillance report day 2");
        new Select(browser.findElement(By.id("upload-category-0"))).selectByValue("REPORT");
        browser.findElement(By.id("upload-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"),
                "Document uploaded."));
        long documentId = jdbc.sql("select id from documents where case_id = :c").param("c", caseId)
                .query(Long.class).single();
        assertThat(text("document-" + documentId)).contains("Surveillance report day 2", "Report");

        click(browser.findElement(By.cssSelector("#document-" + documentId + " form button")));
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"),
                "shared with the client"));
        signOut();

        mailDispatcher.dispatchDue();
        String mail = Inbox.text(Inbox.onlyMailTo(greenMail, TestData.emailOf(contact)));
        assertThat(mail).contains("Surveillance report day 2").doesNotContain("claimant carried");
        Matcher link = PORTAL_LINK.matcher(mail);
        assertThat(link.find()).as("a portal link in:\n" + mail).isTrue();

        open(link.group(1));
        signIn(TestData.emailOf(contact), "/portal/cases/" + caseId + "/documents");
        String shownFingerprint = browser.findElement(By.cssSelector("#portal-document-" + documentId + " code"))
                .getText().trim();
        click(browser.findElement(By.id("download-" + documentId)));
        Path downloaded = awaitDownload();
        assertThat(downloaded.getFileName().toString()).isEqualTo("surveillance-day-2.pdf");
        assertThat(sha256(Files.readAllBytes(downloaded))).isEqualTo(shownFingerprint).isEqualTo(sha256(report));
        signOut();

        signIn(TestData.emailOf(lead), "/app");
        open("/app/cases/" + caseId + "/documents");
        assertThat(text("document-" + documentId)).contains("Downloaded by " + contact.displayName());
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private Path awaitDownload() {
        return wait.withTimeout(Duration.ofSeconds(20)).until(browser -> {
            // Chromium writes a hidden temporary file, then name.crdownload, then renames it to name.
            List<Path> finished = listDownloads().stream().map(path -> path.getFileName().toString())
                    .filter(name -> !name.startsWith(".") && !name.endsWith(".crdownload"))
                    .map(downloads::resolve).toList();
            return finished.size() == 1 ? finished.get(0) : null;
        });
    }

    private List<Path> listDownloads() {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.toList();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
