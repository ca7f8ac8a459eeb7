package org.caseport.notifications;

import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.caseport.shared.secrets.UnreadableSecretException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The mail server {@link MailSettings} name: the saved settings, through a sender built for them and
 * kept while they stay the same; else the sender Spring Boot configures from {@code spring.mail.*}
 * (which exists only when {@code spring.mail.host} is set); else none.
 */
@Component
class ConfiguredMailServers implements MailServers {

    /** Long enough for a slow server, short enough that a dead one cannot hold the dispatcher. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration READ_WRITE_TIMEOUT = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(ConfiguredMailServers.class);

    private final MailSettings settings;
    private final ObjectProvider<JavaMailSender> environmentSender;
    private volatile Built built;

    /** The server built for one version of the saved settings; empty when its password is unreadable. */
    private record Built(MailSettingsRow row, Optional<MailServer> server) {
    }

    ConfiguredMailServers(MailSettings settings, ObjectProvider<JavaMailSender> environmentSender) {
        this.settings = settings;
        this.environmentSender = environmentSender;
    }

    @Override
    public Optional<MailServer> current() {
        Optional<MailSettingsRow> saved = settings.savedRow();
        if (saved.isEmpty()) {
            return Optional.ofNullable(environmentSender.getIfAvailable())
                    .map(sender -> new MailServer(sender, settings.environmentSender()));
        }
        Built cached = built;
        if (cached == null || !cached.row().equals(saved.get())) {
            cached = new Built(saved.get(), build(saved.get()));
            built = cached;
        }
        return cached.server();
    }

    private Optional<MailServer> build(MailSettingsRow row) {
        String password;
        try {
            password = settings.passwordOf(row);
        } catch (UnreadableSecretException unreadable) {
            log.warn("The saved SMTP password cannot be decrypted with this instance's secret key (did "
                    + "CASEPORT_SECRET_KEY or the key file change?): no mail is sent until an admin enters it again");
            return Optional.empty();
        }
        return MailboxAddressValidator.parse(row.sender())
                .map(from -> new MailServer(senderFor(row.host(), row.port(), row.security(), row.username(), password),
                        from));
    }

    /** A sender for one server, with timeouts, and TLS as {@code security} says: STARTTLS is required, never optional. */
    static JavaMailSenderImpl senderFor(String host, int port, MailSecurity security, String username, String password) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(host);
        sender.setPort(port);
        sender.setDefaultEncoding("UTF-8");
        Properties properties = sender.getJavaMailProperties();
        properties.setProperty("mail.smtp.connectiontimeout", String.valueOf(CONNECT_TIMEOUT.toMillis()));
        properties.setProperty("mail.smtp.timeout", String.valueOf(READ_WRITE_TIMEOUT.toMillis()));
        properties.setProperty("mail.smtp.writetimeout", String.valueOf(READ_WRITE_TIMEOUT.toMillis()));
        if (username != null && password != null) {
            sender.setUsername(username);
            sender.setPassword(password);
            properties.setProperty("mail.smtp.auth", "true");
        }
        switch (security) {
            case STARTTLS -> {
                properties.setProperty("mail.smtp.starttls.enable", "true");
                properties.setProperty("mail.smtp.starttls.required", "true");
                properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
            case SSL_TLS -> {
                properties.setProperty("mail.smtp.ssl.enable", "true");
                properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
            case NONE -> {
            }
        }
        return sender;
    }
}
