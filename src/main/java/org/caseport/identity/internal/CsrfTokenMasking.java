package org.caseport.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Spring Security's masking of the CSRF token (each page's forms carry it masked afresh, against
 * BREACH), with two changes:
 * <ul>
 * <li>the random bytes come from a generator per request thread ({@link PerThreadSecureRandom})
 *     instead of one that every page queues on;</li>
 * <li>a submitted token that unmasks to no text at all (altered by hand) is treated as missing, so
 *     the request is refused with 403 like any other bad token, instead of failing with 500.</li>
 * </ul>
 */
final class CsrfTokenMasking implements CsrfTokenRequestHandler {

    private final XorCsrfTokenRequestAttributeHandler masking = new XorCsrfTokenRequestAttributeHandler();

    CsrfTokenMasking() {
        masking.setSecureRandom(new PerThreadSecureRandom());
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
        masking.handle(request, response, token);
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
        try {
            return masking.resolveCsrfTokenValue(request, token);
        } catch (IllegalArgumentException undecodable) {
            return null;
        }
    }
}
