package org.caseport.staff.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.caseport.clients.ClientView;
import org.caseport.clients.ContactDetails;

record ContactForm(
        @NotBlank(message = "Enter the contact's name.") @Size(max = 200) String name,
        @NotBlank(message = "Enter the contact's email address.") @Email(message = "Enter a valid email address.") @Size(max = 320) String email,
        @Size(max = 50, message = "Keep the phone number under 50 characters.") String phone,
        @Size(max = 200, message = "Keep the role under 200 characters.") String roleTitle) {

    static ContactForm empty() {
        return new ContactForm("", "", "", "");
    }

    static ContactForm of(ClientView.ContactView contact) {
        return new ContactForm(contact.name(), contact.email(), contact.phone(), contact.roleTitle());
    }

    ContactDetails toDetails() {
        return new ContactDetails(name, email, phone, roleTitle);
    }
}
