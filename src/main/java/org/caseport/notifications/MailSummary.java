package org.caseport.notifications;

import java.time.Instant;

/** One line of the mail log. */
public record MailSummary(long id, Instant createdAt, String recipient, String subject, MailStatus status,
        int attempts, String lastError, Instant sentAt) {
}
