package org.caseport.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A value of the wrong type answers a plain error page: 404 for an id in the path that is not
 * even a number (it names nothing, like any unknown id), 400 for a malformed parameter.
 */
@ControllerAdvice
class PathVariableAdvice {

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    void malformedArgument(MethodArgumentTypeMismatchException mismatch, HttpServletResponse response)
            throws IOException {
        boolean inPath = mismatch.getParameter().hasParameterAnnotation(PathVariable.class);
        response.sendError(inPath ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_BAD_REQUEST);
    }
}
