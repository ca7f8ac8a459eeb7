package org.caseport.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.caseport.identity.Actor;
import org.caseport.support.Chromium;
import org.caseport.support.IntegrationTest;
import org.caseport.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A staff member, in a real browser: sign in, open a case, log time, watch the budget move. */
class OpenCaseAndLogTimeJourneyTest extends IntegrationTest {

    @LocalServerPort
    int port;

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
    void staffSignInOpenACaseAddATimeSlipAndSeeTheTotalsChange() {
        Actor admin = data.admin();
        long clientId = data.client(admin);

        signIn(TestData.emailOf(admin));
        browser.findElement(By.linkText("Open a case")).click();
        browser.findElement(By.id("title")).sendKeys("Workers' comp claim — Harris");
        new Select(browser.findElement(By.id("clientId"))).selectByValue(String.valueOf(clientId));
        browser.findElement(By.id("caseType")).sendKeys("Surveillance");
        browser.findElement(By.id("budgetAuthorised")).sendKeys("1500", Keys.ENTER);

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("budget-summary")));
        assertThat(text("budget-authorised")).isEqualTo("1,500.00");
        assertThat(text("budget-spent")).isEqualTo("0.00");
        assertThat(text("budget-remaining")).isEqualTo("1,500.00");

        browser.findElement(By.linkText("Add time or a note")).click();
        WebElement hours = wait.until(ExpectedConditions.elementToBeClickable(By.id("hours")));
        hours.sendKeys("2.5");
        browser.findElement(By.id("rate")).sendKeys("90");
        browser.findElement(By.id("body")).sendKeys("Surveillance at the claimant's address, 07:00-09:30.");
        browser.findElement(By.cssSelector("#timeslip-form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("timeslip-table")));
        assertThat(browser.findElement(By.id("timeslip-table")).getText()).contains("07:00-09:30").contains("225.00");

        browser.findElement(By.linkText("Overview")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("budget-summary")));
        assertThat(text("budget-spent")).isEqualTo("225.00");
        assertThat(text("budget-remaining")).isEqualTo("1,275.00");
        assertThat(text("retainer-balance")).isEqualTo("-225.00");
    }

    private void signIn(String email) {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(TestData.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/app/cases"));
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText().trim();
    }
}
