package org.caseport.documents;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.caseport.access.AccessPolicy;
import org.caseport.access.PortalAction;
import org.caseport.access.PortalCase;
import org.caseport.audit.AuditAction;
import org.caseport.audit.AuditLog;
import org.caseport.documents.CollaborationNotices.About;
import org.caseport.documents.DocumentVersions.CheckedFile;
import org.caseport.identity.Actor;
import org.caseport.shared.NotFoundException;
import org.caseport.shared.RejectedInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Revised versions the client's contacts propose for a shared document staff marked "client may
 * revise" (an authorisation form to sign, a statement to correct). A proposal's file goes through
 * the same checks and store as any upload and joins the version chain with the next number, as a
 * PENDING proposal: not the current version, so nothing serves it to the portal, until staff
 * accept it (it becomes current) or reject it (with an optional reason the contact sees). One
 * proposal per document awaits a decision at a time. Each proposal and decision is noted on the
 * case and told to the other side.
 */
@Service
public class DocumentRevisions {

    static final int MAX_REASON_LENGTH = 2000;

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final Documents documents;
    private final DocumentVersions versions;
    private final PortalDocumentAccess portalAccess;
    private final DocumentService documentService;
    private final CollaborationNotices notices;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DocumentRevisions(JdbcClient jdbc, AccessPolicy access, Documents documents, DocumentVersions versions,
            PortalDocumentAccess portalAccess, DocumentService documentService, CollaborationNotices notices,
            AuditLog auditLog, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.documents = documents;
        this.versions = versions;
        this.portalAccess = portalAccess;
        this.documentService = documentService;
        this.notices = notices;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /** The proposals on a shared document the portal shows the contact, newest first; 404 otherwise. */
    @Transactional(readOnly = true)
    public List<ProposalRow> portalProposals(Actor actor, long caseId, long documentId) {
        portalAccess.requireDocument(actor, caseId, documentId);
        return jdbc.sql("""
                        select v.version, v.original_filename, v.size_bytes, v.sha256, u.display_name as proposed_by,
                               v.created_at as proposed_at, v.proposal_state as state, v.decided_at, v.rejection_reason
                        from document_versions v join user_accounts u on u.id = v.uploaded_by
                        where v.document_id = :id and v.proposal_state is not null
                        order by v.version desc""")
                .param("id", documentId).query(ProposalRow.class).list();
    }

    /** Whether the contact may propose a revised version of the case's documents: {@link PortalAction#UPLOAD}, no preview. */
    @Transactional(readOnly = true)
    public boolean mayProposeInPortal(Actor actor, long caseId) {
        return portalAccess.mayChange(actor, caseId, PortalAction.UPLOAD);
    }

    /**
     * Stores a contact's revised version of a shared document as a PENDING proposal with the next
     * version number. 404 unless the portal shows them the document and their profile allows
     * uploads (never in a preview); refused, storing nothing, unless staff marked the document
     * "client may revise" and no other proposal awaits a decision.
     */
    @Transactional
    public int propose(Actor actor, long caseId, long documentId, String originalFilename, InputStream content) {
        PortalCase portalCase = portalAccess.requireChange(actor, caseId, documentId, PortalAction.UPLOAD);
        refuseUnlessOpenToRevision(document(portalCase.caseId(), documentId, false));
        String filename = FileNames.sanitised(originalFilename);
        CheckedFile file = versions.check(content, filename, documentService.maxBytes());
        Document document = document(portalCase.caseId(), documentId, true);
        refuseUnlessOpenToRevision(document);
        int version = versions.next(documentId);
        versions.insert(documentId, version, file, actor.id(), true);
        events.publishEvent(new DocumentRevisionProposed(portalCase.caseId(), documentId, LocalDate.now(clock),
                actor.id(), actor.displayName(), document.getTitle(), version, filename));
        notices.revisionProposed(new About(portalCase.caseId(), documentId, document.getTitle()), actor, version,
                filename);
        auditLog.record(actor, AuditAction.PORTAL_UPLOAD, "DOCUMENT", documentId,
                "Revised version " + version + " proposed (" + filename + ")");
        return version;
    }

    /** Accepts a pending proposal: it becomes the document's current version. */
    @Transactional
    public void accept(Actor actor, long caseId, long documentId, long versionId) {
        decide(actor, caseId, documentId, versionId, true, null);
    }

    /** Rejects a pending proposal, with an optional reason (up to 2,000 characters) the contact sees. */
    @Transactional
    public void reject(Actor actor, long caseId, long documentId, long versionId, String reason) {
        String kept = reason == null || reason.isBlank() ? null : reason.strip();
        if (kept != null && kept.codePointCount(0, kept.length()) > MAX_REASON_LENGTH) {
            throw new RejectedInputException("reason", "Keep the reason to 2,000 characters or fewer.");
        }
        decide(actor, caseId, documentId, versionId, false, kept);
    }

    private void decide(Actor actor, long caseId, long documentId, long versionId, boolean accepted, String reason) {
        access.requireCase(actor, caseId);
        Document document = document(caseId, documentId, true);
        Proposal proposal = jdbc.sql("""
                        select v.version, v.proposal_state as state, u.display_name as proposed_by
                        from document_versions v join user_accounts u on u.id = v.uploaded_by
                        where v.id = :versionId and v.document_id = :documentId and v.proposal_state is not null""")
                .param("versionId", versionId).param("documentId", documentId)
                .query(Proposal.class).optional().orElseThrow(() -> new NotFoundException("Proposal"));
        if (proposal.state() != ProposalState.PENDING) {
            throw new CollaborationRefusedException("Version " + proposal.version() + " was already "
                    + (proposal.state() == ProposalState.ACCEPTED ? "accepted." : "rejected."));
        }
        jdbc.sql("""
                        update document_versions set proposal_state = :state, decided_by = :by, decided_at = :now,
                            rejection_reason = :reason
                        where id = :versionId""")
                .param("state", (accepted ? ProposalState.ACCEPTED : ProposalState.REJECTED).name())
                .param("by", actor.id()).param("now", Timestamp.from(Instant.now(clock))).param("reason", reason)
                .param("versionId", versionId).update();
        if (accepted) {
            document.adoptVersion(proposal.version());
            documents.save(document);
        }
        events.publishEvent(new DocumentRevisionDecided(caseId, documentId, LocalDate.now(clock), actor.id(),
                actor.displayName(), document.getTitle(), proposal.version(), proposal.proposedBy(), accepted, reason));
        if (document.isShared()) {
            notices.revisionDecided(new About(caseId, documentId, document.getTitle()), actor, proposal.version(),
                    accepted);
        }
    }

    private record Proposal(int version, ProposalState state, String proposedBy) {
    }

    private Document document(long caseId, long documentId, boolean locked) {
        return (locked ? documents.findLockedByIdAndCaseId(documentId, caseId)
                : documents.findByIdAndCaseId(documentId, caseId)).orElseThrow(() -> new NotFoundException("Document"));
    }

    private void refuseUnlessOpenToRevision(Document document) {
        if (!document.clientMayRevise()) {
            throw new CollaborationRefusedException("The firm has not asked for a revised version of this document.");
        }
        if (versions.hasPendingProposal(document.getId())) {
            throw new CollaborationRefusedException("A revised version of this document is already waiting for the "
                    + "firm's review: you can send another once they have decided on it.");
        }
    }
}
