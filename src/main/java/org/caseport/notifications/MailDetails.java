package org.caseport.notifications;

import java.time.Instant;

/** A mail as rendered and stored, with its delivery state, for the mail log's detail page. */
public record MailDetails(long id, Instant createdAt, String recipient, String subject, MailStatus status,
        int attempts, String lastError, Instant nextAttemptAt, Instant sentAt, String textBody, String htmlBody) {
}
