package org.caseport.staff.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.caseport.shared.Visibility;
import org.caseport.subjects.SubjectDetails;
import org.caseport.subjects.SubjectKind;
import org.caseport.subjects.SubjectView;

/** A subject as staff type it: a person by default, internal by default, lists one entry a line. */
record SubjectForm(
        @NotNull(message = "Choose a person or a company.") SubjectKind kind,
        @NotBlank(message = "Enter the name of the person or company.") @Size(max = 200, message = "Keep the name under 200 characters.") String name,
        @Size(max = 2000, message = "Keep the aliases under 2,000 characters.") String aliases,
        LocalDate dateOfBirth,
        @Size(max = 2000, message = "Keep the identifiers under 2,000 characters.") String identifiers,
        @Size(max = 4000, message = "Keep the addresses under 4,000 characters.") String addresses,
        @Size(max = 2000, message = "Keep the phone numbers under 2,000 characters.") String phones,
        @Size(max = 2000, message = "Keep the vehicles under 2,000 characters.") String vehicles,
        @Size(max = 20000, message = "Keep the notes under 20,000 characters.") String notes,
        Visibility visibility) {

    static SubjectForm empty() {
        return new SubjectForm(SubjectKind.PERSON, "", "", null, "", "", "", "", "", Visibility.INTERNAL);
    }

    static SubjectForm of(SubjectView subject) {
        return new SubjectForm(subject.kind(), subject.name(), subject.aliases(), subject.dateOfBirth(),
                subject.identifiers(), subject.addresses(), subject.phones(), subject.vehicles(), subject.notes(),
                subject.visibility());
    }

    SubjectDetails toDetails() {
        return new SubjectDetails(kind, name, aliases, dateOfBirth, identifiers, addresses, phones, vehicles, notes,
                visibility == null ? Visibility.INTERNAL : visibility);
    }
}
