package org.caseport.renewals;

/**
 * The renewal can no longer be instructed, edited or cancelled: someone instructed it first, its
 * date passed, staff changed or cancelled it, or it was already applied. The message says which,
 * for the person to read.
 */
public class RenewalRefusedException extends RuntimeException {

    public RenewalRefusedException(String message) {
        super(message);
    }
}
