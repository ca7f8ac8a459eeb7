package org.caseport.support;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the headless-Chromium journeys: the browser a journey starts ({@link Chromium}) and the
 * steps every journey takes — open a page of the test server, sign in (password {@link TestData#PASSWORD}),
 * sign out, read an element's text.
 */
public abstract class BrowserJourney extends IntegrationTest {

    @LocalServerPort
    protected int port;

    protected WebDriver browser;
    protected WebDriverWait wait;

    protected void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    /** Signs in on the current sign-in page (or opens one) and waits to land on {@code landing}. */
    protected void signIn(String email, String landing) {
        if (!browser.getCurrentUrl().contains("/login")) {
            open("/login");
        }
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("email"))).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(TestData.PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.urlContains(landing));
    }

    protected void signOut() {
        browser.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.urlContains("/login?logout"));
    }

    protected String text(String id) {
        return browser.findElement(By.id(id)).getText().trim();
    }
}
