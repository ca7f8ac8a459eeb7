package org.caseport.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.caseport.identity.Actor;
import org.caseport.identity.NotInPortalException;
import org.caseport.identity.PortalPreview;
import org.caseport.shared.NotFoundException;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Lets a controller method take the {@link Actor} it acts for. On portal pages a staff member
 * acts as the contact they preview (and may not be there otherwise).
 */
class ActorArgumentResolver implements HandlerMethodArgumentResolver {

    private final SignInAccounts accounts;

    ActorArgumentResolver(SignInAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(Actor.class);
    }

    @Override
    public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal principal)) {
            throw new InsufficientAuthenticationException("not signed in");
        }
        Actor actor = principal.toActor();
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        if (actor.isStaff() && request != null && request.getRequestURI().startsWith(request.getContextPath() + "/portal")) {
            return previewedContact(request, actor);
        }
        return actor;
    }

    private Actor previewedContact(HttpServletRequest request, Actor staff) {
        Long contactAccountId = PortalPreview.contactAccountId(request.getSession(false));
        if (contactAccountId == null) {
            throw new NotInPortalException();
        }
        return accounts.byId(contactAccountId)
                .filter(account -> account.contactId() != null && account.enabled())
                .map(account -> new AccountPrincipal(account).toActor().previewedBy(staff))
                .orElseThrow(() -> new NotFoundException("Contact"));
    }
}
