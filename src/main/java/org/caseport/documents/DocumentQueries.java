package org.caseport.documents;

import java.util.List;
import java.util.function.Consumer;
import org.caseport.access.AccessPolicy;
import org.caseport.identity.Actor;
import org.caseport.shared.NotFoundException;
import org.caseport.shared.PageResult;
import org.caseport.shared.RowStreams;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a case's documents, newest first, a page at a time, each with its current version and its
 * portal downloads; a document's heading, its version chain (contacts' proposals included), and
 * its download log.
 */
@Service
@Transactional(readOnly = true)
public class DocumentQueries {

    /** A document with its current version (never a pending proposal), downloads and collaboration. */
    private static final String ROW_SELECT = """
            select d.id, d.title, d.category, d.visibility, v.version as current_version,
                   v.original_filename, v.content_type, v.size_bytes, v.sha256,
                   u.display_name as uploaded_by, v.created_at as uploaded_at,
                   (select count(*) from document_downloads dd where dd.document_id = d.id) as download_count,
                   last_dl.display_name as last_downloaded_by, last_dl.downloaded_at as last_downloaded_at,
                   (select count(*) from document_comments dc where dc.document_id = d.id) as comment_count,
                   d.client_may_revise,
                   exists (select 1 from document_versions p where p.document_id = d.id
                           and p.proposal_state = 'PENDING') as proposal_pending
            from documents d
            join document_versions v on v.document_id = d.id and v.version = d.current_version
            join user_accounts u on u.id = v.uploaded_by
            left join lateral (select a.display_name, dd.downloaded_at from document_downloads dd
                          join user_accounts a on a.id = dd.account_id where dd.document_id = d.id
                          order by dd.downloaded_at desc, dd.id desc limit 1) last_dl on true""";

    private final JdbcClient jdbc;
    private final AccessPolicy access;

    DocumentQueries(JdbcClient jdbc, AccessPolicy access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    public PageResult<DocumentRow> forCase(Actor actor, long caseId, int page, int size) {
        access.requireCase(actor, caseId);
        long total = jdbc.sql("select count(*) from documents where case_id = :caseId").param("caseId", caseId)
                .query(Long.class).single();
        List<DocumentRow> rows = jdbc.sql(ROW_SELECT + " where d.case_id = :caseId"
                        + " order by d.created_at desc, d.id desc limit :limit offset :offset")
                .param("caseId", caseId)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(DocumentRow.class).list();
        return new PageResult<>(rows, page, size, total);
    }

    /** A document of a case the actor works, as its page heads it. */
    public DocumentDetails details(Actor actor, long caseId, long documentId) {
        access.requireCase(actor, caseId);
        return jdbc.sql("""
                        select d.id, d.title, d.category, d.visibility, d.client_may_revise, d.current_version,
                               u.display_name as created_by, d.created_at
                        from documents d join user_accounts u on u.id = d.created_by
                        where d.id = :id and d.case_id = :caseId""")
                .param("id", documentId).param("caseId", caseId)
                .query(DocumentDetails.class).optional().orElseThrow(() -> new NotFoundException("Document"));
    }

    /** The document's version chain, newest first, contacts' proposals included. */
    public List<VersionRow> versions(Actor actor, long caseId, long documentId) {
        requireDocument(actor, caseId, documentId);
        return jdbc.sql("""
                        select v.id, v.version, v.original_filename, v.content_type, v.size_bytes, v.sha256,
                               u.display_name as uploaded_by, u.role = 'CONTACT' as by_contact,
                               v.created_at as uploaded_at, v.version = d.current_version as current,
                               v.proposal_state, decider.display_name as decided_by, v.decided_at, v.rejection_reason
                        from document_versions v
                        join documents d on d.id = v.document_id
                        join user_accounts u on u.id = v.uploaded_by
                        left join user_accounts decider on decider.id = v.decided_by
                        where v.document_id = :id
                        order by v.version desc""")
                .param("id", documentId).query(VersionRow.class).list();
    }

    /** Every document of the case with its current version, oldest first, one at a time ({@link RowStreams}). */
    public void eachForCase(Actor actor, long caseId, Consumer<DocumentRow> each) {
        access.requireCase(actor, caseId);
        RowStreams.forEach(jdbc.sql(ROW_SELECT + " where d.case_id = :caseId order by d.created_at, d.id")
                .param("caseId", caseId), DocumentRow.class, each);
    }

    /** Who downloaded the case's document in the portal, newest first, a page at a time. */
    public PageResult<DownloadRecord> downloads(Actor actor, long caseId, long documentId, int page, int size) {
        requireDocument(actor, caseId, documentId);
        long total = jdbc.sql("select count(*) from document_downloads where document_id = :id")
                .param("id", documentId).query(Long.class).single();
        List<DownloadRecord> rows = jdbc.sql("""
                        select dd.version, a.display_name as downloaded_by, dd.downloaded_at, dd.source_address
                        from document_downloads dd join user_accounts a on a.id = dd.account_id
                        where dd.document_id = :id
                        order by dd.downloaded_at desc, dd.id desc limit :limit offset :offset""")
                .param("id", documentId).param("limit", size).param("offset", (long) page * size)
                .query(DownloadRecord.class).list();
        return new PageResult<>(rows, page, size, total);
    }

    private void requireDocument(Actor actor, long caseId, long documentId) {
        access.requireCase(actor, caseId);
        boolean exists = jdbc.sql("select exists (select 1 from documents where id = :id and case_id = :caseId)")
                .param("id", documentId).param("caseId", caseId).query(Boolean.class).single();
        if (!exists) {
            throw new NotFoundException("Document");
        }
    }
}
