package org.caseport.documents;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import org.caseport.access.AccessPolicy;
import org.caseport.audit.AuditAction;
import org.caseport.audit.AuditLog;
import org.caseport.documents.DocumentVersions.CheckedFile;
import org.caseport.identity.Actor;
import org.caseport.shared.NotFoundException;
import org.caseport.shared.RejectedInputException;
import org.caseport.shared.Visibility;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Uploading, versioning, sharing and downloading the documents of a case the actor works. A file
 * is checked (type from its content, size while streaming) and in the store before its row is
 * written in the same transaction; if that transaction rolls back, the file is deleted again.
 */
@Service
public class DocumentService {

    private final Documents documents;
    private final DocumentVersions versions;
    private final AccessPolicy access;
    private final AuditLog auditLog;
    private final Clock clock;
    private final long maxBytes;
    private final DocumentShareMails shareMails;

    DocumentService(Documents documents, DocumentVersions versions, AccessPolicy access, AuditLog auditLog,
            Clock clock, @Value("${caseport.documents.max-size}") DataSize maxSize, DocumentShareMails shareMails) {
        this.documents = documents;
        this.versions = versions;
        this.access = access;
        this.auditLog = auditLog;
        this.clock = clock;
        this.maxBytes = maxSize.toBytes();
        this.shareMails = shareMails;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Stores a new document of the case from {@code content} (which the caller closes); answers its id. */
    @Transactional
    public long upload(Actor actor, long caseId, NewDocument details, InputStream content) {
        return upload(actor, caseId, details, content, maxBytes);
    }

    @Transactional
    long upload(Actor actor, long caseId, NewDocument details, InputStream content, long limit) {
        access.requireCase(actor, caseId);
        return store(actor, caseId, details, content, limit).id();
    }

    /** What {@link #store} kept: the new document's id, its title and the sanitised file name. */
    record StoredDocument(long id, String title, String filename) {
    }

    /**
     * Checks and stores a new document for an actor whose access the caller has already decided
     * (staff: {@link AccessPolicy#requireCase}; a contact: {@link PortalDocuments#upload}); the
     * same content checks, size limit and streaming store for both.
     */
    @Transactional
    StoredDocument store(Actor actor, long caseId, NewDocument details, InputStream content, long limit) {
        String filename = FileNames.sanitised(details.filename());
        String title = details.title() == null || details.title().isBlank() ? filename : details.title().strip();
        CheckedFile file = versions.check(content, filename, limit);
        Document document = documents.save(Document.upload(caseId, title, details.category(), details.visibility(),
                actor.id(), Instant.now(clock)));
        versions.insert(document.getId(), 1, file, actor.id(), false);
        if (document.isShared()) {
            shareMails.announce(caseId, title);
        }
        return new StoredDocument(document.getId(), title, filename);
    }

    /**
     * Adds a new version of the document from {@code content} and makes it the current one; the
     * earlier versions stay as they were. Refused while a contact's proposal awaits a decision, so
     * the version chain stays in order: staff accept or reject the proposal first.
     */
    @Transactional
    public int addVersion(Actor actor, long caseId, long documentId, String originalFilename, InputStream content) {
        load(actor, caseId, documentId);
        refuseWhileAProposalIsPending(documentId);
        CheckedFile file = versions.check(content, FileNames.sanitised(originalFilename), maxBytes);
        Document document = documents.findLockedByIdAndCaseId(documentId, caseId)
                .orElseThrow(() -> new NotFoundException("Document"));
        refuseWhileAProposalIsPending(documentId);
        int version = versions.next(documentId);
        versions.insert(documentId, version, file, actor.id(), false);
        document.adoptVersion(version);
        documents.save(document);
        return version;
    }

    @Transactional
    public void changeVisibility(Actor actor, long caseId, long documentId, Visibility visibility) {
        Document document = load(actor, caseId, documentId);
        boolean nowShared = document.changeVisibility(visibility);
        documents.save(document);
        if (nowShared) {
            shareMails.announce(caseId, document.getTitle());
        }
    }

    /**
     * Lets the client's contacts propose revised versions of a shared document ("client may
     * revise"), or stops them; audited. An internal document is refused.
     */
    @Transactional
    public void allowClientRevisions(Actor actor, long caseId, long documentId, boolean allowed) {
        Document document = load(actor, caseId, documentId);
        if (document.clientMayRevise() == allowed) {
            return;
        }
        document.allowClientRevisions(allowed);
        documents.save(document);
        auditLog.record(actor, allowed ? AuditAction.CLIENT_REVISIONS_ALLOWED : AuditAction.CLIENT_REVISIONS_CLOSED,
                "DOCUMENT", documentId, document.getTitle());
    }

    /** The document's current version, open for reading. */
    @Transactional(readOnly = true)
    public DocumentDownload download(Actor actor, long caseId, long documentId) {
        access.requireCase(actor, caseId);
        return versions.open(versions.current(caseId, documentId, false)
                .orElseThrow(() -> new NotFoundException("Document")), documentId);
    }

    /** Any version of the document, a contact's proposal included, open for reading. */
    @Transactional(readOnly = true)
    public DocumentDownload downloadVersion(Actor actor, long caseId, long documentId, long versionId) {
        load(actor, caseId, documentId);
        return versions.open(versions.file(documentId, versionId)
                .orElseThrow(() -> new NotFoundException("Document")), documentId);
    }

    private Document load(Actor actor, long caseId, long documentId) {
        access.requireCase(actor, caseId);
        return documents.findByIdAndCaseId(documentId, caseId).orElseThrow(() -> new NotFoundException("Document"));
    }

    private void refuseWhileAProposalIsPending(long documentId) {
        if (versions.hasPendingProposal(documentId)) {
            throw new RejectedInputException("file", "A revised version from the client awaits your decision: "
                    + "accept or reject it before uploading a new version.");
        }
    }
}
