package org.caseport.documents;

import java.time.Instant;

/**
 * A revised version a contact proposed, as the portal shows it: its file's facts, who proposed it
 * and when, and where it stands — with the reason staff gave, if they rejected it with one.
 */
public record ProposalRow(int version, String originalFilename, long sizeBytes, String sha256, String proposedBy,
        Instant proposedAt, ProposalState state, Instant decidedAt, String rejectionReason) {

    public String readableSize() {
        return Sizes.readable(sizeBytes);
    }
}
