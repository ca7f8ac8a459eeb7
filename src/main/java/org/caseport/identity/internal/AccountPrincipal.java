package org.caseport.identity.internal;

import java.util.Collection;
import java.util.List;
import org.caseport.identity.Actor;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The security principal of a signed-in account. An account without a password yet (a contact
 * who has not accepted the invitation) gets a hash nothing matches, so it cannot sign in and the
 * failure looks like any other.
 */
public final class AccountPrincipal implements UserDetails, CredentialsContainer {

    private static final String MATCHES_NOTHING =
            "{bcrypt}$2a$10$Ud6wG1cFF3DqCx2KdvDkmOV8Vq2cQ5CnBsxYy0Jvh0h3xM6oUZ1G.";

    private final SignInAccount account;
    private String passwordHash;

    AccountPrincipal(SignInAccount account) {
        this.account = account;
        this.passwordHash = account.passwordHash() == null ? MATCHES_NOTHING : account.passwordHash();
    }

    public Actor toActor() {
        return new Actor(account.id(), account.displayName(), account.role(), account.contactId(),
                account.clientId(), null);
    }

    long id() {
        return account.id();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(account.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return account.email();
    }

    @Override
    public boolean isEnabled() {
        return account.enabled();
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
