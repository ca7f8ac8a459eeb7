package org.caseport.subjects;

import java.time.Instant;
import java.time.LocalDate;
import org.caseport.shared.RejectedInputException;
import org.caseport.shared.Visibility;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A person or company of interest on a case, internal until shared. */
@Table("subjects")
class Subject {

    @Id
    private Long id;
    private Long caseId;
    private SubjectKind kind;
    private String name;
    private String aliases;
    private LocalDate dateOfBirth;
    private String identifiers;
    private String addresses;
    private String phones;
    private String vehicles;
    private String notes;
    private Visibility visibility;
    private Instant createdAt;
    @Version
    private Integer version;

    @PersistenceCreator
    Subject(Long id, Long caseId, SubjectKind kind, String name, String aliases, LocalDate dateOfBirth,
            String identifiers, String addresses, String phones, String vehicles, String notes,
            Visibility visibility, Instant createdAt, Integer version) {
        this.id = id;
        this.caseId = caseId;
        this.kind = kind;
        this.name = name;
        this.aliases = aliases;
        this.dateOfBirth = dateOfBirth;
        this.identifiers = identifiers;
        this.addresses = addresses;
        this.phones = phones;
        this.vehicles = vehicles;
        this.notes = notes;
        this.visibility = visibility;
        this.createdAt = createdAt;
        this.version = version;
    }

    static Subject record(long caseId, SubjectDetails details, LocalDate today) {
        Subject subject = new Subject(null, caseId, null, null, null, null, null, null, null, null, null,
                Visibility.INTERNAL, Instant.now(), null);
        subject.revise(details, today);
        return subject;
    }

    /** Takes on new details; a person cannot be born after {@code today}. */
    void revise(SubjectDetails details, LocalDate today) {
        SubjectDetails tidy = details.tidied();
        if (tidy.dateOfBirth() != null && tidy.dateOfBirth().isAfter(today)) {
            throw new RejectedInputException("dateOfBirth", "A date of birth cannot be in the future.");
        }
        this.kind = tidy.kind();
        this.name = tidy.name();
        this.aliases = tidy.aliases();
        this.dateOfBirth = tidy.dateOfBirth();
        this.identifiers = tidy.identifiers();
        this.addresses = tidy.addresses();
        this.phones = tidy.phones();
        this.vehicles = tidy.vehicles();
        this.notes = tidy.notes();
        this.visibility = tidy.visibility();
    }

    void changeVisibility(Visibility visibility) {
        this.visibility = visibility;
    }

    Long getId() {
        return id;
    }
}
