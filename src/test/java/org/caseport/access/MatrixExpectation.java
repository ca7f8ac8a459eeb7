package org.caseport.access;

import java.util.function.Predicate;
import org.caseport.support.Routes.Route;

/**
 * What the matrix's rules expect of an answer, and whether that means the actor reached what the
 * request addresses (a refusal, a 404 or a redirect to sign in does not).
 */
record MatrixExpectation(String description, boolean reaches, Predicate<MatrixAnswer> test) {

    static MatrixExpectation status(int status) {
        return new MatrixExpectation(String.valueOf(status), status == 200, answer -> answer.status() == status);
    }

    static MatrixExpectation redirect(String url) {
        return new MatrixExpectation("302 " + url, false,
                answer -> answer.status() == 302 && url.equals(answer.redirectedUrl()));
    }

    /** A GET answers (2xx, or a redirect elsewhere than sign-in); a POST did its work and redirects. */
    static MatrixExpectation answered(Route route) {
        return route.isGet()
                ? new MatrixExpectation("2xx/3xx", true,
                        answer -> answer.isSuccessful() || answer.isRedirectPastSignIn())
                : new MatrixExpectation("3xx", true, MatrixAnswer::isRedirectPastSignIn);
    }

    /** A public route: not refused, not signed out, no server error. */
    static MatrixExpectation notRefused() {
        return new MatrixExpectation("not refused", true, answer -> answer.status() != 401 && answer.status() != 403
                && answer.status() < 500 && !"/login?disabled".equals(answer.redirectedUrl()));
    }
}
