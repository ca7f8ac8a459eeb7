package org.caseport.portal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Something recently shared on one of the contact's cases: a note (an excerpt of its text), a
 * document (its title) or a change of status (its text, "Active → On hold"). {@code unread} when it
 * was shared after the contact's last visit.
 */
public record PortalActivity(Kind kind, long caseId, String caseNumber, long itemId, Instant sharedAt,
        LocalDate on, String text, boolean unread) {

    public enum Kind {
        NOTE, DOCUMENT, STATUS
    }
}
