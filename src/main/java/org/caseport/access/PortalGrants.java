package org.caseport.access;

import java.util.List;
import org.caseport.audit.AuditAction;
import org.caseport.audit.AuditLog;
import org.caseport.identity.Actor;
import org.caseport.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff grant a contact access to all of their client's cases (including future ones) or to one
 * case, and revoke it; revoking takes effect on the contact's very next request.
 */
@Service
public class PortalGrants {

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final AuditLog auditLog;

    PortalGrants(JdbcClient jdbc, AccessPolicy access, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.access = access;
        this.auditLog = auditLog;
    }

    /**
     * Grants access to every case of the contact's client, now and later. Only admins may: it
     * reaches cases an investigator may not work.
     */
    @Transactional
    public void grantAllCases(Actor actor, long contactId) {
        if (!actor.isAdmin()) {
            throw new AccessDeniedException("admins only");
        }
        long clientId = clientOf(contactId);
        if (insert(actor, contactId, clientId, null)) {
            auditLog.record(actor, AuditAction.PORTAL_GRANT, "CONTACT", contactId, "all cases of client " + clientId);
        }
    }

    /** Grants access to one case, which must be a case of the contact's own client the actor may see. */
    @Transactional
    public void grantCase(Actor actor, long contactId, long caseId) {
        requireStaff(actor);
        access.requireCase(actor, caseId);
        long clientId = clientOf(contactId);
        long caseClientId = jdbc.sql("select client_id from cases where id = :caseId").param("caseId", caseId)
                .query(Long.class).single();
        if (caseClientId != clientId) {
            throw new NotFoundException("Case");
        }
        if (insert(actor, contactId, clientId, caseId)) {
            auditLog.record(actor, AuditAction.PORTAL_GRANT, "CONTACT", contactId, "case " + caseId);
        }
    }

    @Transactional
    public void revoke(Actor actor, long contactId, long grantId) {
        requireStaff(actor);
        int revoked = jdbc.sql("""
                        update portal_grants set revoked_at = now(), revoked_by = :actorId
                        where id = :grantId and contact_id = :contactId and revoked_at is null""")
                .param("actorId", actor.id()).param("grantId", grantId).param("contactId", contactId).update();
        if (revoked == 0) {
            throw new NotFoundException("Grant");
        }
        auditLog.record(actor, AuditAction.PORTAL_REVOKE, "CONTACT", contactId, "grant " + grantId);
    }

    @Transactional(readOnly = true)
    public List<PortalGrant> activeGrants(long contactId) {
        return jdbc.sql("""
                        select g.id, g.contact_id, g.case_id, c.number as case_number, c.title as case_title,
                               g.granted_at, u.display_name as granted_by_name
                        from portal_grants g
                        left join cases c on c.id = g.case_id
                        left join user_accounts u on u.id = g.granted_by
                        where g.contact_id = :contactId and g.revoked_at is null
                        order by g.case_id nulls first, c.number""")
                .param("contactId", contactId).query(PortalGrant.class).list();
    }

    /** A contact who can see a case in the portal, and whether through a grant for all the client's cases. */
    public record CaseViewer(long contactId, String name, String email, boolean allCases) {
    }

    /** The contacts with an active grant covering the case, for the staff's view of who sees it. */
    @Transactional(readOnly = true)
    public List<CaseViewer> viewersOf(Actor actor, long caseId) {
        access.requireCase(actor, caseId);
        return jdbc.sql("""
                        select cc.id as contact_id, cc.name, cc.email, bool_or(g.case_id is null) as all_cases
                        from portal_grants g
                        join client_contacts cc on cc.id = g.contact_id
                        join cases c on c.id = :caseId and c.client_id = g.client_id
                        join user_accounts u on u.contact_id = cc.id and u.enabled
                        where g.revoked_at is null and (g.case_id is null or g.case_id = :caseId)
                        group by cc.id, cc.name, cc.email order by lower(cc.name)""")
                .param("caseId", caseId).query(CaseViewer.class).list();
    }

    /** Inserts the grant unless an equal one is active; returns whether it did. */
    private boolean insert(Actor actor, long contactId, long clientId, Long caseId) {
        return jdbc.sql("""
                        insert into portal_grants (contact_id, client_id, case_id, granted_by)
                        values (:contactId, :clientId, :caseId, :actorId)
                        on conflict (contact_id, coalesce(case_id, 0)) where revoked_at is null do nothing""")
                .param("contactId", contactId).param("clientId", clientId).param("caseId", caseId)
                .param("actorId", actor.id()).update() > 0;
    }

    private long clientOf(long contactId) {
        return jdbc.sql("select client_id from client_contacts where id = :contactId").param("contactId", contactId)
                .query(Long.class).optional().orElseThrow(() -> new NotFoundException("Contact"));
    }

    private static void requireStaff(Actor actor) {
        if (!actor.isStaff()) {
            throw new AccessDeniedException("staff only");
        }
    }
}
