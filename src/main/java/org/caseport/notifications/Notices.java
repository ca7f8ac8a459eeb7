package org.caseport.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells people about events on their cases (a message, a reply, a comment). Unlike account mails
 * (invitations, password resets), which always go out at once, a notice follows its recipient's
 * choice: mailed at once through the outbox, or kept for their daily digest ({@link DigestSender}),
 * either way in the caller's transaction. A recipient whose login is disabled, or gone, is told nothing.
 */
@Service
public class Notices {

    private final MailOutbox outbox;
    private final JdbcClient jdbc;
    private final Clock clock;

    Notices(MailOutbox outbox, JdbcClient jdbc, Clock clock) {
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void send(Notice notice) {
        Optional<Recipient> recipient = jdbc.sql("""
                        select u.email, u.display_name, coalesce(p.mode, 'IMMEDIATE') as mode
                        from user_accounts u left join notification_preferences p on p.account_id = u.id
                        where u.id = :id and u.enabled""")
                .param("id", notice.recipientAccountId())
                .query(Recipient.class).optional();
        if (recipient.isEmpty()) {
            return;
        }
        if (recipient.get().mode() == NotificationMode.DAILY_DIGEST) {
            keepForDigest(notice);
            return;
        }
        Map<String, Object> model = new HashMap<>(notice.model());
        model.put("recipientName", recipient.get().displayName());
        outbox.queue(new OutgoingMail(recipient.get().email(), notice.subject(), notice.template(), model));
    }

    private void keepForDigest(Notice notice) {
        jdbc.sql("""
                        insert into digest_items (account_id, summary, path, created_at)
                        values (:accountId, :summary, :path, :now)""")
                .param("accountId", notice.recipientAccountId())
                .param("summary", notice.summary().strip().replaceAll("\\s+", " "))
                .param("path", notice.path())
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    private record Recipient(String email, String displayName, NotificationMode mode) {
    }
}
