package org.caseport.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;
import org.caseport.access.PortalSection;
import org.caseport.cases.CaseDetails;
import org.caseport.cases.CaseService;
import org.caseport.identity.Actor;
import org.caseport.support.BrowserJourney;
import org.caseport.support.Chromium;
import org.caseport.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In a real browser: an admin gives a profile a list with chosen columns; a contact the profile
 * applies to finds it under "Your cases", searches it, saves the search and runs it again.
 */
class PortalListsJourneyTest extends BrowserJourney {

    @Autowired
    CaseService cases;

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
    void anAdminAddsAListAndTheContactSearchesItAndSavesTheSearch() {
        Actor admin = data.admin();
        long clientId = data.client(admin);
        String word = TestData.unique("Dockside");
        long wanted = cases.open(admin, new CaseDetails(word + " thefts", clientId, "Surveillance", null, admin.id(),
                Set.of()), new BigDecimal("2000.00"));
        cases.open(admin, new CaseDetails(TestData.unique("Unrelated"), clientId, "Surveillance", null, null,
                Set.of()), new BigDecimal("500.00"));
        long profileId = data.portalProfile("Journey lists", Set.of(PortalSection.OVERVIEW, PortalSection.BUDGET),
                Set.of());
        Actor contact = data.contact(clientId);
        data.grantAllCases(contact);
        data.useProfile(contact, profileId);

        signIn(TestData.emailOf(admin), "/app");
        open("/app/admin/portal-profiles/" + profileId + "/edit");
        browser.findElement(By.id("list-name")).sendKeys("Money watch");
        click(By.id("preset-OPEN"));
        click(By.id("column-INVESTIGATOR"));
        click(By.id("column-BUDGET_AUTHORISED"));
        click(By.cssSelector("#add-portal-list button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#portal-lists .alert-success"),
                "List “Money watch” added."));
        assertThat(text("portal-list-table")).contains("Money watch", "Open cases (not closed)", "Investigator",
                "Budget authorised");
        open("/app/dashboard");
        signOut();

        signIn(TestData.emailOf(contact), "/portal");
        browser.findElement(By.id("portal-cases-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("portal-case-table")));
        assertThat(browser.findElement(By.cssSelector("#portal-lists .active")).getText()).isEqualTo("Money watch");
        assertThat(text("portal-case-table")).contains("Investigator", "Budget authorised", "2,000.00",
                admin.displayName());
        browser.findElement(By.id("q")).sendKeys(word);
        browser.findElement(By.cssSelector("#case-search button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("q=" + word));
        assertThat(browser.findElements(By.cssSelector("#portal-case-table tbody tr"))).hasSize(1);
        assertThat(text("portal-list-case-" + wanted)).contains(word + " thefts");

        browser.findElement(By.id("save-search-name")).sendKeys("Dockside cases");
        click(By.cssSelector("#save-search button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"),
                "Search “Dockside cases” saved."));
        browser.findElement(By.id("portal-cases-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("saved-searches")));
        assertThat(browser.findElements(By.cssSelector("#portal-case-table tbody tr"))).hasSize(2);
        click(By.linkText("Dockside cases"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("running-search")));
        assertThat(browser.findElements(By.cssSelector("#portal-case-table tbody tr"))).hasSize(1);
        assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo(word);
    }

    /** Clicks the element once scrolled, at once (the page scrolls smoothly), to the middle of the window. */
    private void click(By element) {
        WebElement found = browser.findElement(element);
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", found);
        found.click();
    }
}
