package org.caseport.identity.internal;

import org.caseport.identity.Role;

/** What signing in needs to know of an account; a contact's row carries their client. */
record SignInAccount(long id, String email, String displayName, String passwordHash, Role role, boolean enabled,
        Long contactId, Long clientId) {
}
