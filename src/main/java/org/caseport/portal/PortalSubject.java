package org.caseport.portal;

import java.time.LocalDate;

/** A shared person or company of interest; date of birth and identifiers are null when hidden. */
public record PortalSubject(long id, String kind, String name, String aliases, LocalDate dateOfBirth,
        String identifiers, String addresses, String phones, String vehicles, String notes) {

    public boolean isPerson() {
        return "PERSON".equals(kind);
    }
}
