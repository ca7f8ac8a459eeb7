package org.caseport.identity;

/** A staff account as lists and pickers show it. */
public record StaffMember(long id, String displayName, String email, String phone, Role role, boolean enabled) {
}
