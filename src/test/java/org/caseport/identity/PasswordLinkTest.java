package org.caseport.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.caseport.support.Browserless;
import org.caseport.support.IntegrationTest;
import org.caseport.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One-time links set a password once, before they expire, and never show in the address bar for long. */
class PasswordLinkTest extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    AccountTokens tokens;
    @Autowired
    JdbcClient jdbc;

    private Browserless browser;
    private Actor contact;

    @BeforeEach
    void anInvitedContact() {
        browser = new Browserless(port);
        contact = data.contact(data.client(data.admin()));
    }

    @Test
    void invitedContactSetsAPasswordAndSignsIn() throws Exception {
        String token = tokens.issue(contact.id(), TokenPurpose.INVITATION, null);

        HttpResponse<String> link = browser.get("/activate?token=" + token);
        assertThat(link.statusCode()).isEqualTo(302);
        assertThat(link.headers().firstValue("Location").orElseThrow()).endsWith("/activate").doesNotContain(token);
        assertThat(browser.get("/activate").body()).contains("Welcome, " + contact.displayName());

        HttpResponse<String> saved = browser.submit("/activate", "/activate",
                Map.of("password", "my new portal password", "confirmation", "my new portal password"));
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/login");

        HttpResponse<String> signIn = browser.signIn(TestData.emailOf(contact.displayName()), "my new portal password");
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).endsWith("/portal");
    }

    @Test
    void usedLinkNoLongerWorks() throws Exception {
        String token = tokens.issue(contact.id(), TokenPurpose.INVITATION, null);
        browser.get("/activate?token=" + token);
        browser.submit("/activate", "/activate", Map.of("password", "first password 123", "confirmation", "first password 123"));

        Browserless other = new Browserless(port);
        other.get("/activate?token=" + token);
        assertThat(other.get("/activate").body()).contains("This link no longer works");
    }

    @Test
    void expiredLinkNoLongerWorks() throws Exception {
        String token = tokens.issue(contact.id(), TokenPurpose.INVITATION, null);
        jdbc.sql("update account_tokens set expires_at = now() - interval '1 minute' where user_account_id = :id")
                .param("id", contact.id()).update();
        browser.get("/activate?token=" + token);
        assertThat(browser.get("/activate").body()).contains("This link no longer works");
    }

    @Test
    void newerInvitationVoidsTheOlderOne() throws Exception {
        String older = tokens.issue(contact.id(), TokenPurpose.INVITATION, null);
        tokens.issue(contact.id(), TokenPurpose.INVITATION, null);
        assertThat(tokens.peek(older, TokenPurpose.INVITATION)).isEmpty();
    }

    @Test
    void invitationLinkCannotResetAPassword() {
        String token = tokens.issue(contact.id(), TokenPurpose.INVITATION, null);
        assertThat(tokens.peek(token, TokenPurpose.PASSWORD_RESET)).isEmpty();
        assertThat(tokens.peek(token, TokenPurpose.INVITATION)).contains(contact.id());
    }

    @Test
    void mismatchedOrShortPasswordsAreRefusedAndTheLinkStaysValid() throws Exception {
        String token = tokens.issue(contact.id(), TokenPurpose.INVITATION, null);
        browser.get("/activate?token=" + token);
        HttpResponse<String> mismatch = browser.submit("/activate", "/activate",
                Map.of("password", "long enough password", "confirmation", "something else entirely"));
        assertThat(mismatch.statusCode()).isEqualTo(200);
        assertThat(mismatch.body()).contains("The two passwords differ.");
        HttpResponse<String> tooShort = browser.submit("/activate", "/activate",
                Map.of("password", "short", "confirmation", "short"));
        assertThat(tooShort.body()).contains("Use at least 10 characters.");
        assertThat(tokens.peek(token, TokenPurpose.INVITATION)).isPresent();
    }

    @Test
    void onlyAHashOfTheTokenIsStored() {
        String token = tokens.issue(contact.id(), TokenPurpose.INVITATION, null);
        assertThat(jdbc.sql("select count(*) from account_tokens where token_hash = :token").param("token", token)
                .query(Long.class).single()).isZero();
    }
}
