package org.caseport.clients;

/** What staff record about a client. */
public record ClientDetails(ClientKind kind, String name, String email, String phone, String address, String notes) {
}
