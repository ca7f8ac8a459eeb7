package org.caseport.staff.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.caseport.identity.StaffAccountService.StaffAccountDetails;
import org.caseport.identity.StaffMember;
import org.caseport.identity.Role;

/** A staff account as an admin edits it; the password is only asked when creating one. */
record StaffAccountForm(
        @NotBlank(message = "Enter the person's name.") @Size(max = 200) String displayName,
        @NotBlank(message = "Enter an email address.") @Email(message = "Enter a valid email address.") @Size(max = 320) String email,
        @Size(max = 50, message = "Keep the phone number under 50 characters.") String phone,
        @NotNull(message = "Choose a role.") Role role,
        @Size(max = 200) String password) {

    static final int MIN_PASSWORD_LENGTH = 10;

    static StaffAccountForm empty() {
        return new StaffAccountForm("", "", "", Role.INVESTIGATOR, "");
    }

    static StaffAccountForm of(StaffMember member) {
        return new StaffAccountForm(member.displayName(), member.email(), member.phone(), member.role(), "");
    }

    StaffAccountDetails toDetails() {
        return new StaffAccountDetails(email, displayName, phone, role);
    }

    boolean hasAcceptablePassword() {
        return password != null && password.length() >= MIN_PASSWORD_LENGTH;
    }
}
