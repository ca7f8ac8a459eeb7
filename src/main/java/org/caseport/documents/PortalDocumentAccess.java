package org.caseport.documents;

import org.caseport.access.AccessPolicy;
import org.caseport.access.PortalAction;
import org.caseport.access.PortalCase;
import org.caseport.access.PortalSection;
import org.caseport.audit.AuditAction;
import org.caseport.audit.AuditLog;
import org.caseport.identity.Actor;
import org.caseport.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The portal's rule for one document, which everything on it (its page, download, thread and
 * revisions) asks: the case is one the access policy shows the contact, their profile shows
 * documents, and the document is a shared one of that very case. Doing something with it also
 * needs the profile's action, and a change is never made in a staff preview. Anything else answers
 * exactly like a document that does not exist, and the refusal is audited.
 */
@Component
class PortalDocumentAccess {

    private final AccessPolicy access;
    private final AuditLog auditLog;
    private final JdbcClient jdbc;

    PortalDocumentAccess(AccessPolicy access, AuditLog auditLog, JdbcClient jdbc) {
        this.access = access;
        this.auditLog = auditLog;
        this.jdbc = jdbc;
    }

    /** The case, if the contact sees the document on it; otherwise 404. */
    PortalCase requireDocument(Actor actor, long caseId, long documentId) {
        PortalCase portalCase = access.requirePortalSection(actor, caseId, PortalSection.DOCUMENTS);
        boolean shared = jdbc.sql("""
                        select exists (select 1 from documents
                                       where id = :id and case_id = :caseId and visibility = 'CLIENT')""")
                .param("id", documentId).param("caseId", portalCase.caseId()).query(Boolean.class).single();
        if (!shared) {
            throw refused(actor, documentId);
        }
        return portalCase;
    }

    /** The case, if the contact sees the document and the profile allows the action (previews may read); otherwise 404. */
    PortalCase requireAction(Actor actor, long caseId, long documentId, PortalAction action) {
        PortalCase portalCase = requireDocument(actor, caseId, documentId);
        if (!portalCase.profile().allows(action)) {
            throw refused(actor, documentId);
        }
        return portalCase;
    }

    /** Like {@link #requireAction}, for an action that changes something: never in a staff preview. */
    PortalCase requireChange(Actor actor, long caseId, long documentId, PortalAction action) {
        PortalCase portalCase = requireAction(actor, caseId, documentId, action);
        if (actor.isPreview()) {
            throw refused(actor, documentId);
        }
        return portalCase;
    }

    /** Whether the profile lets the contact do something with the case's documents, and this is no preview. */
    boolean mayChange(Actor actor, long caseId, PortalAction action) {
        return !actor.isPreview() && access.requirePortalSection(actor, caseId, PortalSection.DOCUMENTS).profile()
                .allows(action);
    }

    NotFoundException refused(Actor actor, long documentId) {
        auditLog.recordRefusal(actor, AuditAction.ACCESS_DENIED, "DOCUMENT", documentId);
        return new NotFoundException("Document");
    }
}
