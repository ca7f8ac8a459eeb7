package org.caseport.notifications;

import java.util.Map;
import org.caseport.identity.PasswordResetRequested;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Mails the link of a password reset, in the transaction that issued it. */
@Component
class PasswordResetMails {

    private final MailOutbox outbox;

    PasswordResetMails(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @EventListener
    void on(PasswordResetRequested event) {
        outbox.queue(new OutgoingMail(event.email(), "Choose a new password", "password-reset",
                Map.of("resetPath", "/reset-password?token=" + event.token())));
    }
}
