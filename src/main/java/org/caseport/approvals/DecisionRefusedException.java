package org.caseport.approvals;

/**
 * The request can no longer be answered: someone else decided it first, staff withdrew it, or its
 * due date passed. The message says which, for the contact to read.
 */
public class DecisionRefusedException extends RuntimeException {

    public DecisionRefusedException(String message) {
        super(message);
    }
}
