package org.caseport.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class ConfiguredMailServersTest {

    @Test
    void starttlsIsRequiredNotMerelyTried() {
        Properties properties = sender(MailSecurity.STARTTLS).getJavaMailProperties();

        assertThat(properties).containsEntry("mail.smtp.starttls.enable", "true")
                .containsEntry("mail.smtp.starttls.required", "true")
                .containsEntry("mail.smtp.ssl.checkserveridentity", "true")
                .doesNotContainKey("mail.smtp.ssl.enable");
    }

    @Test
    void sslTlsSpeaksTlsFromTheStart() {
        Properties properties = sender(MailSecurity.SSL_TLS).getJavaMailProperties();

        assertThat(properties).containsEntry("mail.smtp.ssl.enable", "true")
                .containsEntry("mail.smtp.ssl.checkserveridentity", "true")
                .doesNotContainKey("mail.smtp.starttls.enable");
    }

    @Test
    void noneIsPlainSmtp() {
        Properties properties = sender(MailSecurity.NONE).getJavaMailProperties();

        assertThat(properties).doesNotContainKeys("mail.smtp.ssl.enable", "mail.smtp.starttls.enable");
    }

    @Test
    void aDeadServerCannotHoldTheDispatcher() {
        Properties properties = sender(MailSecurity.NONE).getJavaMailProperties();

        assertThat(properties).containsEntry("mail.smtp.connectiontimeout", "10000")
                .containsEntry("mail.smtp.timeout", "30000")
                .containsEntry("mail.smtp.writetimeout", "30000");
    }

    @Test
    void credentialsAreUsedOnlyWithBothUserNameAndPassword() {
        JavaMailSenderImpl withBoth = sender(MailSecurity.STARTTLS);
        JavaMailSenderImpl withoutPassword = ConfiguredMailServers.senderFor("smtp.example.com", 587,
                MailSecurity.STARTTLS, "mailer", null);

        assertThat(withBoth.getUsername()).isEqualTo("mailer");
        assertThat(withBoth.getPassword()).isEqualTo("s3cret");
        assertThat(withBoth.getJavaMailProperties()).containsEntry("mail.smtp.auth", "true");
        assertThat(withoutPassword.getUsername()).isNull();
        assertThat(withoutPassword.getJavaMailProperties()).doesNotContainKey("mail.smtp.auth");
    }

    private static JavaMailSenderImpl sender(MailSecurity security) {
        JavaMailSenderImpl sender = ConfiguredMailServers.senderFor("smtp.example.com", 587, security, "mailer", "s3cret");
        assertThat(sender.getHost()).isEqualTo("smtp.example.com");
        assertThat(sender.getPort()).isEqualTo(587);
        return sender;
    }
}
