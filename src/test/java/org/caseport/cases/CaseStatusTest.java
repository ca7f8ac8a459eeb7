package org.caseport.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseStatusTest {

    /** A case as loaded from the database: it has an id, so its events can name it. */
    private static Case aCase() {
        return new Case(1L, "2026-0001", "Title", 1L, "Surveillance", null, CaseStatus.OPEN, null,
                LocalDate.of(2026, 1, 5), null, Instant.now(), Instant.now(), 0, Set.of());
    }

    @ParameterizedTest
    @CsvSource({"OPEN,ACTIVE", "OPEN,ON_HOLD", "OPEN,CLOSED", "ACTIVE,ON_HOLD", "ACTIVE,CLOSED", "ON_HOLD,ACTIVE",
            "ON_HOLD,CLOSED", "CLOSED,ACTIVE"})
    void workflowAllows(CaseStatus from, CaseStatus to) {
        assertThat(from.canMoveTo(to)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"OPEN,OPEN", "ACTIVE,OPEN", "ACTIVE,ACTIVE", "ON_HOLD,OPEN", "ON_HOLD,ON_HOLD", "CLOSED,OPEN",
            "CLOSED,ON_HOLD", "CLOSED,CLOSED"})
    void workflowRefuses(CaseStatus from, CaseStatus to) {
        assertThat(from.canMoveTo(to)).isFalse();
    }

    @Test
    void closingRecordsTheDateAndReopeningClearsIt() {
        Case kase = aCase();
        kase.changeStatus(CaseStatus.CLOSED, LocalDate.of(2026, 2, 1), 1, "Ada", null);
        assertThat(kase.getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(kase.getClosedOn()).isEqualTo(LocalDate.of(2026, 2, 1));
        kase.changeStatus(CaseStatus.ACTIVE, LocalDate.of(2026, 2, 3), 1, "Ada", "New evidence");
        assertThat(kase.getStatus()).isEqualTo(CaseStatus.ACTIVE);
        assertThat(kase.getClosedOn()).isNull();
    }

    @Test
    void illegalTransitionIsRefusedAndLeavesTheStatusAlone() {
        Case kase = aCase();
        kase.changeStatus(CaseStatus.ACTIVE, LocalDate.of(2026, 1, 6), 1, "Ada", null);
        assertThatThrownBy(() -> kase.changeStatus(CaseStatus.OPEN, LocalDate.of(2026, 1, 7), 1, "Ada", null))
                .isInstanceOf(IllegalStatusTransitionException.class)
                .hasMessageContaining("Active").hasMessageContaining("Open");
        assertThat(kase.getStatus()).isEqualTo(CaseStatus.ACTIVE);
    }

    @Test
    void leadIsNotListedAgainAmongTheOtherAssignees() {
        Case kase = Case.open("2026-0002", new CaseDetails("T", 1L, "Surveillance", null, 7L, Set.of(7L, 8L)),
                LocalDate.of(2026, 1, 5));
        assertThat(kase.assigneeIds()).containsExactly(8L);
    }

    @Test
    void caseNumbersAreYearAndFourDigitSequence() {
        assertThat(CaseNumbers.format(2026, 42)).isEqualTo("2026-0042");
        assertThat(CaseNumbers.format(2027, 12345)).isEqualTo("2027-12345");
    }
}
