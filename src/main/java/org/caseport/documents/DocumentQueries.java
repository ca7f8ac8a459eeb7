package org.caseport.documents;

import java.util.List;
import org.caseport.access.AccessPolicy;
import org.caseport.identity.Actor;
import org.caseport.shared.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a case's documents, newest first, a page at a time, each with its current version. */
@Service
@Transactional(readOnly = true)
public class DocumentQueries {

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
        List<DocumentRow> rows = jdbc.sql("""
                        select d.id, d.title, d.category, d.visibility, v.version as current_version,
                               v.original_filename, v.content_type, v.size_bytes, v.sha256,
                               u.display_name as uploaded_by, v.created_at as uploaded_at
                        from documents d
                        join lateral (select * from document_versions x where x.document_id = d.id
                                      order by x.version desc limit 1) v on true
                        join user_accounts u on u.id = v.uploaded_by
                        where d.case_id = :caseId
                        order by d.created_at desc, d.id desc limit :limit offset :offset""")
                .param("caseId", caseId)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(DocumentRow.class).list();
        return new PageResult<>(rows, page, size, total);
    }
}
