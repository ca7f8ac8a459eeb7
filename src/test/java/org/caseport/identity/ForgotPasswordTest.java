package org.caseport.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.Map;
import org.caseport.notifications.MailDispatcher;
import org.caseport.support.Browserless;
import org.caseport.support.Inbox;
import org.caseport.support.IntegrationTest;
import org.caseport.support.TestData;
import org.caseport.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MvcResult;

/** "Forgot your password?" answers the same for every email and mails a link only to an enabled account. */
class ForgotPasswordTest extends IntegrationTest {

    private static final String NEW_PASSWORD = "my brand new password";

    @RegisterExtension
    static GreenMailExtension greenMail = TestMailServer.greenMail();

    @LocalServerPort
    int port;
    @Autowired
    MailDispatcher mailDispatcher;
    @Autowired
    ContactAccounts contactAccounts;

    /** What the requester learns: where they are sent and what they are told. */
    record Answer(int status, String redirect, Map<String, Object> flash) {

        static Answer of(MvcResult result) {
            return new Answer(result.getResponse().getStatus(), result.getResponse().getRedirectedUrl(),
                    Map.copyOf(result.getFlashMap()));
        }
    }

    @Test
    void theAnswerIsTheSameForAnExistingAndAnUnknownEmail() throws Exception {
        String existing = TestData.emailOf(data.investigator());
        String unknown = TestData.mailRecipient();

        Answer forExisting = forgot(existing);
        Answer forUnknown = forgot(unknown);

        assertThat(forExisting).isEqualTo(forUnknown);
        assertThat(forExisting.redirect()).isEqualTo("/login");
        assertThat(forExisting.flash()).containsEntry("notice", "If an account exists for that email, a link to "
                + "choose a new password is on its way. It works for one hour.");
        assertThat(data.mailsTo(existing)).singleElement()
                .satisfies(mail -> assertThat(mail.textBody()).contains("/reset-password?token="));
        assertThat(data.mailsTo(unknown)).isEmpty();
    }

    @Test
    void theLinkInTheResetMailSetsANewPasswordToSignInWith() throws Exception {
        String email = TestData.emailOf(data.investigator());
        Browserless browser = new Browserless(port);
        HttpResponse<String> asked = browser.submit("/forgot-password", "/forgot-password", Map.of("email", email));
        assertThat(asked.headers().firstValue("Location").orElseThrow()).endsWith("/login");

        mailDispatcher.dispatchDue();
        MimeMessage mail = Inbox.onlyMailTo(greenMail, email);
        assertThat(mail.getSubject()).isEqualTo("Choose a new password");
        String link = Inbox.linkTo("/reset-password", Inbox.text(mail));

        assertThat(browser.get(link).headers().firstValue("Location").orElseThrow()).endsWith("/reset-password");
        assertThat(browser.get("/reset-password").body()).contains("Choose a new password", email);
        HttpResponse<String> saved = browser.submit("/reset-password", "/reset-password",
                Map.of("password", NEW_PASSWORD, "confirmation", NEW_PASSWORD));
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/login");

        assertThat(landingAfterSignIn(email, NEW_PASSWORD)).endsWith("/app");
        assertThat(landingAfterSignIn(email, TestData.PASSWORD)).endsWith("/login?error");
        Browserless again = new Browserless(port);
        again.get(link);
        assertThat(again.get("/reset-password").body()).contains("This link no longer works");
    }

    @Test
    void aSecondRequestWithinTwoMinutesQueuesNoSecondMail() throws Exception {
        String email = TestData.emailOf(data.investigator());

        Answer first = forgot(email);
        Answer second = forgot(email);

        assertThat(second).isEqualTo(first);
        assertThat(data.mailsTo(email)).hasSize(1);
    }

    @Test
    void aDisabledAccountGetsNoMail() throws Exception {
        Actor contact = data.contact(data.client(data.admin()));
        contactAccounts.setEnabled(data.admin(), contact.contactId(), false);
        String email = TestData.emailOf(contact.displayName());

        Answer answer = forgot(email);

        assertThat(answer).isEqualTo(forgot(TestData.mailRecipient()));
        assertThat(data.mailsTo(email)).isEmpty();
    }

    private Answer forgot(String email) throws Exception {
        return Answer.of(mvc.perform(post("/forgot-password").param("email", email).with(csrf())).andReturn());
    }

    private String landingAfterSignIn(String email, String password) throws Exception {
        return new Browserless(port).signIn(email, password).headers().firstValue("Location").orElseThrow();
    }
}
