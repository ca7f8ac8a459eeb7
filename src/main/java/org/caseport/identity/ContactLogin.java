package org.caseport.identity;

import java.time.Instant;

/** The state of a contact's portal login, as staff see it. */
public record ContactLogin(long accountId, boolean enabled, boolean hasPassword, Instant lastSignInAt) {

    /** Invited (the login exists) but the contact has not chosen a password yet. */
    public boolean isPending() {
        return !hasPassword;
    }
}
