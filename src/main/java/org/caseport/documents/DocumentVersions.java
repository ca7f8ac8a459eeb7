package org.caseport.documents;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.caseport.documents.DocumentStore.FileTooLargeException;
import org.caseport.documents.DocumentStore.StoredFile;
import org.caseport.shared.RejectedInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The files of documents, whoever sends them: each is checked (type from its content, size while
 * streaming) and in the store before its version row is written, and deleted again if the
 * transaction rolls back. Staff versions and contacts' proposals go through exactly the same steps.
 */
@Component
class DocumentVersions {

    private static final int DETECTION_BUFFER = 64 * 1024;

    private final JdbcClient jdbc;
    private final DocumentStore store;
    private final Clock clock;

    DocumentVersions(JdbcClient jdbc, DocumentStore store, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.clock = clock;
    }

    /** A file that passed the checks and is in the store, under its sanitised name and sniffed type. */
    record CheckedFile(String filename, String contentType, StoredFile stored) {
    }

    /** A stored version's file, to open for a download. */
    record VersionFile(int version, String originalFilename, String contentType, long sizeBytes, String sha256,
            String storageKey) {
    }

    /**
     * Checks {@code content} (which the caller closes) and puts it in the store, to be deleted again
     * if the transaction rolls back; an empty, disallowed or too large file is refused and leaves nothing.
     */
    CheckedFile check(InputStream content, String filename, long limit) {
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

    /** The number the document's next version takes, proposals included. */
    int next(long documentId) {
        return jdbc.sql("select coalesce(max(version), 0) + 1 from document_versions where document_id = :id")
                .param("id", documentId).query(Integer.class).single();
    }

    /** Writes a version row for the checked file; {@code proposal} marks a contact's proposal, PENDING. */
    void insert(long documentId, int version, CheckedFile file, long uploadedBy, boolean proposal) {
        jdbc.sql("""
                        insert into document_versions (document_id, version, original_filename, content_type,
                            size_bytes, sha256, storage_key, uploaded_by, created_at, proposal_state)
                        values (:documentId, :version, :filename, :contentType, :size, :sha256, :key, :by, :now,
                            :state)""")
                .param("documentId", documentId).param("version", version).param("filename", file.filename())
                .param("contentType", file.contentType()).param("size", file.stored().size())
                .param("sha256", file.stored().sha256()).param("key", file.stored().key())
                .param("by", uploadedBy).param("now", Timestamp.from(Instant.now(clock)))
                .param("state", proposal ? ProposalState.PENDING.name() : null)
                .update();
    }

    /** Whether a contact's proposal for the document awaits a decision. */
    boolean hasPendingProposal(long documentId) {
        return jdbc.sql("""
                        select exists (select 1 from document_versions
                                       where document_id = :id and proposal_state = 'PENDING')""")
                .param("id", documentId).query(Boolean.class).single();
    }

    /** The document's current version; empty when there is no such document (of that case). */
    Optional<VersionFile> current(long caseId, long documentId, boolean sharedOnly) {
        return jdbc.sql("""
                        select v.version, v.original_filename, v.content_type, v.size_bytes, v.sha256, v.storage_key
                        from documents d
                        join document_versions v on v.document_id = d.id and v.version = d.current_version
                        where d.id = :id and d.case_id = :caseId and (d.visibility = 'CLIENT' or not :sharedOnly)""")
                .param("id", documentId).param("caseId", caseId).param("sharedOnly", sharedOnly)
                .query(VersionFile.class).optional();
    }

    /** The file of one version (by its row id) of the document, if it is one of the document's. */
    Optional<VersionFile> file(long documentId, long versionId) {
        return jdbc.sql("""
                        select version, original_filename, content_type, size_bytes, sha256, storage_key
                        from document_versions where id = :versionId and document_id = :documentId""")
                .param("versionId", versionId).param("documentId", documentId)
                .query(VersionFile.class).optional();
    }

    /** The version's file, open for reading. */
    DocumentDownload open(VersionFile file, long documentId) {
        try {
            return new DocumentDownload(file.originalFilename(), file.contentType(), file.sizeBytes(), file.sha256(),
                    store.open(file.storageKey()));
        } catch (IOException missing) {
            throw new UncheckedIOException("The file of document " + documentId + " cannot be read", missing);
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
}
