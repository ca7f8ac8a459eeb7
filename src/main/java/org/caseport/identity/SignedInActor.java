package org.caseport.identity;

import java.util.Optional;
import org.caseport.identity.internal.AccountPrincipal;
import org.springframework.security.core.Authentication;

/** The actor behind an authentication, for code that receives one (security events, filters). */
public final class SignedInActor {

    private SignedInActor() {
    }

    public static Optional<Actor> of(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal.toActor());
        }
        return Optional.empty();
    }
}
