package org.caseport.portal;

import java.time.LocalDate;

/**
 * A shared person or company of interest; the date of birth is null when hidden, and so are the
 * identifiers, addresses, phones and vehicles when the profile hides the subjects' identifiers.
 */
public record PortalSubject(long id, String kind, String name, String aliases, LocalDate dateOfBirth,
        String identifiers, String addresses, String phones, String vehicles, String notes) {

    public boolean isPerson() {
        return "PERSON".equals(kind);
    }
}
