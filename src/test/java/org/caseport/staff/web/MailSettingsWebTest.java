package org.caseport.staff.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.caseport.identity.Actor;
import org.caseport.identity.FirmSetup;
import org.caseport.notifications.MailDispatcher;
import org.caseport.support.IntegrationTest;
import org.caseport.support.TestData;
import org.caseport.support.TestMailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Admins choose the SMTP server on a page; its password goes in encrypted and never comes back out. */
class MailSettingsWebTest extends IntegrationTest {

    private static final String LOGIN = "mailer";
    private static final String PASSWORD = "Tr0ub4dor-smtp-secret";
    private static final String SENDER = "Harbour Lane <cases@harbourlane.example>";

    @RegisterExtension
    static GreenMailExtension greenMail = TestMailServer.greenMail()
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("mailer@harbourlane.example", LOGIN, PASSWORD));

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FirmSetup firmSetup;

    record StoredSettings(String host, int port, String security, String username, String passwordCiphertext,
            String sender, Long updatedBy) {
    }

    @AfterEach
    void backToTheEnvironment() {
        jdbc.sql("delete from mail_settings").update();
    }

    @Test
    void savedSettingsAreStoredWithThePasswordEncryptedAndMailGoesOutThroughThem() throws Exception {
        Actor admin = data.admin();

        mvc.perform(save(admin, PASSWORD))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/app/admin/mail-settings"))
                .andExpect(flash().attribute("notice", containsString("localhost")));

        StoredSettings stored = stored().orElseThrow();
        assertThat(stored).extracting(StoredSettings::host, StoredSettings::port, StoredSettings::security,
                        StoredSettings::username, StoredSettings::sender, StoredSettings::updatedBy)
                .containsExactly("localhost", TestMailServer.PORT, "NONE", LOGIN, SENDER, admin.id());
        assertThat(stored.passwordCiphertext()).isNotBlank().doesNotContain(PASSWORD);
        assertThat(jdbc.sql("select count(*) from mail_settings where mail_settings::text like :plain")
                .param("plain", "%" + PASSWORD + "%").query(Long.class).single()).isZero();

        String recipient = TestData.mailRecipient();
        data.mail(recipient, "Through the saved server", "Sent with the saved settings.");
        dispatcher.dispatchDue();

        MimeMessage received = onlyMailTo(recipient);
        assertThat(received.getFrom()[0].toString()).isEqualTo(SENDER);
        assertThat(jdbc.sql("select status from mail_messages where recipient = :recipient")
                .param("recipient", recipient).query(String.class).single()).isEqualTo("SENT");
    }

    @Test
    void invalidInputShowsFieldErrorsAndSavesNothing() throws Exception {
        Actor admin = data.admin();

        String page = mvc.perform(post("/app/admin/mail-settings").with(data.signedIn(admin)).with(csrf())
                        .param("host", "")
                        .param("port", "70000")
                        .param("security", "STARTTLS")
                        .param("username", LOGIN)
                        .param("password", PASSWORD)
                        .param("sender", "cases@harbourlane.example, boss@harbourlane.example"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Enter the mail server&#39;s host name", "Enter a port from 1 to 65535.",
                "Enter one mail address, e.g. Harbour Lane &lt;cases@harbourlane.example&gt;.", "is-invalid")
                .doesNotContain(PASSWORD);
        assertThat(stored()).isEmpty();
    }

    @Test
    void aPortThatIsNoNumberIsAFieldErrorToo() throws Exception {
        mvc.perform(post("/app/admin/mail-settings").with(data.signedIn(data.admin())).with(csrf())
                        .param("host", "smtp.harbourlane.example").param("port", "submission")
                        .param("security", "STARTTLS").param("sender", SENDER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a port from 1 to 65535.")));
        mvc.perform(post("/app/admin/mail-settings").with(data.signedIn(data.admin())).with(csrf())
                        .param("host", "smtp harbourlane example").param("port", "587")
                        .param("security", "STARTTLS").param("sender", SENDER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a host name such as smtp.example.com")));

        assertThat(stored()).isEmpty();
    }

    @Test
    void thePasswordIsNeverInThePage() throws Exception {
        Actor admin = data.admin();
        mvc.perform(save(admin, PASSWORD)).andExpect(status().isFound());
        String ciphertext = stored().orElseThrow().passwordCiphertext();

        String page = mvc.perform(get("/app/admin/mail-settings").with(data.signedIn(admin)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("In use: the settings saved here", "New password (leave empty to keep the saved one)",
                        "Remove the saved password", "Stop using these settings", "data-confirm=")
                .doesNotContain(PASSWORD).doesNotContain(ciphertext);
        String passwordInput = page.substring(page.indexOf("<input type=\"password\""));
        assertThat(passwordInput.substring(0, passwordInput.indexOf('>'))).doesNotContain("value");
    }

    @Test
    void aBlankPasswordKeepsTheSavedOneAndTheCheckboxRemovesIt() throws Exception {
        Actor admin = data.admin();
        mvc.perform(save(admin, PASSWORD)).andExpect(status().isFound());
        String ciphertext = stored().orElseThrow().passwordCiphertext();

        mvc.perform(save(admin, "127.0.0.1", "")).andExpect(status().isFound());

        assertThat(stored().orElseThrow()).extracting(StoredSettings::host, StoredSettings::passwordCiphertext)
                .containsExactly("127.0.0.1", ciphertext);

        mvc.perform(save(admin, "").param("removePassword", "true")).andExpect(status().isFound());

        assertThat(stored().orElseThrow().passwordCiphertext()).isNull();
    }

    @Test
    void aNewPasswordAndRemovingItAtOnceIsRefused() throws Exception {
        Actor admin = data.admin();
        mvc.perform(save(admin, PASSWORD)).andExpect(status().isFound());
        String ciphertext = stored().orElseThrow().passwordCiphertext();

        mvc.perform(save(admin, "another-password").param("removePassword", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Type a new password or remove the saved one, not both.")))
                .andExpect(content().string(not(containsString("another-password"))));

        assertThat(stored().orElseThrow().passwordCiphertext()).isEqualTo(ciphertext);
    }

    @Test
    void theTestMailGoesToTheAdminThroughTheOutbox() throws Exception {
        Actor admin = data.admin();
        mvc.perform(save(admin, PASSWORD)).andExpect(status().isFound());

        mvc.perform(post("/app/admin/mail-settings/test-mail").with(data.signedIn(admin)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/app/admin/mail-settings"))
                .andExpect(flash().attribute("notice", containsString("mail log")));
        List<TestData.QueuedMail> queued = data.mailsTo(TestData.emailOf(admin));
        assertThat(queued).singleElement().extracting(TestData.QueuedMail::status).isEqualTo("PENDING");
        dispatcher.dispatchDue();

        MimeMessage received = onlyMailTo(TestData.emailOf(admin));
        assertThat(received.getSubject()).isEqualTo("Test mail from Caseport");
        assertThat(received.getFrom()[0].toString()).isEqualTo(SENDER);
        assertThat(textOf(received)).contains("test mail from Caseport for " + firmSetup.firmName(),
                admin.displayName() + " asked for it");
        assertThat(data.mailsTo(TestData.emailOf(admin))).singleElement()
                .extracting(TestData.QueuedMail::status).isEqualTo("SENT");
    }

    @Test
    void thePageSaysWhereTheSettingsComeFromAndRevertingGoesBackToTheEnvironment() throws Exception {
        Actor admin = data.admin();
        mvc.perform(get("/app/admin/mail-settings").with(data.signedIn(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("In use: the environment's settings")))
                .andExpect(content().string(containsString("value=\"localhost\"")))
                .andExpect(content().string(not(containsString("Stop using these settings"))));
        mvc.perform(save(admin, PASSWORD)).andExpect(status().isFound());

        mvc.perform(post("/app/admin/mail-settings/revert").with(data.signedIn(admin)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/app/admin/mail-settings"));

        assertThat(stored()).isEmpty();
        mvc.perform(get("/app/admin/mail-settings").with(data.signedIn(admin)))
                .andExpect(content().string(containsString("In use: the environment's settings")));
        assertThat(data.auditOf("MAIL_SETTINGS", 1)).extracting(TestData.AuditRow::action)
                .endsWith("MAIL_SETTINGS_SAVED", "MAIL_SETTINGS_REVERTED");
    }

    @Test
    void theMailLogAndTheSettingsAreTabsSideBySide() throws Exception {
        mvc.perform(get("/app/admin/mail").with(data.signedIn(data.admin())))
                .andExpect(content().string(containsString("href=\"/app/admin/mail-settings\"")));
    }

    @Test
    void investigatorsAndContactsAreRefusedAndChangeNothing() throws Exception {
        Actor investigator = data.investigator();
        Actor contact = data.contact(data.client(data.admin()));

        for (Actor outsider : List.of(investigator, contact)) {
            mvc.perform(get("/app/admin/mail-settings").with(data.signedIn(outsider))).andExpect(status().isForbidden());
            mvc.perform(save(outsider, PASSWORD)).andExpect(status().isForbidden());
            mvc.perform(post("/app/admin/mail-settings/test-mail").with(data.signedIn(outsider)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/app/admin/mail-settings/revert").with(data.signedIn(outsider)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(stored()).isEmpty();
        assertThat(data.mailsTo(TestData.emailOf(investigator))).isEmpty();
    }

    @Test
    void aPostWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/app/admin/mail-settings").with(data.signedIn(data.admin()))
                        .param("host", "smtp.harbourlane.example").param("port", "587")
                        .param("security", "STARTTLS").param("sender", SENDER))
                .andExpect(status().isForbidden());

        assertThat(stored()).isEmpty();
    }

    private MockHttpServletRequestBuilder save(Actor actor, String password) {
        return save(actor, "localhost", password);
    }

    private MockHttpServletRequestBuilder save(Actor actor, String host, String password) {
        return post("/app/admin/mail-settings").with(data.signedIn(actor)).with(csrf())
                .param("host", host)
                .param("port", String.valueOf(TestMailServer.PORT))
                .param("security", "NONE")
                .param("username", LOGIN)
                .param("password", password)
                .param("sender", SENDER);
    }

    private Optional<StoredSettings> stored() {
        return jdbc.sql("""
                        select host, port, security, username, password_ciphertext, sender, updated_by from mail_settings""")
                .query(StoredSettings.class).optional();
    }

    private static MimeMessage onlyMailTo(String recipient) {
        List<MimeMessage> mails = Arrays.stream(greenMail.getReceivedMessages())
                .filter(message -> recipientOf(message).equalsIgnoreCase(recipient)).toList();
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private static String textOf(MimeMessage message) throws Exception {
        Multipart alternative = (Multipart) message.getContent();
        for (int i = 0; i < alternative.getCount(); i++) {
            if (alternative.getBodyPart(i).isMimeType("text/plain")) {
                return (String) alternative.getBodyPart(i).getContent();
            }
        }
        throw new AssertionError("no text part");
    }

    private static String recipientOf(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
