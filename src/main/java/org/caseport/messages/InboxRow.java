package org.caseport.messages;

import java.time.Instant;

/** A case whose client waits for an answer, with the latest message from the client. */
public record InboxRow(long caseId, String caseNumber, String caseTitle, String clientName,
        Instant awaitingReplySince, String authorName, String about, String body, Instant sentAt) {
}
