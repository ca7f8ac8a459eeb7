package org.caseport.identity.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads staff and contact accounts alike: there is one sign-in page for everyone. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final SignInAccounts accounts;

    AccountUserDetailsService(SignInAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return accounts.byEmail(email.trim())
                .map(AccountPrincipal::new)
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }
}
