package org.caseport.cases;

/** A status change the workflow does not allow, such as reopening a case straight to OPEN. */
public class IllegalStatusTransitionException extends RuntimeException {

    public IllegalStatusTransitionException(CaseStatus from, CaseStatus to) {
        super("A case cannot move from " + from.label() + " to " + to.label() + ".");
    }
}
