package org.caseport.documents;

import java.time.LocalDate;

/**
 * A contact uploaded a document to a case in the portal. Published inside the upload's
 * transaction, so whatever records it (the case's no-charge note) commits with the upload or not at all.
 */
public record DocumentUploadedInPortal(long caseId, long documentId, LocalDate on, long accountId,
        String contactName, String filename) {
}
