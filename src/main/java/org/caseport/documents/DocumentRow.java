package org.caseport.documents;

import java.time.Instant;
import org.caseport.shared.Visibility;

/**
 * A document as a case's document list shows it, with the facts of its current version, its
 * portal downloads (how many, and the latest: by whom, when), the number of comments in its
 * thread, whether the client may propose a revised version, and whether one awaits a decision.
 */
public record DocumentRow(long id, String title, DocumentCategory category, Visibility visibility, int currentVersion,
        String originalFilename, String contentType, long sizeBytes, String sha256, String uploadedBy,
        Instant uploadedAt, long downloadCount, String lastDownloadedBy, Instant lastDownloadedAt,
        long commentCount, boolean clientMayRevise, boolean proposalPending) {

    /** The first twelve hex digits of the fingerprint, enough to tell files apart at a glance. */
    public String shortSha256() {
        return sha256.substring(0, 12);
    }

    /** The size for people: bytes, KB, MB or GB. */
    public String readableSize() {
        return Sizes.readable(sizeBytes);
    }
}
