package org.caseport.documents;

import java.time.LocalDate;

/**
 * A staff member accepted a proposed version (it became the document's current version) or
 * rejected it, with an optional reason the contact sees. Published inside the decision's transaction.
 */
public record DocumentRevisionDecided(long caseId, long documentId, LocalDate on, long staffId, String staffName,
        String documentTitle, int version, String proposedBy, boolean accepted, String reason) {
}
