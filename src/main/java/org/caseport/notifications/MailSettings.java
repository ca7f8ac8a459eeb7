package org.caseport.notifications;

import jakarta.mail.internet.InternetAddress;
import java.util.Map;
import java.util.Optional;
import org.caseport.audit.AuditAction;
import org.caseport.audit.AuditLog;
import org.caseport.identity.Actor;
import org.caseport.identity.StaffAccountService;
import org.caseport.shared.RejectedInputException;
import org.caseport.shared.secrets.SecretCipher;
import org.caseport.shared.secrets.UnreadableSecretException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The mail server mail goes out through: the one an admin saved on the Mail settings page, else the
 * {@code spring.mail.*} environment ({@code SPRING_MAIL_HOST} …), else none, and mails wait in the
 * outbox. A saved password is stored encrypted ({@link SecretCipher}) and is never shown, returned
 * or logged. Only admins read or change the settings; saving and reverting are audited.
 */
@Service
public class MailSettings {

    /** A host name, an IPv4 or an IPv6 address; also the empty text, which is left to a required-check. */
    public static final String HOST_PATTERN = "|[A-Za-z0-9]([A-Za-z0-9.-]{0,253}[A-Za-z0-9])?|[0-9A-Fa-f.]*:[0-9A-Fa-f:.]*";
    static final String TEST_MAIL_TEMPLATE = "mail-settings-test";
    private static final String AUDIT_TARGET = "MAIL_SETTINGS";
    private static final long ROW_ID = 1;

    private final JdbcClient jdbc;
    private final SecretCipher cipher;
    private final AuditLog auditLog;
    private final StaffAccountService staffAccounts;
    private final MailOutbox outbox;
    private final ObjectProvider<MailProperties> environment;
    private final InternetAddress environmentSender;

