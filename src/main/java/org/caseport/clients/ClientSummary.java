package org.caseport.clients;

/** A client as lists and pickers show it. */
public record ClientSummary(long id, ClientKind kind, String name, String email, String phone, long contactCount,
        long openCaseCount) {
}
