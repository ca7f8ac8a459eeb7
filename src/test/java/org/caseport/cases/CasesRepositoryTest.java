package org.caseport.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.caseport.identity.Actor;
import org.caseport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Case aggregate round-trips through Spring Data JDBC with its team, and guards concurrent edits. */
class CasesRepositoryTest extends IntegrationTest {

    @Autowired
    Cases cases;

    @Test
    void caseIsStoredAndLoadedWithItsTeam() {
        Actor admin = data.admin();
        Actor lead = data.investigator();
        Actor helper = data.investigator();
        long clientId = data.client(admin);
        Case kase = Case.open("1999-" + System.nanoTime() % 100000, new CaseDetails("Stored", clientId, "Audit",
                "Details", lead.id(), Set.of(lead.id(), helper.id())), LocalDate.of(1999, 3, 4));

        long id = cases.save(kase).getId();
        Case loaded = cases.findById(id).orElseThrow();

        assertThat(loaded.getStatus()).isEqualTo(CaseStatus.OPEN);
        assertThat(loaded.getLeadInvestigatorId()).isEqualTo(lead.id());
        assertThat(loaded.assigneeIds()).containsExactly(helper.id());
        assertThat(loaded.getOpenedOn()).isEqualTo(LocalDate.of(1999, 3, 4));
    }

    @Test
    void staleCopyCannotOverwriteANewerOne() {
        Actor admin = data.admin();
        long id = data.kase(admin, null, java.math.BigDecimal.ZERO);
        Case first = cases.findById(id).orElseThrow();
        Case second = cases.findById(id).orElseThrow();
        first.changeStatus(CaseStatus.ACTIVE, LocalDate.now(), admin.id(), admin.displayName(), null);
        cases.save(first);
        second.changeStatus(CaseStatus.CLOSED, LocalDate.now(), admin.id(), admin.displayName(), null);
        assertThatThrownBy(() -> cases.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
    }
}
