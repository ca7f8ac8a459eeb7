package org.caseport.identity;

/** Another account already signs in with this email. */
public class DuplicateEmailException extends RuntimeException {

    public DuplicateEmailException() {
        super("email already in use");
    }
}
