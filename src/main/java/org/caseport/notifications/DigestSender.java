package org.caseport.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends each person who chose a daily digest one mail a day listing the notices kept for them.
 * From {@code caseport.notices.digest-time} on, in the zone of the application's {@link Clock}, an
 * account with undigested items and no digest yet that day gets one, queued through the outbox in
 * the transaction that marks its items digested and records the day: running again, or on another
 * instance, sends nothing more that day, and an item is never in two digests. Items of an account
 * whose login is disabled when its digest is due are deleted, never mailed, as a notice sent to a
 * disabled login is.
 */
@Component
public class DigestSender {

    private static final Logger log = LoggerFactory.getLogger(DigestSender.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final MailOutbox outbox;
    private final Clock clock;
    private final LocalTime digestTime;

    DigestSender(JdbcClient jdbc, PlatformTransactionManager transactionManager, MailOutbox outbox, Clock clock,
            @Value("${caseport.notices.digest-time}") String digestTime) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.outbox = outbox;
        this.clock = clock;
        this.digestTime = timeOfDay(digestTime);
    }

    private record Recipient(String email, String displayName, String role) {
    }

    private record Item(long id, String summary, String path, OffsetDateTime createdAt) {
    }

    /** One line of a digest, as its templates show it. */
    record Line(String summary, String path, String when) {
    }

    /** The time of day digests go out, in the zone of the application's clock. */
    public LocalTime digestTime() {
        return digestTime;
    }

    /**
     * Queues today's digest of every account that has one due, each in a transaction of its own,
     * and returns how many were queued; before the digest time it does nothing.
     */
    public int sendDue() {
        ZonedDateTime now = ZonedDateTime.now(clock);
        if (now.toLocalTime().isBefore(digestTime)) {
            return 0;
        }
        LocalDate today = now.toLocalDate();
        int queued = 0;
        for (long accountId : accountsDue(today)) {
            try {
                queued += Boolean.TRUE.equals(transactions.execute(status -> sendDigest(accountId, today, status)))
                        ? 1 : 0;
            } catch (RuntimeException failure) {
                // One account's digest that cannot be queued must not hold up the others': it is retried next run.
                log.warn("Daily digest of account {} not queued: {}", accountId, failure.toString());
            }
        }
        if (queued > 0) {
            log.info("Queued {} daily digest(s) for {}", queued, today);
        }
        return queued;
    }

    private List<Long> accountsDue(LocalDate today) {
        return jdbc.sql("""
                        select distinct i.account_id from digest_items i
                        left join notification_preferences p on p.account_id = i.account_id
                        where i.digested_at is null and (p.last_digest_on is null or p.last_digest_on < :today)
                        order by i.account_id""")
                .param("today", today)
                .query(Long.class).list();
    }

    private boolean sendDigest(long accountId, LocalDate today, TransactionStatus status) {
        Optional<Recipient> recipient = jdbc.sql(
                        "select email, display_name, role from user_accounts where id = :id and enabled")
                .param("id", accountId).query(Recipient.class).optional();
        if (recipient.isEmpty()) {
            int dropped = jdbc.sql("delete from digest_items where account_id = :id and digested_at is null")
                    .param("id", accountId).update();
            log.info("Dropped {} digest item(s) of disabled account {}", dropped, accountId);
            return false;
        }
        if (!claimDay(accountId, today)) {
            return false;
        }
        List<Item> items = jdbc.sql("""
                        select id, summary, path, created_at from digest_items
                        where account_id = :id and digested_at is null
                        order by created_at, id for update skip locked""")
                .param("id", accountId).query(Item.class).list();
        if (items.isEmpty()) {
            // Nothing left to send (another run took it): the day stays unclaimed.
            status.setRollbackOnly();
            return false;
        }
        long mailId = outbox.queue(digestMail(recipient.get(), items, today));
        jdbc.sql("update digest_items set digested_at = :now, mail_id = :mailId where id in (:ids)")
                .param("now", Timestamp.from(clock.instant()))
                .param("mailId", mailId)
                .param("ids", items.stream().map(Item::id).toList())
                .update();
        return true;
    }

    /**
     * Records today as the account's digest day unless it already is: the upsert locks the row, so
     * of two runs at once the second waits, then finds the day taken and sends nothing.
     */
    private boolean claimDay(long accountId, LocalDate today) {
        return jdbc.sql("""
                        insert into notification_preferences (account_id, last_digest_on) values (:id, :today)
                        on conflict (account_id) do update set last_digest_on = excluded.last_digest_on
                        where notification_preferences.last_digest_on is null
                           or notification_preferences.last_digest_on < excluded.last_digest_on
                        returning account_id""")
                .param("id", accountId).param("today", today)
                .query(Long.class).optional().isPresent();
    }

    private OutgoingMail digestMail(Recipient recipient, List<Item> items, LocalDate today) {
        List<Line> lines = items.stream()
                .map(item -> new Line(item.summary(), item.path(),
                        WHEN.format(item.createdAt().atZoneSameInstant(clock.getZone()))))
                .toList();
        String settingsPath = "CONTACT".equals(recipient.role()) ? "/portal/account/notifications"
                : "/app/account/notifications";
        String subject = "Your daily digest: " + lines.size() + (lines.size() == 1 ? " update" : " updates");
        return new OutgoingMail(recipient.email(), subject, "notice-digest", Map.of(
                "recipientName", recipient.displayName(), "day", DAY.format(today), "items", lines,
                "settingsPath", settingsPath));
    }

    private static LocalTime timeOfDay(String value) {
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException invalid) {
            throw new IllegalArgumentException("caseport.notices.digest-time is not a time of day (HH:mm): " + value,
                    invalid);
        }
    }
}
