package org.caseport.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record SetupForm(
        @NotBlank(message = "Enter the firm's name.") @Size(max = 200) String firmName,
        @NotBlank(message = "Enter your name.") @Size(max = 200) String displayName,
        @NotBlank(message = "Enter your email address.") @Email(message = "Enter a valid email address.") @Size(max = 320) String email,
        @NotBlank(message = "Choose a password.") @Size(min = 10, max = 200, message = "Use at least 10 characters.") String password) {

    static SetupForm empty() {
        return new SetupForm("", "", "", "");
    }
}
