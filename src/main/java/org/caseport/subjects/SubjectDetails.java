package org.caseport.subjects;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.caseport.shared.Visibility;

/**
 * What staff record about a subject. Aliases, identifiers, addresses, phones and vehicles are
 * free text, one entry per line; a date of birth belongs to a person only.
 */
public record SubjectDetails(SubjectKind kind, String name, String aliases, LocalDate dateOfBirth, String identifiers,
        String addresses, String phones, String vehicles, String notes, Visibility visibility) {

    /**
     * The same details as stored: text trimmed, blank lines and empty fields dropped, no date of
     * birth for a company, and internal unless sharing was chosen.
     */
    SubjectDetails tidied() {
        return new SubjectDetails(kind, name.trim(), lines(aliases),
                kind == SubjectKind.PERSON ? dateOfBirth : null, lines(identifiers), lines(addresses),
                lines(phones), lines(vehicles), text(notes), visibility == null ? Visibility.INTERNAL : visibility);
    }

    private static String lines(String text) {
        if (text == null) {
            return null;
        }
        String joined = Arrays.stream(text.split("\\R")).map(String::trim).filter(line -> !line.isEmpty())
                .collect(Collectors.joining("\n"));
        return joined.isEmpty() ? null : joined;
    }

    private static String text(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
