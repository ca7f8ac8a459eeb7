package org.caseport.documents;

import java.time.LocalDate;

/**
 * A client's contact proposed a revised version of a shared document in the portal; it awaits a
 * staff decision. Published inside the upload's transaction.
 */
public record DocumentRevisionProposed(long caseId, long documentId, LocalDate on, long accountId,
        String contactName, String documentTitle, int version, String filename) {
}
