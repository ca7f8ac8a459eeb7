package org.caseport.staff.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.caseport.clients.ClientDetails;
import org.caseport.clients.ClientKind;
import org.caseport.clients.ClientView;

record ClientForm(
        @NotNull(message = "Choose organisation or private person.") ClientKind kind,
        @NotBlank(message = "Enter the client's name.") @Size(max = 200, message = "Keep the name under 200 characters.") String name,
        @Email(message = "Enter a valid email address.") @Size(max = 320) String email,
        @Size(max = 50, message = "Keep the phone number under 50 characters.") String phone,
        @Size(max = 1000, message = "Keep the address under 1,000 characters.") String address,
        @Size(max = 10000, message = "Keep the notes under 10,000 characters.") String notes) {

    static ClientForm empty() {
        return new ClientForm(ClientKind.ORGANISATION, "", "", "", "", "");
    }

    static ClientForm of(ClientView client) {
        return new ClientForm(client.kind(), client.name(), client.email(), client.phone(), client.address(),
                client.notes());
    }

    ClientDetails toDetails() {
        return new ClientDetails(kind, name, email, phone, address, notes);
    }
}
