package org.caseport.subjects;

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

/** Reads a case's subjects, by name, a page at a time, and one subject whole. */
@Service
@Transactional(readOnly = true)
public class SubjectQueries {

    private static final String FULL_SELECT = """
            select s.id, s.kind, s.name, s.aliases, s.date_of_birth, s.identifiers, s.addresses, s.phones,
                   s.vehicles, s.notes, s.visibility
            from subjects s""";

    private final JdbcClient jdbc;
    private final AccessPolicy access;

    SubjectQueries(JdbcClient jdbc, AccessPolicy access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    public PageResult<SubjectRow> forCase(Actor actor, long caseId, int page, int size) {
        access.requireCase(actor, caseId);
        long total = jdbc.sql("select count(*) from subjects where case_id = :caseId").param("caseId", caseId)
                .query(Long.class).single();
        List<SubjectRow> rows = jdbc.sql("""
                        select s.id, s.kind, s.name, s.aliases, s.date_of_birth, s.visibility from subjects s
                        where s.case_id = :caseId order by lower(s.name), s.id limit :limit offset :offset""")
                .param("caseId", caseId)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(SubjectRow.class).list();
        return new PageResult<>(rows, page, size, total);
    }

    public SubjectView get(Actor actor, long caseId, long subjectId) {
        access.requireCase(actor, caseId);
        return jdbc.sql(FULL_SELECT + " where s.case_id = :caseId and s.id = :id")
                .param("caseId", caseId).param("id", subjectId)
                .query(SubjectView.class).optional()
                .orElseThrow(() -> new NotFoundException("Subject"));
    }

    /** Every subject of the case with everything recorded about it, by name, one at a time ({@link RowStreams}). */
    public void eachForCase(Actor actor, long caseId, Consumer<SubjectView> each) {
        access.requireCase(actor, caseId);
        RowStreams.forEach(jdbc.sql(FULL_SELECT + " where s.case_id = :caseId order by lower(s.name), s.id")
                .param("caseId", caseId), SubjectView.class, each);
    }
}
