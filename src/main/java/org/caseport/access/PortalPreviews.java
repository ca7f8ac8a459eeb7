package org.caseport.access;

import org.caseport.audit.AuditAction;
import org.caseport.audit.AuditLog;
import org.caseport.identity.Actor;
import org.caseport.identity.ContactAccounts;
import org.caseport.identity.ContactLogin;
import org.caseport.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff preview the portal as a contact: they see what the contact sees, read-only and never
 * beyond the cases they may see themselves. Every preview is on the audit log.
 */
@Service
public class PortalPreviews {

    private final ContactAccounts contactAccounts;
    private final AuditLog auditLog;

    PortalPreviews(ContactAccounts contactAccounts, AuditLog auditLog) {
        this.contactAccounts = contactAccounts;
        this.auditLog = auditLog;
    }

    /** Returns the account the preview acts for; the contact must have an enabled login. */
    @Transactional
    public long start(Actor actor, long contactId) {
        if (!actor.isStaff()) {
            throw new AccessDeniedException("staff only");
        }
        ContactLogin login = contactAccounts.login(contactId).filter(ContactLogin::enabled)
                .orElseThrow(() -> new NotFoundException("Portal login"));
        auditLog.record(actor, AuditAction.PORTAL_PREVIEW, "CONTACT", contactId, null);
        return login.accountId();
    }
}
