package org.caseport.clients;

import java.util.Map;
import org.caseport.access.PortalGrants;
import org.caseport.audit.AuditAction;
import org.caseport.audit.AuditLog;
import org.caseport.identity.AccountTokens;
import org.caseport.identity.Actor;
import org.caseport.identity.ContactAccounts;
import org.caseport.identity.ContactLogin;
import org.caseport.identity.DuplicateEmailException;
import org.caseport.identity.FirmSetup;
import org.caseport.identity.TokenPurpose;
import org.caseport.notifications.MailOutbox;
import org.caseport.notifications.OutgoingMail;
import org.caseport.shared.RejectedInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff invite a client's contact to the portal: the contact gets one login (created on the first
 * invitation), access to all the client's cases or to one case, and — until they have chosen a
 * password — an email with a single-use link valid for seven days. All of it commits together.
 */
@Service
public class PortalInvitations {

    private final ClientQueries clients;
    private final ContactAccounts contactAccounts;
    private final PortalGrants grants;
    private final AccountTokens tokens;
    private final MailOutbox mailOutbox;
    private final FirmSetup firmSetup;
    private final AuditLog auditLog;

    PortalInvitations(ClientQueries clients, ContactAccounts contactAccounts, PortalGrants grants,
            AccountTokens tokens, MailOutbox mailOutbox, FirmSetup firmSetup, AuditLog auditLog) {
        this.clients = clients;
        this.contactAccounts = contactAccounts;
        this.grants = grants;
        this.tokens = tokens;
        this.mailOutbox = mailOutbox;
        this.firmSetup = firmSetup;
        this.auditLog = auditLog;
    }

    /**
     * Grants access ({@code caseId} null: every case of the client) and, if the contact has no
     * password yet, emails them an invitation; returns whether an invitation went out.
     */
    @Transactional
    public boolean invite(Actor actor, long clientId, long contactId, Long caseId) {
        requireStaff(actor);
        ClientView.ContactView contact = clients.contact(clientId, contactId);
        long accountId = ensureLogin(contact);
        if (caseId == null) {
            grants.grantAllCases(actor, contactId);
        } else {
            grants.grantCase(actor, contactId, caseId);
        }
        boolean pending = contactAccounts.login(contactId)
                .filter(login -> login.isPending() && login.enabled()).isPresent();
        if (pending) {
            sendInvitation(actor, contact, accountId);
        }
        return pending;
    }

    /** Sends a fresh link to a contact who has not chosen a password yet; older links stop working. */
    @Transactional
    public void resendInvitation(Actor actor, long clientId, long contactId) {
        requireStaff(actor);
        ClientView.ContactView contact = clients.contact(clientId, contactId);
        ContactLogin login = contactAccounts.login(contactId)
                .orElseThrow(() -> new IllegalStateException("This contact has no login yet: grant access first."));
        if (!login.enabled()) {
            throw new IllegalStateException("This contact's login is disabled: enable it first.");
        }
        if (!login.isPending()) {
            throw new IllegalStateException("This contact has already chosen a password.");
        }
        sendInvitation(actor, contact, login.accountId());
    }

    /** Disables a contact's login (signed out on their next request) or enables it again; audited. */
    @Transactional
    public void setLoginEnabled(Actor actor, long clientId, long contactId, boolean enabled) {
        clients.contact(clientId, contactId);
        contactAccounts.setEnabled(actor, contactId, enabled);
        auditLog.record(actor, enabled ? AuditAction.PORTAL_LOGIN_ENABLED : AuditAction.PORTAL_LOGIN_DISABLED,
                "CONTACT", contactId, null);
    }

    private long ensureLogin(ClientView.ContactView contact) {
        try {
            return contactAccounts.ensureAccount(contact.id(), contact.email(), contact.name());
        } catch (DuplicateEmailException taken) {
            throw new RejectedInputException("email",
                    "Another login already uses " + contact.email() + "; give this contact another email first.");
        }
    }

    private void sendInvitation(Actor actor, ClientView.ContactView contact, long accountId) {
        String token = tokens.issue(accountId, TokenPurpose.INVITATION, actor.id());
        mailOutbox.queue(new OutgoingMail(contact.email(), "Your access to " + firmSetup.firmName() + "'s client portal",
                "portal-invitation", Map.of("contactName", contact.name(), "invitedBy", actor.displayName(),
                        "activationPath", "/activate?token=" + token, "validDays", TokenPurpose.INVITATION.lifetime().toDays())));
        auditLog.record(actor, AuditAction.PORTAL_INVITATION, "CONTACT", contact.id(), null);
    }

    private static void requireStaff(Actor actor) {
        if (!actor.isStaff()) {
            throw new AccessDeniedException("staff only");
        }
    }
}
