package org.caseport.identity;

/** What a staff member may do: an admin everything, an investigator the cases assigned to them. */
public enum StaffRole {
    ADMIN, INVESTIGATOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
