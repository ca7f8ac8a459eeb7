package org.caseport.notifications;

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
 * choice; it goes through the outbox, in the caller's transaction. A recipient whose login is
 * disabled, or gone, is told nothing.
 */
@Service
public class Notices {

    private final MailOutbox outbox;
    private final JdbcClient jdbc;

    Notices(MailOutbox outbox, JdbcClient jdbc) {
        this.outbox = outbox;
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void send(Notice notice) {
        Optional<Recipient> recipient = jdbc.sql(
                        "select email, display_name from user_accounts where id = :id and enabled")
                .param("id", notice.recipientAccountId())
                .query(Recipient.class).optional();
        if (recipient.isEmpty()) {
            return;
        }
        Map<String, Object> model = new HashMap<>(notice.model());
        model.put("recipientName", recipient.get().displayName());
        outbox.queue(new OutgoingMail(recipient.get().email(), notice.subject(), notice.template(), model));
    }

    private record Recipient(String email, String displayName) {
    }
}
