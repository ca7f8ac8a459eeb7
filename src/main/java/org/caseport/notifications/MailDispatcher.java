package org.caseport.notifications;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.caseport.notifications.MailServers.MailServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due mails from the outbox over SMTP, through the mail server {@link MailSettings} names at
 * the start of each run; without one it sends nothing and mails wait. A mail that fails is retried
 * with exponential backoff, capped at an hour, until it is sent: none is ever dropped. Several
 * dispatchers (threads or instances) never send the same mail twice.
 */
@Component
public class MailDispatcher {

    private static final int BATCH_SIZE = 10;
    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    private static final Duration LONGEST_RETRY = Duration.ofHours(1);
    private static final int MAX_ERROR_LENGTH = 300;
    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final MailServers servers;
    private final Clock clock;

    MailDispatcher(JdbcClient jdbc, PlatformTransactionManager transactionManager, MailServers servers, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.servers = servers;
        this.clock = clock;
    }

    private record DueMail(long id, String recipient, String subject, String textBody, String htmlBody, int attempts) {
    }

    private record Batch(int claimed, int sent) {
    }

    /**
     * Sends the mails that are due, batch by batch, and returns how many were sent. Each batch is
     * claimed with {@code for update skip locked} and held until its outcome is written, so a
     * concurrent dispatcher skips it. It stops early when a whole batch fails: the server is down.
     * Without a mail server it sends nothing and leaves every mail as it is.
     */
    public int dispatchDue() {
        Optional<MailServer> server = servers.current();
        if (server.isEmpty()) {
            return 0;
        }
        int sent = 0;
        Batch batch;
        do {
            batch = transactions.execute(status -> dispatchBatch(server.get()));
            sent += batch.sent();
        } while (batch.claimed() == BATCH_SIZE && batch.sent() > 0);
        return sent;
    }

    /** How long to wait after the given number of failed attempts: 1, 2, 4 … minutes, at most an hour. */
    static Duration retryDelay(int failedAttempts) {
        Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(failedAttempts - 1, 6));
        return delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay;
    }

    private Batch dispatchBatch(MailServer server) {
        List<DueMail> due = jdbc.sql("""
                        select id, recipient, subject, text_body, html_body, attempts from mail_messages
                        where status = 'PENDING' and next_attempt_at <= :now
                        order by next_attempt_at, id limit :limit for update skip locked""")
                .param("now", now())
                .param("limit", BATCH_SIZE)
                .query(DueMail.class).list();
        int sent = 0;
        for (DueMail mail : due) {
            sent += send(server, mail) ? 1 : 0;
        }
        return new Batch(due.size(), sent);
    }

    private boolean send(MailServer server, DueMail mail) {
        try {
            server.sender().send(toMessage(server, mail));
        } catch (MessagingException | RuntimeException failure) {
            // One mail that cannot be sent must not hold up the others: it is retried later.
            recordFailure(mail, failure);
            return false;
        }
        jdbc.sql("update mail_messages set status = 'SENT', sent_at = :now, attempts = attempts + 1, "
                        + "last_error = null where id = :id")
                .param("now", now()).param("id", mail.id()).update();
        return true;
    }

    private MimeMessage toMessage(MailServer server, DueMail mail) throws MessagingException {
        MimeMessage message = server.sender().createMimeMessage();
        message.setFrom(server.from());
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient(), true));
        message.setSubject(mail.subject(), "UTF-8");
        message.setSentDate(Date.from(clock.instant()));
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(part(mail.textBody(), "plain"));
        alternative.addBodyPart(part(mail.htmlBody(), "html"));
        message.setContent(alternative);
        return message;
    }

    private static MimeBodyPart part(String body, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(body, "UTF-8", subtype);
        return part;
    }

    private void recordFailure(DueMail mail, Exception failure) {
        int attempts = mail.attempts() + 1;
        OffsetDateTime nextAttempt = now().plus(retryDelay(attempts));
        String error = describe(failure);
        jdbc.sql("update mail_messages set attempts = :attempts, last_error = :error, next_attempt_at = :next "
                        + "where id = :id")
                .param("attempts", attempts).param("error", error).param("next", nextAttempt)
                .param("id", mail.id()).update();
        log.warn("Mail {} not sent (attempt {}), retrying at {}: {}", mail.id(), attempts, nextAttempt, error);
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    /** The innermost cause's type and first line: enough to act on, without a stack trace. */
    private static String describe(Throwable failure) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
        String message = cause.getMessage() == null ? "" : cause.getMessage().strip().lines().findFirst().orElse("");
        String error = cause.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
        return error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }
}
