package org.caseport.identity;

/** The signed-in person a request acts for; every access decision starts from it. */
public record Actor(long id, String displayName, StaffRole role) {

    public boolean isAdmin() {
        return role == StaffRole.ADMIN;
    }
}
