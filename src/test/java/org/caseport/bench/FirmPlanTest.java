package org.caseport.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FirmPlanTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    @Test
    void theSameSeedPlansTheSameFirm() {
        FirmPlan first = new FirmPlan(FirmSize.SMALL, 42, AS_OF);
        FirmPlan second = new FirmPlan(FirmSize.SMALL, 42, AS_OF);

        assertThat(second.caseClient).isEqualTo(first.caseClient);
        assertThat(second.caseLead).isEqualTo(first.caseLead);
        assertThat(second.opened).isEqualTo(first.opened);
        assertThat(second.status).isEqualTo(first.status);
        assertThat(second.slips).isEqualTo(first.slips);
        assertThat(second.documents).isEqualTo(first.documents);
        assertThat(second.contactClient).isEqualTo(first.contactClient);
    }

    @Test
    void anotherSeedPlansAnotherFirm() {
        assertThat(new FirmPlan(FirmSize.SMALL, 7, AS_OF).slips).isNotEqualTo(new FirmPlan(FirmSize.SMALL, 42, AS_OF).slips);
    }

    @Test
    void aFewBigClientsHoldManyCasesAndMostClientsFew() {
        FirmPlan plan = new FirmPlan(FirmSize.MEDIUM, 42, AS_OF);
        int[] perClient = plan.casesOfClient.stream().mapToInt(List::size).sorted().toArray();
        int biggest = perClient[perClient.length - 1];
        int median = perClient[perClient.length / 2];

        assertThat(plan.casesOfClient.get(0)).hasSize(biggest);
        assertThat(biggest).isGreaterThan(FirmSize.MEDIUM.cases / 20);
        assertThat(median).isLessThan(10);
    }

    @Test
    void mostCasesAreSmallAndTheLongRunningOnesHaveThousandsOfSlips() {
        FirmPlan plan = new FirmPlan(FirmSize.MEDIUM, 42, AS_OF);
        int[] sorted = Arrays.stream(plan.slips).sorted().toArray();
        long withThousands = Arrays.stream(plan.slips).filter(slips -> slips >= 1000).count();

        assertThat(sorted[sorted.length / 2]).isLessThan(50);
        assertThat(withThousands).isBetween(100L, 400L);
        assertThat(plan.slips[0]).isEqualTo(sorted[sorted.length - 1]);
        assertThat(plan.status[0]).isEqualTo("ACTIVE");
    }

    @Test
    void theTotalsComeCloseToTheSize() {
        FirmPlan plan = new FirmPlan(FirmSize.MEDIUM, 42, AS_OF);

        assertThat(Arrays.stream(plan.slips).sum()).isCloseTo(1_000_000, withPercentage(0.5));
        assertThat(Arrays.stream(plan.documents).sum()).isCloseTo(100_000, withPercentage(0.5));
        assertThat(plan.contactClient).hasSize(2_000);
    }

    @Test
    void closedCasesCloseAfterTheyOpenAndNoRecordIsDatedAfterTheAsOfDay() {
        FirmPlan plan = new FirmPlan(FirmSize.SMALL, 42, AS_OF);

        for (int kase = 0; kase < FirmSize.SMALL.cases; kase++) {
            assertThat(plan.opened[kase]).isBeforeOrEqualTo(AS_OF);
            assertThat(plan.lastDay(kase)).isAfterOrEqualTo(plan.opened[kase]).isBeforeOrEqualTo(AS_OF);
            assertThat(plan.closed[kase] != null).isEqualTo("CLOSED".equals(plan.status[kase]));
        }
    }
}
