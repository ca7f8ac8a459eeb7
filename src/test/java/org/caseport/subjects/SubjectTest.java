package org.caseport.subjects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.caseport.shared.RejectedInputException;
import org.caseport.shared.Visibility;
import org.junit.jupiter.api.Test;

class SubjectTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 14);

    @Test
    void personBornInTheFutureIsRefusedOnTheDateOfBirth() {
        assertThatThrownBy(() -> Subject.record(1L, person(TODAY.plusDays(1)), TODAY))
                .isInstanceOfSatisfying(RejectedInputException.class,
                        refusal -> assertThat(refusal.field()).isEqualTo("dateOfBirth"));
    }

    @Test
    void revisingAPersonToBeBornInTheFutureIsRefused() {
        Subject subject = Subject.record(1L, person(TODAY.minusYears(40)), TODAY);

        assertThatThrownBy(() -> subject.revise(person(TODAY.plusYears(1)), TODAY))
                .isInstanceOf(RejectedInputException.class);
    }

    @Test
    void personBornTodayIsAccepted() {
        assertThatCode(() -> Subject.record(1L, person(TODAY), TODAY)).doesNotThrowAnyException();
    }

    @Test
    void companyKeepsNoDateOfBirthSoAnyDateGivenIsDropped() {
        SubjectDetails company = new SubjectDetails(SubjectKind.COMPANY, "Acme Holdings", null, TODAY.plusDays(1),
                null, null, null, null, null, Visibility.INTERNAL);

        assertThat(company.tidied().dateOfBirth()).isNull();
        assertThatCode(() -> Subject.record(1L, company, TODAY)).doesNotThrowAnyException();
    }

    @Test
    void listsKeepOneTrimmedEntryPerLineAndDropBlankLines() {
        SubjectDetails details = new SubjectDetails(SubjectKind.PERSON, "  Jane Roe ", " JR \r\n\n  Janie\n", null,
                "   \n ", null, "555-0100\r\n555-0199", null, "  ", Visibility.INTERNAL);

        SubjectDetails tidy = details.tidied();

        assertThat(tidy.name()).isEqualTo("Jane Roe");
        assertThat(tidy.aliases()).isEqualTo("JR\nJanie");
        assertThat(tidy.identifiers()).isNull();
        assertThat(tidy.addresses()).isNull();
        assertThat(tidy.phones()).isEqualTo("555-0100\n555-0199");
        assertThat(tidy.notes()).isNull();
    }

    @Test
    void subjectWithoutAChosenVisibilityIsInternal() {
        SubjectDetails details = new SubjectDetails(SubjectKind.PERSON, "Jane Roe", null, null, null, null, null,
                null, null, null);

        assertThat(details.tidied().visibility()).isEqualTo(Visibility.INTERNAL);
    }

    private static SubjectDetails person(LocalDate dateOfBirth) {
        return new SubjectDetails(SubjectKind.PERSON, "Jane Roe", null, dateOfBirth, null, null, null, null, null,
                Visibility.INTERNAL);
    }
}
