package org.caseport.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * After signing in, staff land in {@code /app} and contacts in {@code /portal} — or on the page
 * they asked for before signing in, when it lies in their own area. The time is recorded.
 */
@Component
class LandingSuccessHandler implements AuthenticationSuccessHandler {

    private final SignInAccounts accounts;
    private final RequestCache requestCache = new HttpSessionRequestCache();

    LandingSuccessHandler(SignInAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        AccountPrincipal principal = (AccountPrincipal) authentication.getPrincipal();
        accounts.recordSignIn(principal.id());
        String area = principal.toActor().isStaff() ? "/app" : "/portal";
        String target = request.getContextPath() + area;
        SavedRequest saved = requestCache.getRequest(request, response);
        if (saved != null) {
            URI asked = URI.create(saved.getRedirectUrl());
            String path = asked.getRawPath();
            if (path != null && (path.equals(request.getContextPath() + area)
                    || path.startsWith(request.getContextPath() + area + "/"))) {
                target = path + (asked.getRawQuery() == null ? "" : "?" + asked.getRawQuery());
            }
            requestCache.removeRequest(request, response);
        }
        response.sendRedirect(target);
    }
}
