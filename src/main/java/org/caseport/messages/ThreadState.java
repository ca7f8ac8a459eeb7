package org.caseport.messages;

import java.time.Instant;

/**
 * Where a case's thread stands for staff: whether a client message waits for an answer (since
 * when), and who last answered it or marked it handled. {@link #EMPTY} for a case with no messages.
 */
public record ThreadState(boolean started, Instant awaitingReplySince, Instant handledAt,
        String handledBy) {

    public static final ThreadState EMPTY = new ThreadState(false, null, null, null);

    public boolean awaitingReply() {
        return awaitingReplySince != null;
    }
}
