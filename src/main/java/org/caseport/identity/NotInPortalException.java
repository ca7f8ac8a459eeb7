package org.caseport.identity;

/** A staff member opened a portal page without previewing a contact: the portal is not theirs. */
public class NotInPortalException extends RuntimeException {

    public NotInPortalException() {
        super("staff see the portal only in a preview");
    }
}
