package org.caseport.identity;

/** A staff account as lists and pickers show it. */
public record StaffMember(long id, String displayName, String email, String phone, StaffRole role, boolean enabled) {
}
