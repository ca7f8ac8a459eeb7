package org.caseport.subjects;

import java.time.LocalDate;
import org.caseport.shared.Visibility;

/** A subject with everything recorded about it, as its page shows it; multi-value fields hold one entry a line. */
public record SubjectView(long id, SubjectKind kind, String name, String aliases, LocalDate dateOfBirth,
        String identifiers, String addresses, String phones, String vehicles, String notes, Visibility visibility) {
}
