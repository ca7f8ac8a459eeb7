package org.caseport.clients;

/** A person at a client the firm deals with. */
public record ContactDetails(String name, String email, String phone, String roleTitle) {
}
