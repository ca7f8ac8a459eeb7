package org.caseport.access;

import org.springframework.test.web.servlet.MvcResult;

/** All of an answer that could tell two requests apart: status, redirect, forward, error message and body. */
record MatrixAnswer(int status, String redirectedUrl, String forwardedUrl, String errorMessage, String body) {

    static MatrixAnswer of(MvcResult result) throws Exception {
        var response = result.getResponse();
        return new MatrixAnswer(response.getStatus(), response.getRedirectedUrl(), response.getForwardedUrl(),
                response.getErrorMessage(), response.getContentAsString());
    }

    boolean isSuccessful() {
        return status >= 200 && status < 300;
    }

    boolean isRedirectPastSignIn() {
        return status >= 300 && status < 400 && redirectedUrl != null && !redirectedUrl.startsWith("/login");
    }

    @Override
    public String toString() {
        return status + (redirectedUrl == null ? "" : " → " + redirectedUrl)
                + (errorMessage == null ? "" : " (" + errorMessage + ")");
    }
}
