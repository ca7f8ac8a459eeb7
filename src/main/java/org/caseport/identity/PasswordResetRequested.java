package org.caseport.identity;

/**
 * Someone asked for a password reset link for an existing, enabled account. Listeners in the same
 * transaction mail the link and audit the request; the raw token lives only in this event.
 */
public record PasswordResetRequested(long accountId, String email, String displayName, String token) {
}
