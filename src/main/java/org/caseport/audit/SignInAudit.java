package org.caseport.audit;

import org.caseport.identity.PasswordResetRequested;
import org.caseport.identity.SignedInActor;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Puts every interactive sign-in, every failed one and every password reset request on the audit log. */
@Component
class SignInAudit {

    private final AuditLog auditLog;

    SignInAudit(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @EventListener
    void on(InteractiveAuthenticationSuccessEvent event) {
        SignedInActor.of(event.getAuthentication()).ifPresent(actor ->
                auditLog.record(actor, AuditAction.SIGN_IN, "ACCOUNT", actor.id(), null));
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        String typed = String.valueOf(event.getAuthentication().getPrincipal());
        auditLog.recordAnonymous(typed, AuditAction.SIGN_IN_FAILED, event.getException().getClass().getSimpleName());
    }

    @EventListener
    void on(PasswordResetRequested event) {
        auditLog.recordAnonymous(event.email(), AuditAction.PASSWORD_RESET_REQUESTED, "account " + event.accountId());
    }
}
