package org.caseport.documents;

import java.time.Instant;

/**
 * A shared document as its page in the portal shows it: the facts of its current version (the one
 * a download serves) and whether the firm invites a revised version from the client.
 */
public record PortalDocumentDetails(long id, String title, DocumentCategory category, int currentVersion,
        String originalFilename, long sizeBytes, String sha256, Instant uploadedAt, boolean clientMayRevise) {

    public String readableSize() {
        return Sizes.readable(sizeBytes);
    }
}
