package org.caseport.documents;

import java.time.Instant;

/**
 * One version in a document's chain, as staff see it: its file's facts, who uploaded it (a staff
 * member, or a contact proposing it), whether it is the current one, and — for a contact's
 * proposal — where it stands, who decided and why it was rejected.
 */
public record VersionRow(long id, int version, String originalFilename, String contentType, long sizeBytes,
        String sha256, String uploadedBy, boolean byContact, Instant uploadedAt, boolean current,
        ProposalState proposalState, String decidedBy, Instant decidedAt, String rejectionReason) {

    public boolean isPendingProposal() {
        return proposalState == ProposalState.PENDING;
    }

    public String readableSize() {
        return Sizes.readable(sizeBytes);
    }
}
