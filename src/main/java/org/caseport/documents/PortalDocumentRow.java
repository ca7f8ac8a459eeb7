package org.caseport.documents;

import java.time.Instant;

/**
 * A shared document as the portal lists it: the facts of its current version, nothing of who
 * uploaded it, and how many comments its thread has.
 */
public record PortalDocumentRow(long id, String title, DocumentCategory category, int currentVersion,
        long sizeBytes, String sha256, Instant uploadedAt, long commentCount) {

    public String readableSize() {
        return Sizes.readable(sizeBytes);
    }
}
