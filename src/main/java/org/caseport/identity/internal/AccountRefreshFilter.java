package org.caseport.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Re-reads the signed-in account on every request, so that disabling an account or changing its
 * role takes effect on the very next request, open sessions included.
 */
@Component
class AccountRefreshFilter extends OncePerRequestFilter {

    private final SignInAccounts accounts;
    private final SecurityContextLogoutHandler logoutHandler = new SecurityContextLogoutHandler();

    AccountRefreshFilter(SignInAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            Optional<SignInAccount> account = accounts.byId(principal.id()).filter(SignInAccount::enabled);
            if (account.isEmpty()) {
                logoutHandler.logout(request, response, authentication);
                response.sendRedirect(request.getContextPath() + "/login?disabled");
                return;
            }
            AccountPrincipal fresh = new AccountPrincipal(account.get());
            fresh.eraseCredentials();
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return true;
    }
}
