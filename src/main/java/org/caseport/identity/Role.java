package org.caseport.identity;

/**
 * What a signed-in person is: an admin (everything), an investigator (the cases assigned to
 * them) or a client's contact (the portal, for the cases granted to them).
 */
public enum Role {
    ADMIN, INVESTIGATOR, CONTACT;

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean isStaff() {
        return this != CONTACT;
    }
}
