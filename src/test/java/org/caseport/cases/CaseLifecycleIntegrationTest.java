package org.caseport.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.caseport.access.AccessPolicy;
import org.caseport.billing.BillingQueries;
import org.caseport.billing.BillingService;
import org.caseport.billing.CaseLedger;
import org.caseport.billing.ExpenseDetails;
import org.caseport.billing.LedgerEntryKind;
import org.caseport.identity.Actor;
import org.caseport.shared.PageResult;
import org.caseport.shared.Visibility;
import org.caseport.support.IntegrationTest;
import org.caseport.timeslips.TimeSlipOrigin;
import org.caseport.timeslips.TimeSlipQueries;
import org.caseport.timeslips.TimeSlipRow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CaseLifecycleIntegrationTest extends IntegrationTest {

    @Autowired
    CaseService caseService;
    @Autowired
    CaseQueries caseQueries;
    @Autowired
    TimeSlipQueries timeSlipQueries;
    @Autowired
    BillingService billingService;
    @Autowired
    BillingQueries billingQueries;
    @Autowired
    AccessPolicy accessPolicy;

    @Test
    void caseNumbersRunConsecutivelyWithinTheYear() {
        Actor admin = data.admin();
        String first = caseQueries.get(admin, data.kase(admin, null, BigDecimal.ZERO)).number();
        String second = caseQueries.get(admin, data.kase(admin, null, BigDecimal.ZERO)).number();
        int year = LocalDate.now().getYear();
        assertThat(first).matches(year + "-\\d{4,}");
        assertThat(sequenceOf(second)).isEqualTo(sequenceOf(first) + 1);
    }

    @Test
    void caseEnteredAfterTheFactKeepsItsOpeningDateAndThatYearsNumber() {
        Actor admin = data.admin();
        long caseId = caseService.open(admin, new CaseDetails("Backdated", data.client(admin), "Audit", null, null,
                Set.of()), new BigDecimal("300"), LocalDate.of(2019, 6, 1));
        CaseView kase = caseQueries.get(admin, caseId);
        assertThat(kase.openedOn()).isEqualTo(LocalDate.of(2019, 6, 1));
        assertThat(kase.number()).startsWith("2019-");
        assertThat(billingQueries.ledgerEntries(admin, caseId)).singleElement()
                .satisfies(entry -> assertThat(entry.entryDate()).isEqualTo(LocalDate.of(2019, 6, 1)));
    }

    @Test
    void casesOpenedAtTheSameMomentNeverShareANumber() throws Exception {
        Actor admin = data.admin();
        long clientId = data.client(admin);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Long>> openings = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                openings.add(pool.submit(() -> caseService.open(admin,
                        new CaseDetails("Parallel", clientId, "Surveillance", null, null, Set.of()), BigDecimal.ZERO)));
            }
            Set<String> numbers = new HashSet<>();
            for (Future<Long> opening : openings) {
                numbers.add(caseQueries.get(admin, opening.get()).number());
            }
            assertThat(numbers).hasSize(12);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void statusChangeIsRecordedOnTheCaseAsAnInternalNoChargeNote() {
        Actor admin = data.admin();
        long caseId = data.kase(admin, null, BigDecimal.ZERO);
        caseService.changeStatus(admin, caseId, CaseStatus.ACTIVE, "Client signed");

        assertThat(caseQueries.get(admin, caseId).status()).isEqualTo(CaseStatus.ACTIVE);
        PageResult<TimeSlipRow> notes = timeSlipQueries.forCase(admin, caseId, 0, 10);
        assertThat(notes.items()).singleElement().satisfies(note -> {
            assertThat(note.origin()).isEqualTo(TimeSlipOrigin.SYSTEM);
            assertThat(note.billable()).isFalse();
            assertThat(note.visibility()).isEqualTo(Visibility.INTERNAL);
            assertThat(note.body()).contains("Open").contains("Active").contains("Client signed");
        });
    }

    @Test
    void illegalStatusChangeIsRefusedAndRecordsNothing() {
        Actor admin = data.admin();
        long caseId = data.kase(admin, null, BigDecimal.ZERO);
        caseService.changeStatus(admin, caseId, CaseStatus.CLOSED, null);
        assertThatThrownBy(() -> caseService.changeStatus(admin, caseId, CaseStatus.ON_HOLD, null))
                .isInstanceOf(IllegalStatusTransitionException.class);
        assertThat(caseQueries.get(admin, caseId).status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(data.count("time_slips", caseId)).isEqualTo(1);
    }

    @Test
    void ledgerCountsOnlyBillableTimeAndExpenses() {
        Actor admin = data.admin();
        long caseId = data.kase(admin, null, new BigDecimal("2000.00"));
        data.timeSlip(admin, caseId, "1.5", "95.00", true);
        data.timeSlip(admin, caseId, "2", "95.00", false);
        billingService.recordExpense(admin, caseId, expense("10.10", true));
        billingService.recordExpense(admin, caseId, expense("5.00", false));
        billingService.recordLedgerEntry(admin, caseId, LedgerEntryKind.RETAINER_PAYMENT, new BigDecimal("500"),
                LocalDate.now(), "Cheque");
        billingService.recordLedgerEntry(admin, caseId, LedgerEntryKind.BUDGET_INCREASE, new BigDecimal("250.50"),
                LocalDate.now(), null);

        CaseLedger ledger = billingQueries.ledger(admin, caseId);

        assertThat(ledger.budgetAuthorised()).isEqualTo(new BigDecimal("2250.50"));
        assertThat(ledger.billableTime()).isEqualTo(new BigDecimal("142.50"));
        assertThat(ledger.billableExpenses()).isEqualTo(new BigDecimal("10.10"));
        assertThat(ledger.spent()).isEqualTo(new BigDecimal("152.60"));
        assertThat(ledger.remainingBudget()).isEqualTo(new BigDecimal("2097.90"));
        assertThat(ledger.retainerBalance()).isEqualTo(new BigDecimal("347.40"));
    }

    @Test
    void timeIsRoundedToTheCentPerSlipTheSameWayInSqlAndOnScreen() {
        Actor admin = data.admin();
        long caseId = data.kase(admin, null, BigDecimal.ZERO);
        data.timeSlip(admin, caseId, "0.33", "33.33", true);
        data.timeSlip(admin, caseId, "0.33", "33.33", true);

        TimeSlipRow row = timeSlipQueries.forCase(admin, caseId, 0, 10).items().get(0);
        assertThat(row.amount()).isEqualTo(new BigDecimal("11.00"));
        assertThat(billingQueries.ledger(admin, caseId).billableTime()).isEqualTo(new BigDecimal("22.00"));
    }

    @Test
    void investigatorWhoOpensACaseStaysOnItsTeam() {
        Actor admin = data.admin();
        Actor investigator = data.investigator();
        long clientId = data.client(admin);
        long caseId = caseService.open(investigator,
                new CaseDetails("Own case", clientId, "Background check", null, admin.id(), Set.of()), BigDecimal.ZERO);
        assertThat(accessPolicy.canViewCase(investigator, caseId)).isTrue();
        assertThat(caseQueries.get(admin, caseId).teamIds()).contains(investigator.id());
    }

    @Test
    void caseListShowsAnInvestigatorOnlyTheCasesAssignedToThem() {
        Actor admin = data.admin();
        Actor investigator = data.investigator();
        long theirs = data.kase(admin, investigator.id(), BigDecimal.ZERO);
        long notTheirs = data.kase(admin, null, BigDecimal.ZERO);

        List<Long> seen = caseQueries.search(investigator, CaseFilter.all(), 0, 100).items().stream()
                .map(CaseRow::id).toList();

        assertThat(seen).contains(theirs).doesNotContain(notTheirs);
        assertThat(caseQueries.search(admin, CaseFilter.all(), 0, 1).total())
                .isGreaterThanOrEqualTo(2);
    }

    private static ExpenseDetails expense(String amount, boolean billable) {
        return new ExpenseDetails(LocalDate.now(), "Mileage", new BigDecimal(amount), "Drive", billable,
                Visibility.INTERNAL);
    }

    private static int sequenceOf(String number) {
        return Integer.parseInt(number.substring(number.indexOf('-') + 1));
    }
}
