package org.caseport.documents;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.caseport.access.AccessPolicy;
import org.caseport.documents.DocumentStore.FileTooLargeException;
import org.caseport.documents.DocumentStore.StoredFile;
import org.caseport.identity.Actor;
import org.caseport.shared.NotFoundException;
import org.caseport.shared.RejectedInputException;
import org.caseport.shared.Visibility;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

/**
 * Uploading, versioning, sharing and downloading the documents of a case the actor works. A file
 * is checked (type from its content, size while streaming) and in the store before its row is
 * written in the same transaction; if that transaction rolls back, the file is deleted again.
 */
@Service
public class DocumentService {

    private static final int DETECTION_BUFFER = 64 * 1024;

    private final Documents documents;
    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final DocumentStore store;
    private final Clock clock;
    private final long maxBytes;
    private final DocumentShareMails shareMails;

    DocumentService(Documents documents, JdbcClient jdbc, AccessPolicy access, DocumentStore store, Clock clock,
            @Value("${caseport.documents.max-size}") DataSize maxSize, DocumentShareMails shareMails) {
        this.shareMails = shareMails;
        this.documents = documents;
        this.jdbc = jdbc;
        this.access = access;
        this.store = store;
        this.clock = clock;
        this.maxBytes = maxSize.toBytes();
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
        CheckedFile file = storeChecked(content, filename, limit);
        Document document = documents.save(Document.upload(caseId, title, details.category(), details.visibility(),
                actor.id(), Instant.now(clock)));
        insertVersion(document.getId(), 1, file, actor);
        if (document.isShared()) {
            shareMails.announce(caseId, title);
        }
        return new StoredDocument(document.getId(), title, filename);
    }

    /** Adds a new version of the document from {@code content}; the earlier versions stay as they were. */
    @Transactional
    public int addVersion(Actor actor, long caseId, long documentId, String originalFilename, InputStream content) {
        load(actor, caseId, documentId);
        CheckedFile file = storeChecked(content, FileNames.sanitised(originalFilename), maxBytes);
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from document_versions where document_id = :id")
                .param("id", documentId).query(Integer.class).single();
        insertVersion(documentId, version, file, actor);
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

    /** The document's current version, open for reading. */
    @Transactional(readOnly = true)
    public DocumentDownload download(Actor actor, long caseId, long documentId) {
        access.requireCase(actor, caseId);
        CurrentFile current = jdbc.sql("""
                        select v.original_filename, v.content_type, v.size_bytes, v.sha256, v.storage_key
                        from documents d join document_versions v on v.document_id = d.id
                        where d.id = :id and d.case_id = :caseId order by v.version desc limit 1""")
                .param("id", documentId).param("caseId", caseId)
                .query(CurrentFile.class).optional().orElseThrow(() -> new NotFoundException("Document"));
        try {
            return new DocumentDownload(current.originalFilename(), current.contentType(), current.sizeBytes(),
                    current.sha256(), store.open(current.storageKey()));
        } catch (IOException missing) {
            throw new UncheckedIOException("The file of document " + documentId + " cannot be read", missing);
        }
    }

    private record CurrentFile(String originalFilename, String contentType, long sizeBytes, String sha256,
            String storageKey) {
    }

    private Document load(Actor actor, long caseId, long documentId) {
        access.requireCase(actor, caseId);
        return documents.findByIdAndCaseId(documentId, caseId).orElseThrow(() -> new NotFoundException("Document"));
    }

    private record CheckedFile(String filename, String contentType, StoredFile stored) {
    }

    /** Checks the content and puts it in the store, to be deleted again if the transaction rolls back. */
    private CheckedFile storeChecked(InputStream content, String filename, long limit) {
        try {
            InputStream in = new BufferedInputStream(content, DETECTION_BUFFER);
            in.mark(1);
            if (in.read() == -1) {
                throw new RejectedInputException("files", "\"" + filename + "\" is empty.");
            }
            in.reset();
            String type = DocumentTypes.detect(in, filename);
            StoredFile stored = store.put(in, limit);
            deleteOnRollback(stored.key());
            return new CheckedFile(filename, type, stored);
        } catch (FileTooLargeException tooLarge) {
            throw new RejectedInputException("files", "\"" + filename + "\" is larger than the limit of "
                    + Sizes.readable(limit) + ".");
        } catch (IOException failure) {
            throw new UncheckedIOException("Storing \"" + filename + "\" failed", failure);
        }
    }

    private void deleteOnRollback(String key) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_ROLLED_BACK) {
                    try {
                        store.delete(key);
                    } catch (IOException ignored) {
                        // The startup cleanup removes a file no row references.
                    }
                }
            }
        });
    }

    private void insertVersion(long documentId, int version, CheckedFile file, Actor actor) {
        jdbc.sql("""
                        insert into document_versions (document_id, version, original_filename, content_type,
                            size_bytes, sha256, storage_key, uploaded_by, created_at)
                        values (:documentId, :version, :filename, :contentType, :size, :sha256, :key, :by, :now)""")
                .param("documentId", documentId).param("version", version).param("filename", file.filename())
                .param("contentType", file.contentType()).param("size", file.stored().size())
                .param("sha256", file.stored().sha256()).param("key", file.stored().key())
                .param("by", actor.id()).param("now", Timestamp.from(Instant.now(clock)))
                .update();
    }
}
