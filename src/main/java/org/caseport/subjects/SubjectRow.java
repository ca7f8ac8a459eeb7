package org.caseport.subjects;

import java.time.LocalDate;
import org.caseport.shared.Visibility;

/** A subject as the case's subject list shows it. */
public record SubjectRow(long id, SubjectKind kind, String name, String aliases, LocalDate dateOfBirth,
        Visibility visibility) {

    /** The aliases on one line, comma-separated, for a table cell; null when there are none. */
    public String aliasesInline() {
        return aliases == null ? null : aliases.replace("\n", ", ");
    }
}
