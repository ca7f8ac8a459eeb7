package org.caseport.documents;

import java.time.Instant;

/** A shared document as the portal lists it: the facts of its current version, nothing of who uploaded it. */
public record PortalDocumentRow(long id, String title, DocumentCategory category, int currentVersion,
        long sizeBytes, String sha256, Instant uploadedAt) {

    public String readableSize() {
        return Sizes.readable(sizeBytes);
    }
}
