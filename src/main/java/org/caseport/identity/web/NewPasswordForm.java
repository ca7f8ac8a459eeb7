package org.caseport.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record NewPasswordForm(
        @NotBlank(message = "Choose a password.") @Size(min = 10, max = 200, message = "Use at least 10 characters.") String password,
        @NotBlank(message = "Type the password again.") String confirmation) {

    static NewPasswordForm empty() {
        return new NewPasswordForm("", "");
    }

    boolean matches() {
        return password != null && password.equals(confirmation);
    }
}
