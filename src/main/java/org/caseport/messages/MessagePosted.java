package org.caseport.messages;

import java.time.LocalDate;

/**
 * A message joined a case's thread, from a contact in the portal or from staff answering. Published
 * inside the posting transaction, so the case's no-charge note commits with the message or not at all.
 */
public record MessagePosted(long caseId, long messageId, LocalDate on, long authorId, String authorName,
        boolean fromClient, String about, String body) {
}
