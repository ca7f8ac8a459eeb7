package org.caseport.documents;

import java.time.LocalDate;

/**
 * Someone commented on a shared document: a staff member ({@code byStaff}) or a client's contact.
 * Published inside the comment's transaction, so what records it (the case's no-charge note)
 * commits with the comment or not at all. {@code anchor} is "p. 3" or "at 1:02:03", or null.
 */
public record DocumentCommented(long caseId, long documentId, LocalDate on, long authorId, String authorName,
        boolean byStaff, String documentTitle, String anchor) {
}
