package org.caseport.approvals;

import java.util.List;
import org.caseport.access.AccessPolicy;
import org.caseport.access.PortalCase;
import org.caseport.access.PortalSection;
import org.caseport.access.SqlCondition;
import org.caseport.identity.Actor;
import org.caseport.shared.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading approval requests: a case's, for staff who may work it and in the portal where the
 * profile shows approvals, open ones first; and the open ones across a contact's cases, for the
 * portal dashboard.
 */
@Service
public class ApprovalQueries {

    private static final String SELECT = """
            select r.id, r.case_id, c.number as case_number, c.title as case_title, r.title, r.explanation, r.amount,
                   r.due_on, r.status, u.display_name as requested_by, r.requested_at, r.decided_by_name,
                   r.decided_at, r.decision_comment
            from approval_requests r
            join cases c on c.id = r.case_id
            join user_accounts u on u.id = r.requested_by
            """;

    private final JdbcClient jdbc;
    private final AccessPolicy access;

    ApprovalQueries(JdbcClient jdbc, AccessPolicy access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public PageResult<ApprovalRow> forCase(Actor staff, long caseId, int page, int size) {
        access.requireCase(staff, caseId);
        return ofCase(caseId, page, size);
    }

    /** The case's requests as the contact sees them; 404 unless the profile shows approvals. */
    @Transactional(readOnly = true)
    public PageResult<ApprovalRow> portalForCase(Actor contact, long caseId, int page, int size) {
        PortalCase portalCase = access.requirePortalSection(contact, caseId, PortalSection.APPROVALS);
        return ofCase(portalCase.caseId(), page, size);
    }

    /** Open requests on the contact's cases whose profile shows approvals, soonest due first. */
    @Transactional(readOnly = true)
    public List<ApprovalRow> openForContact(Actor contact, int limit) {
        SqlCondition scope = access.portalCaseScope(contact);
        SqlCondition shows = access.portalShowsSection(contact, PortalSection.APPROVALS);
        return jdbc.sql(SELECT + " where r.status = 'OPEN' and " + scope.sql() + " and " + shows.sql()
                        + " order by r.due_on nulls last, r.id limit :limit")
                .params(scope.params()).params(shows.params()).param("limit", limit)
                .query(ApprovalRow.class).list();
    }

    private PageResult<ApprovalRow> ofCase(long caseId, int page, int size) {
        long total = jdbc.sql("select count(*) from approval_requests where case_id = :caseId")
                .param("caseId", caseId).query(Long.class).single();
        List<ApprovalRow> rows = jdbc.sql(SELECT + """
                         where r.case_id = :caseId
                        order by (r.status = 'OPEN') desc, r.requested_at desc, r.id desc limit :limit offset :offset""")
                .param("caseId", caseId).param("limit", size).param("offset", (long) page * size)
                .query(ApprovalRow.class).list();
        return new PageResult<>(rows, page, size, total);
    }
}
