package org.caseport.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.caseport.access.PortalListColumn;
import org.caseport.access.PortalListDetails;
import org.caseport.access.PortalListPreset;
import org.caseport.access.PortalListService;
import org.caseport.access.PortalSection;
import org.caseport.identity.Actor;
import org.caseport.shared.Visibility;
import org.caseport.support.Chromium;
import org.caseport.support.IntegrationTest;
import org.caseport.support.TestData;
import org.caseport.tasks.CaseTasks;
import org.caseport.tasks.TaskDetails;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The portal on a 375 px wide phone: the dashboard (its spend chart and recent activity included) and
 * every section of a case fit the width (no horizontal scrolling of the page), and every section of
 * the case's navigation can be reached.
 */
class PortalOnAPhoneTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    CaseTasks tasks;
    @Autowired
    PortalListService lists;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void startAPhoneSizedBrowser() {
        browser = Chromium.start(375, 812);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void stopBrowser() {
        browser.quit();
    }

    @Test
    void theDashboardAndEverySectionOfACaseFitAPhoneAndCanBeReached() {
        Actor admin = data.admin();
        long clientId = data.client(admin);
        long caseId = data.kaseFor(admin, clientId, admin.id(), new BigDecimal("2500.00"),
                "A long description that staff keep to themselves");
        data.timeSlip(admin, caseId, "3", "95", true);
        data.sharedNote(admin, caseId, "Subject seen leaving the gym at 07:42 with a large sports bag and a "
                + "rolled-up yoga mat; followed to the station car park.");
        data.expense(admin, caseId, "Mileage to the observation point and back", "48.60", Visibility.CLIENT);
        data.document(admin, caseId, TestData.unique("Surveillance report with a rather long title"), Visibility.CLIENT);
        tasks.add(admin, caseId, new TaskDetails("Surveillance scheduled 3-4 Dec", null, LocalDate.now().plusDays(3),
                Visibility.CLIENT));
        Actor contact = data.contact(clientId);
        data.useProfile(contact, data.portalProfileNamed("Standard"));
        data.grantAllCases(contact);

        open("/login");
        browser.findElement(By.id("email")).sendKeys(TestData.emailOf(contact));
        browser.findElement(By.id("password")).sendKeys(TestData.PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/portal"));
        assertFitsTheWidth("/portal");
        assertThat(browser.findElement(By.id("spend-chart")).isDisplayed()).as("spend over time").isTrue();
        assertThat(browser.findElements(By.cssSelector("#recent-activity li"))).as("recent activity: the shared note and document").hasSize(2);

        open("/portal/cases/" + caseId);
        List<String> sections = browser.findElements(By.cssSelector("#portal-nav a.nav-link")).stream()
                .map(link -> link.getAttribute("href")).toList();
        assertThat(sections).hasSizeGreaterThanOrEqualTo(8);
        for (String section : sections) {
            browser.get(section);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("portal-nav")));
            assertFitsTheWidth(section);
            WebElement active = browser.findElement(By.cssSelector("#portal-nav a.nav-link.active"));
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({inline: 'center'})", active);
            assertThat(active.isDisplayed()).as("the navigation reaches " + section).isTrue();
        }
    }

    /** "Your cases" with a list of every column, its search form and the saved searches fit a phone too. */
    @Test
    void theCaseListsFitAPhone() {
        Actor admin = data.admin();
        long clientId = data.client(admin);
        for (int i = 0; i < 3; i++) {
            data.kaseFor(admin, clientId, admin.id(), new BigDecimal("12500.00"), null);
        }
        long profileId = data.portalProfile("Phone lists", EnumSet.allOf(PortalSection.class), Set.of());
        long listId = lists.add(admin, profileId, new PortalListDetails("Every column", PortalListPreset.ALL,
                EnumSet.allOf(PortalListColumn.class)));
        Actor contact = data.contact(clientId);
        data.grantAllCases(contact);
        data.useProfile(contact, profileId);

        open("/login");
        browser.findElement(By.id("email")).sendKeys(TestData.emailOf(contact));
        browser.findElement(By.id("password")).sendKeys(TestData.PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/portal"));
        browser.findElement(By.id("portal-cases-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("portal-case-table")));

        assertFitsTheWidth("/portal/cases");
        assertThat(browser.findElement(By.id("portal-list-" + listId)).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("save-search")).isDisplayed()).isTrue();
    }

    private void assertFitsTheWidth(String page) {
        Object overflow = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow of " + page + " in px").isLessThanOrEqualTo(0);
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }
}
