package org.caseport.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.caseport.identity.Actor;
import org.caseport.notifications.MailServers.MailServer;
import org.caseport.shared.RejectedInputException;
import org.caseport.support.IntegrationTest;
import org.caseport.support.TestData;
import org.caseport.support.TestMailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.security.access.AccessDeniedException;

/** The mail server settings in effect: saved ones win over the environment's, and are sent through. */
class MailSettingsTest extends IntegrationTest {

    private static final String LOGIN = "mailer";
    private static final String PASSWORD = "s3cret-smtp-pass";

    @RegisterExtension
    static GreenMailExtension greenMail = TestMailServer.greenMail()
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("mailer@harbourlane.example", LOGIN, PASSWORD));

    @Autowired
    MailSettings settings;

    @Autowired
    MailServers servers;

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void backToTheEnvironment() {
        jdbc.sql("delete from mail_settings").update();
    }

    @Test
    void savedSettingsWinOverTheEnvironmentUntilReverted() {
        Actor admin = data.admin();
        assertThat(settings.source()).isEqualTo(MailSettingsSource.ENVIRONMENT);
        assertThat(settings.current(admin).host()).isEqualTo("localhost");
        assertThat(servers.current().orElseThrow().from().toString()).isEqualTo("caseport@localhost");

        settings.save(admin, change(PASSWORD));

        assertThat(settings.source()).isEqualTo(MailSettingsSource.SAVED);
        MailSettingsView saved = settings.current(admin);
        assertThat(saved.sender()).isEqualTo("Harbour Lane <cases@harbourlane.example>");
        assertThat(saved.hasPassword()).isTrue();
        assertThat(saved.passwordReadable()).isTrue();
        assertThat(saved.updatedBy()).isEqualTo(admin.displayName());
        assertThat(servers.current().orElseThrow().from().toString()).isEqualTo("Harbour Lane <cases@harbourlane.example>");

        assertThat(settings.revert(admin)).isTrue();

        assertThat(settings.source()).isEqualTo(MailSettingsSource.ENVIRONMENT);
        assertThat(servers.current().orElseThrow().from().toString()).isEqualTo("caseport@localhost");
        assertThat(settings.revert(admin)).as("nothing left to revert").isFalse();
    }

    @Test
    void theServerIsAskedWithTheSavedCredentials() {
        Actor admin = data.admin();
        settings.save(admin, change("not-the-password"));
        assertThatThrownBy(() -> servers.current().orElseThrow().sender().send(testMessage()))
                .isInstanceOf(MailAuthenticationException.class);

        settings.save(admin, change(PASSWORD));
        servers.current().orElseThrow().sender().send(testMessage());

        assertThat(greenMail.getReceivedMessages()).isNotEmpty();
    }

    @Test
    void theSenderIsKeptWhileTheSettingsStayTheSame() {
        Actor admin = data.admin();
        settings.save(admin, change(PASSWORD));
        MailServer first = servers.current().orElseThrow();

        assertThat(servers.current().orElseThrow().sender()).isSameAs(first.sender());

        settings.save(admin, new MailServerChange("localhost", TestMailServer.PORT, MailSecurity.NONE, LOGIN, "cases@harbourlane.example",
                "", false));
        assertThat(servers.current().orElseThrow().sender()).isNotSameAs(first.sender());
    }

    @Test
    void aPasswordThisInstanceCannotDecryptSendsNothingAndIsReported() {
        Actor admin = data.admin();
        settings.save(admin, change(PASSWORD));
        jdbc.sql("update mail_settings set password_ciphertext = 'v1:0011223344556677:deadbeef'").update();
        long mailId = data.mail(TestData.mailRecipient(), "Waits", "Until the password is entered again.");

        assertThat(servers.current()).isEmpty();
        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(jdbc.sql("select attempts from mail_messages where id = :id").param("id", mailId)
                .query(Integer.class).single()).isZero();
        assertThat(settings.current(admin).passwordReadable()).isFalse();

        settings.save(admin, change(PASSWORD));
        assertThat(servers.current()).isPresent();
    }

    @Test
    void theServiceRefusesWhatTheFormShouldHaveCaught() {
        Actor admin = data.admin();

        assertThatThrownBy(() -> settings.save(admin, new MailServerChange("smtp.example.com:587", 587,
                MailSecurity.STARTTLS, null, "cases@harbourlane.example", null, false)))
                .isInstanceOf(RejectedInputException.class).extracting("field").isEqualTo("host");
        assertThatThrownBy(() -> settings.save(admin, new MailServerChange("smtp.example.com", 70000,
                MailSecurity.STARTTLS, null, "cases@harbourlane.example", null, false)))
                .isInstanceOf(RejectedInputException.class).extracting("field").isEqualTo("port");
        assertThatThrownBy(() -> settings.save(admin, new MailServerChange("smtp.example.com", 587,
                MailSecurity.STARTTLS, null, "a@harbourlane.example, b@harbourlane.example", null, false)))
                .isInstanceOf(RejectedInputException.class).extracting("field").isEqualTo("sender");
        assertThat(settings.source()).isEqualTo(MailSettingsSource.ENVIRONMENT);
    }

    @Test
    void onlyAdminsReadOrChangeTheSettings() {
        Actor investigator = data.investigator();

        assertThatThrownBy(() -> settings.current(investigator)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> settings.save(investigator, change(PASSWORD))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> settings.revert(investigator)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> settings.sendTestMail(investigator)).isInstanceOf(AccessDeniedException.class);
        assertThat(settings.source()).isEqualTo(MailSettingsSource.ENVIRONMENT);
    }

    @Test
    void changesAreAuditedWithoutThePassword() {
        Actor admin = data.admin();

        settings.save(admin, change(PASSWORD));
        settings.save(admin, new MailServerChange("localhost", TestMailServer.PORT, MailSecurity.NONE, LOGIN,
                "cases@harbourlane.example", null, true));
        settings.revert(admin);

        var events = jdbc.sql("""
                        select action, detail from audit_events where actor_id = :admin and target_type = 'MAIL_SETTINGS'
                        order by id""")
                .param("admin", admin.id()).query().listOfRows();
        assertThat(events).extracting(row -> row.get("action"))
                .containsExactly("MAIL_SETTINGS_SAVED", "MAIL_SETTINGS_SAVED", "MAIL_SETTINGS_REVERTED");
        assertThat(events.get(0).get("detail").toString()).contains("localhost:" + TestMailServer.PORT, "password changed")
                .doesNotContain(PASSWORD);
        assertThat(events.get(1).get("detail").toString()).contains("password removed");
    }

    @Test
    void aChangeNeverShowsItsPassword() {
        assertThat(change(PASSWORD).toString()).doesNotContain(PASSWORD).contains("(given)");
    }

    private static MailServerChange change(String password) {
        return new MailServerChange("localhost", TestMailServer.PORT, MailSecurity.NONE, LOGIN,
                "Harbour Lane <cases@harbourlane.example>", password, false);
    }

    private static SimpleMailMessage testMessage() {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom("cases@harbourlane.example");
        message.setTo(TestData.mailRecipient());
        message.setSubject("Credentials check");
        message.setText("Sent with the saved credentials.");
        return message;
    }
}
