package org.caseport.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import org.caseport.support.Browserless;
import org.caseport.support.IntegrationTest;
import org.caseport.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The one sign-in page, over real HTTP with the real security filter chain and error pages. */
class SignInTest extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private Browserless browser;

    @BeforeEach
    void newBrowser() {
        browser = new Browserless(port);
    }

    @Test
    void staffSignInAndLandInTheStaffApp() throws Exception {
        Actor admin = data.admin();
        HttpResponse<String> response = browser.signIn(TestData.emailOf(admin), TestData.PASSWORD);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/app"));
        assertThat(browser.get("/app/cases").body()).contains(admin.displayName());
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameAnswer() throws Exception {
        Actor admin = data.admin();
        HttpResponse<String> wrongPassword = browser.signIn(TestData.emailOf(admin), "not the password");
        HttpResponse<String> unknownEmail = browser.signIn("nobody-" + System.nanoTime() + "@firm.test", "whatever1234");

        assertThat(wrongPassword.headers().firstValue("Location"))
                .isEqualTo(unknownEmail.headers().firstValue("Location"));
        String page = browser.get("/login?error").body();
        assertThat(page).contains("Invalid email or password.");
    }

    @Test
    void repeatedFailuresForOneEmailAreRefusedEvenWithTheRightPassword() throws Exception {
        Actor admin = data.admin();
        for (int i = 0; i < 5; i++) {
            browser.signIn(TestData.emailOf(admin), "wrong password " + i);
        }
        HttpResponse<String> right = browser.signIn(TestData.emailOf(admin), TestData.PASSWORD);
        assertThat(right.headers().firstValue("Location").orElseThrow()).endsWith("/login?throttled");
        assertThat(browser.get("/login?throttled").body()).contains("Too many failed sign-ins");
        Actor other = data.admin();
        assertThat(browser.signIn(TestData.emailOf(other), TestData.PASSWORD).headers().firstValue("Location")
                .orElseThrow()).endsWith("/app");
    }

    @Test
    void signInsAndFailedSignInsAreAudited() throws Exception {
        Actor admin = data.admin();
        browser.signIn(TestData.emailOf(admin), "not the password");
        browser.signIn(TestData.emailOf(admin), TestData.PASSWORD);
        assertThat(jdbc.sql("select action from audit_events where actor_label = :email or actor_id = :id order by id")
                .param("email", TestData.emailOf(admin)).param("id", admin.id()).query(String.class).list())
                .containsSubsequence("SIGN_IN_FAILED", "SIGN_IN");
    }

    @Test
    void contactSignsInOnTheSamePageAndLandsInThePortal() throws Exception {
        Actor contact = data.contact(data.client(data.admin()));
        HttpResponse<String> response = browser.signIn(TestData.emailOf(contact.displayName()), TestData.PASSWORD);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/portal");
        assertThat(browser.get("/app/cases").statusCode()).isEqualTo(403);
    }

    @Test
    void contactWithoutAPasswordCannotSignIn() throws Exception {
        Actor contact = data.contact(data.client(data.admin()));
        jdbc.sql("update user_accounts set password_hash = null where id = :id").param("id", contact.id()).update();
        HttpResponse<String> response = browser.signIn(TestData.emailOf(contact.displayName()), "");
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
    }

    @Test
    void disabledAccountIsSignedOutOnItsNextRequest() throws Exception {
        Actor admin = data.admin();
        Actor investigator = data.investigator();
        browser.signIn(TestData.emailOf(investigator), TestData.PASSWORD);
        assertThat(browser.get("/app/cases").statusCode()).isEqualTo(200);

        data.staffAccounts().setEnabled(admin, investigator.id(), false);

        HttpResponse<String> next = browser.get("/app/cases");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).contains("/login"));
        assertThat(browser.get("/app/cases").statusCode()).isEqualTo(302);
    }

    @Test
    void unknownCaseShowsTheNotFoundPageWithoutInternals() throws Exception {
        Actor admin = data.admin();
        browser.signIn(TestData.emailOf(admin), TestData.PASSWORD);
        HttpResponse<String> response = browser.get("/app/cases/987654321");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Not found").doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void forbiddenCaseLooksExactlyLikeAMissingOne() throws Exception {
        Actor admin = data.admin();
        Actor outsider = data.investigator();
        long caseId = data.kase(admin, null, BigDecimal.ZERO);
        browser.signIn(TestData.emailOf(outsider), TestData.PASSWORD);

        HttpResponse<String> forbidden = browser.get("/app/cases/" + caseId);
        HttpResponse<String> missing = browser.get("/app/cases/987654321");

        assertThat(forbidden.statusCode()).isEqualTo(missing.statusCode()).isEqualTo(404);
        assertThat(forbidden.body()).isEqualTo(missing.body());
    }

    @Test
    void investigatorCannotReachStaffAdministration() throws Exception {
        Actor investigator = data.investigator();
        browser.signIn(TestData.emailOf(investigator), TestData.PASSWORD);
        assertThat(browser.get("/app/admin/staff").statusCode()).isEqualTo(403);
    }

    @Test
    void pagesNeedSigningIn() throws Exception {
        HttpResponse<String> response = browser.get("/app/cases");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
    }
}
