package org.caseport.messages;

import java.time.Instant;

/** One message of a thread, as written: the text is shown escaped, never interpreted. */
public record MessageRow(long id, String authorName, boolean fromClient, String about, String body,
        Instant createdAt) {
}