    MailSettings(JdbcClient jdbc, SecretCipher cipher, AuditLog auditLog, StaffAccountService staffAccounts,
            MailOutbox outbox, ObjectProvider<MailProperties> environment,
            @Value("${caseport.mail.from}") String environmentSender) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.auditLog = auditLog;
        this.staffAccounts = staffAccounts;
        this.outbox = outbox;
        this.environment = environment;
        this.environmentSender = MailboxAddressValidator.parse(environmentSender).orElseThrow(() ->
                new IllegalArgumentException("caseport.mail.from is not a mail address: " + environmentSender));
    }

    /** Where the settings in effect come from; anything but NONE means mail is sent. */
    @Transactional(readOnly = true)
    public MailSettingsSource source() {
        if (savedRow().isPresent()) {
            return MailSettingsSource.SAVED;
        }
        return environmentSettings().isPresent() ? MailSettingsSource.ENVIRONMENT : MailSettingsSource.NONE;
    }

    @Transactional(readOnly = true)
    public MailSettingsView current(Actor actor) {
        requireAdmin(actor);
        Optional<MailSettingsRow> saved = savedRow();
        if (saved.isPresent()) {
            MailSettingsRow row = saved.get();
            boolean hasPassword = row.passwordCiphertext() != null;
            return new MailSettingsView(MailSettingsSource.SAVED, row.host(), row.port(), row.security(), row.username(),
                    hasPassword, !hasPassword || isReadable(row), row.sender(), row.updatedAt(), row.updatedBy());
        }
        String sender = environmentSender.toUnicodeString();
        return environmentSettings()
                .map(mail -> new MailSettingsView(MailSettingsSource.ENVIRONMENT, mail.getHost(), mail.getPort(),
                        environmentSecurity(mail), mail.getUsername(), StringUtils.hasLength(mail.getPassword()), true,
                        sender, null, null))
                .orElseGet(() -> new MailSettingsView(MailSettingsSource.NONE, null, null, null, null, false, false,
                        sender, null, null));
    }

    /**
     * Saves the settings, which then win over the environment; the dispatcher uses them on its next
     * run. Refuses (naming the field) a value the form should have caught already.
     */
    @Transactional
    public void save(Actor actor, MailServerChange change) {
        requireAdmin(actor);
        String host = requireHost(change.host());
        if (change.port() < 1 || change.port() > 65535) {
            throw new RejectedInputException("port", "Enter a port from 1 to 65535.");
        }
        if (change.security() == null) {
            throw new RejectedInputException("security", "Choose how the connection is protected.");
        }
        String username = StringUtils.hasText(change.username()) ? change.username().strip() : null;
        if (username != null && username.chars().anyMatch(Character::isISOControl)) {
            throw new RejectedInputException("username", "The user name cannot hold control characters.");
        }
        String sender = MailboxAddressValidator.parse(change.sender())
                .orElseThrow(() -> new RejectedInputException("sender", MailboxAddressValidator.INVALID))
                .toUnicodeString();
        boolean keepPassword = !change.removePassword() && !change.changesPassword();
        jdbc.sql("""
                        insert into mail_settings as m (id, host, port, security, username, password_ciphertext, sender,
                                                        updated_at, updated_by)
                        values (:id, :host, :port, :security, :username, :password, :sender, now(), :updatedBy)
                        on conflict (id) do update set host = excluded.host, port = excluded.port,
                            security = excluded.security, username = excluded.username,
                            password_ciphertext = case when :keepPassword then m.password_ciphertext
                                                       else excluded.password_ciphertext end,
                            sender = excluded.sender, updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
                .param("id", ROW_ID)
                .param("host", host)
                .param("port", change.port())
                .param("security", change.security().name())
                .param("username", username)
                .param("password", change.changesPassword() && !change.removePassword()
                        ? cipher.encrypt(change.newPassword()) : null)
                .param("sender", sender)
                .param("updatedBy", actor.id())
                .param("keepPassword", keepPassword)
                .update();
        String password = change.removePassword() ? "removed" : change.changesPassword() ? "changed" : "unchanged";
        auditLog.record(actor, AuditAction.MAIL_SETTINGS_SAVED, AUDIT_TARGET, ROW_ID, host + ":" + change.port() + " "
                + change.security().label() + ", user " + (username == null ? "none" : username) + ", sender "
                + sender + ", password " + password);
    }

    /** Deletes the saved settings, so the environment's apply again (or none); false if none were saved. */
    @Transactional
    public boolean revert(Actor actor) {
        requireAdmin(actor);
        boolean deleted = jdbc.sql("delete from mail_settings").update() > 0;
        if (deleted) {
            auditLog.record(actor, AuditAction.MAIL_SETTINGS_REVERTED, AUDIT_TARGET, ROW_ID,
                    environmentSettings().map(mail -> "back to the environment's " + mail.getHost())
                            .orElse("no mail server configured"));
        }
        return deleted;
    }

    /**
     * Queues a test mail to the admin's own address, through the outbox like any other mail, and
     * returns that address; the mail log shows whether the server took it.
     */
    @Transactional
    public String sendTestMail(Actor actor) {
        requireAdmin(actor);
        String email = staffAccounts.get(actor, actor.id()).email();
        outbox.queue(new OutgoingMail(email, "Test mail from Caseport", TEST_MAIL_TEMPLATE,
                Map.of("adminName", actor.displayName())));
        return email;
    }

    Optional<MailSettingsRow> savedRow() {
        return jdbc.sql("""
                        select m.host, m.port, m.security, m.username, m.password_ciphertext, m.sender, m.updated_at,
                               u.display_name as updated_by
                        from mail_settings m left join user_accounts u on u.id = m.updated_by""")
                .query(MailSettingsRow.class).optional();
    }

    /** The saved password in plain text, null if none is saved; fails if this instance's key cannot decrypt it. */
    String passwordOf(MailSettingsRow row) {
        return row.passwordCiphertext() == null ? null : cipher.decrypt(row.passwordCiphertext());
    }

    InternetAddress environmentSender() {
        return environmentSender;
    }

    private boolean isReadable(MailSettingsRow row) {
        try {
            passwordOf(row);
            return true;
        } catch (UnreadableSecretException unreadable) {
            return false;
        }
    }

    private Optional<MailProperties> environmentSettings() {
        return Optional.ofNullable(environment.getIfAvailable()).filter(mail -> StringUtils.hasText(mail.getHost()));
    }

    /** What the {@code spring.mail.*} properties amount to, in the terms of the settings page. */
    private static MailSecurity environmentSecurity(MailProperties mail) {
        String protocol = mail.getProtocol() == null ? "smtp" : mail.getProtocol();
        Map<String, String> properties = mail.getProperties();
        if ("smtps".equals(protocol) || mail.getSsl().isEnabled()
                || "true".equalsIgnoreCase(properties.get("mail." + protocol + ".ssl.enable"))) {
            return MailSecurity.SSL_TLS;
        }
        return "true".equalsIgnoreCase(properties.get("mail." + protocol + ".starttls.enable"))
                ? MailSecurity.STARTTLS : MailSecurity.NONE;
    }

    private static String requireHost(String host) {
        String stripped = host == null ? "" : host.strip();
        if (stripped.isEmpty() || stripped.length() > 255 || !stripped.matches(HOST_PATTERN)) {
            throw new RejectedInputException("host", "Enter a host name such as smtp.example.com, or an IP address.");
        }
        return stripped;
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw new AccessDeniedException("admin only");
        }
    }
}
