package org.caseport.documents;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.caseport.access.AccessPolicy;
import org.caseport.access.PortalAction;
import org.caseport.access.PortalCase;
import org.caseport.access.PortalSection;
import org.caseport.access.SqlCondition;
import org.caseport.audit.AuditAction;
import org.caseport.audit.AuditLog;
import org.caseport.identity.Actor;
import org.caseport.shared.NotFoundException;
import org.caseport.shared.PageResult;
import org.caseport.shared.RowStreams;
import org.caseport.shared.Visibility;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents a contact sees in the portal: only CLIENT-visible documents of a case the access
 * policy shows them, only where their profile shows documents; downloads only where it allows
 * them. Anything else answers exactly like a document that does not exist. Every download by a
 * contact is logged in {@code document_downloads} and audited; a staff member previewing the
 * portal may download too, which is audited as them and never logged as the contact's download.
 * Where the profile allows {@link PortalAction#UPLOAD}, a contact (never a preview) may send the
 * firm files: INTERNAL documents until staff share them, each noted on the case, mailed to the
 * firm and audited.
 */
@Service
public class PortalDocuments {

    /** A case's shared documents with their current version; nothing about who uploaded them. */
    /** A case's shared documents with their current version (never a pending proposal). */
    private static final String SHARED_DOCUMENTS = """
            select d.id, d.title, d.category, v.version as current_version, v.size_bytes, v.sha256,
                   v.created_at as uploaded_at,
                   (select count(*) from document_comments dc where dc.document_id = d.id) as comment_count
            from documents d
            join document_versions v on v.document_id = d.id and v.version = d.current_version
            where d.case_id = :caseId and d.visibility = 'CLIENT'""";

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final AuditLog auditLog;
    private final PortalDocumentAccess documentAccess;
    private final DocumentVersions versions;
    private final Clock clock;
    private final DocumentService documentService;
    private final PortalUploadMails uploadMails;
    private final ApplicationEventPublisher events;

    PortalDocuments(JdbcClient jdbc, AccessPolicy access, AuditLog auditLog, PortalDocumentAccess documentAccess,
            DocumentVersions versions, Clock clock, DocumentService documentService, PortalUploadMails uploadMails,
            ApplicationEventPublisher events) {
        this.documentService = documentService;
        this.uploadMails = uploadMails;
        this.events = events;
        this.jdbc = jdbc;
        this.access = access;
        this.auditLog = auditLog;
        this.documentAccess = documentAccess;
        this.versions = versions;
        this.clock = clock;
    }

    /** The case's shared documents, newest first, a page at a time; 404 unless the profile shows documents. */
    @Transactional(readOnly = true)
    public PageResult<PortalDocumentRow> list(Actor actor, long caseId, int page, int size) {
        PortalCase portalCase = access.requirePortalSection(actor, caseId, PortalSection.DOCUMENTS);
        long total = jdbc.sql("select count(*) from documents where case_id = :caseId and visibility = 'CLIENT'")
                .param("caseId", portalCase.caseId()).query(Long.class).single();
        List<PortalDocumentRow> rows = jdbc.sql(SHARED_DOCUMENTS
                        + " order by d.created_at desc, d.id desc limit :limit offset :offset")
                .param("caseId", portalCase.caseId())
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(PortalDocumentRow.class).list();
        return new PageResult<>(rows, page, size, total);
    }

    /**
     * The case's shared documents, oldest first, one at a time ({@link RowStreams}), as the documents
     * page lists them; 404 unless the profile shows documents.
     */
    @Transactional(readOnly = true)
    public void eachShared(Actor actor, long caseId, Consumer<PortalDocumentRow> each) {
        PortalCase portalCase = access.requirePortalSection(actor, caseId, PortalSection.DOCUMENTS);
        RowStreams.forEach(jdbc.sql(SHARED_DOCUMENTS + " order by d.created_at, d.id")
                .param("caseId", portalCase.caseId()), PortalDocumentRow.class, each);
    }

    /** Whether the profile that applies lets the contact download this case's shared documents. */
    @Transactional(readOnly = true)
    public boolean mayDownload(Actor actor, long caseId) {
        return access.requirePortalSection(actor, caseId, PortalSection.DOCUMENTS).profile()
                .allows(PortalAction.DOWNLOAD);
    }

    /** A shared document of the case as its page in the portal shows it; 404 like a missing one otherwise. */
    @Transactional(readOnly = true)
    public PortalDocumentDetails document(Actor actor, long caseId, long documentId) {
        PortalCase portalCase = documentAccess.requireDocument(actor, caseId, documentId);
        return jdbc.sql("""
                        select d.id, d.title, d.category, v.version as current_version, v.original_filename,
                               v.size_bytes, v.sha256, v.created_at as uploaded_at, d.client_may_revise
                        from documents d
                        join document_versions v on v.document_id = d.id and v.version = d.current_version
                        where d.id = :id and d.case_id = :caseId and d.visibility = 'CLIENT'""")
                .param("id", documentId).param("caseId", portalCase.caseId())
                .query(PortalDocumentDetails.class).single();
    }

    /**
     * The shared document's current version, open for reading, its download recorded: in the
     * download log (unless a staff member is previewing) and in the audit log. A version a contact
     * proposed is never served here unless staff accepted it, which made it the current one.
     */
    @Transactional
    public DocumentDownload download(Actor actor, long caseId, long documentId, String sourceAddress) {
        PortalCase portalCase = documentAccess.requireAction(actor, caseId, documentId, PortalAction.DOWNLOAD);
        DocumentVersions.VersionFile current = versions.current(portalCase.caseId(), documentId, true)
                .orElseThrow(() -> documentAccess.refused(actor, documentId));
        if (!actor.isPreview()) {
            jdbc.sql("""
                            insert into document_downloads (document_id, version, account_id, downloaded_at, source_address)
                            values (:documentId, :version, :accountId, :now, :address)""")
                    .param("documentId", documentId).param("version", current.version())
                    .param("accountId", actor.id()).param("now", Timestamp.from(Instant.now(clock)))
                    .param("address", sourceAddress)
                    .update();
        }
        auditLog.record(actor, AuditAction.DOCUMENT_DOWNLOAD, "DOCUMENT", documentId,
                "Version " + current.version() + " (" + current.originalFilename() + ")");
        return versions.open(current, documentId);
    }

    /**
     * Whether the contact may upload documents to the case: the profile shows documents and allows
     * {@link PortalAction#UPLOAD}, and this is not a staff member's preview (which is read-only).
     */
    @Transactional(readOnly = true)
    public boolean mayUpload(Actor actor, long caseId) {
        return !actor.isPreview() && access.requirePortalSection(actor, caseId, PortalSection.DOCUMENTS).profile()
                .allows(PortalAction.UPLOAD);
    }

    /**
     * The title of a shared document the contact sees, to name the screen they write to the firm
     * from; empty when they may not see it (not audited: nothing is shown).
     */
    @Transactional(readOnly = true)
    public Optional<String> sharedTitle(Actor actor, long caseId, long documentId) {
        SqlCondition scope = access.portalCaseScope(actor);
        SqlCondition shows = access.portalShowsSection(actor, PortalSection.DOCUMENTS);
        return jdbc.sql("select d.title from documents d join cases c on c.id = d.case_id "
                        + "where d.id = :documentId and d.case_id = :caseId and d.visibility = 'CLIENT' and "
                        + scope.sql() + " and " + shows.sql())
                .param("documentId", documentId).param("caseId", caseId)
                .params(scope.params()).params(shows.params())
                .query(String.class).optional();
    }

    /** The largest file a contact may upload, for people to read ("2 GB"). */
    public String maxUploadSize() {
        return Sizes.readable(documentService.maxBytes());
    }

    /** The case, if the contact may upload to it ({@link #mayUpload}); otherwise 404 like a missing case, audited. */
    @Transactional(readOnly = true)
    public PortalCase requireUpload(Actor actor, long caseId) {
        PortalCase portalCase = access.requirePortalSection(actor, caseId, PortalSection.DOCUMENTS);
        if (actor.isPreview() || !portalCase.profile().allows(PortalAction.UPLOAD)) {
            auditLog.recordRefusal(actor, AuditAction.ACCESS_DENIED, "CASE", caseId);
            throw new NotFoundException("Case");
        }
        return portalCase;
    }

    /**
     * Stores a file the contact sends the firm, with the same checks, size limit and store as a
     * staff upload: an INTERNAL document (category other) uploaded by the contact's account, until
     * staff share it. In the same transaction the case gets a no-charge note (through
     * {@link DocumentUploadedInPortal}), the lead investigator (or the admins) a mail, and the audit
     * log an event. A case, section or action the contact may not use — and any staff preview —
     * answers like a case that does not exist, and stores nothing.
     */
    @Transactional
    public long upload(Actor actor, long caseId, String originalFilename, String title, InputStream content) {
        PortalCase portalCase = requireUpload(actor, caseId);
        DocumentService.StoredDocument stored = documentService.store(actor, portalCase.caseId(),
                new NewDocument(originalFilename, title, DocumentCategory.OTHER, Visibility.INTERNAL), content,
                documentService.maxBytes());
        events.publishEvent(new DocumentUploadedInPortal(portalCase.caseId(), stored.id(), LocalDate.now(clock),
                actor.id(), actor.displayName(), stored.filename()));
        uploadMails.announce(portalCase.caseId(), stored.id(), actor.displayName(), stored.filename());
        auditLog.record(actor, AuditAction.PORTAL_UPLOAD, "DOCUMENT", stored.id(), stored.filename());
        return stored.id();
    }
}
