package org.caseport.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseLedgerTest {

    private static CaseLedger ledger(String authorised, String time, String expenses, String retainer) {
        return new CaseLedger(new BigDecimal(authorised), new BigDecimal(time), new BigDecimal(expenses),
                new BigDecimal(retainer));
    }

    @Test
    void spentIsBillableTimePlusBillableExpenses() {
        assertThat(ledger("5000", "1234.56", "65.44", "0").spent()).isEqualByComparingTo("1300.00");
    }

    @Test
    void remainingBudgetIsAuthorisedMinusSpent() {
        assertThat(ledger("5000", "1234.56", "65.44", "0").remainingBudget()).isEqualTo(new BigDecimal("3700.00"));
    }

    @Test
    void retainerBalanceIsPaidMinusSpent() {
        assertThat(ledger("5000", "1000", "250.10", "2000").retainerBalance()).isEqualTo(new BigDecimal("749.90"));
    }

    @Test
    void overrunShowsAsNegativeRemainingBudget() {
        CaseLedger ledger = ledger("100", "90", "20.01", "0");
        assertThat(ledger.remainingBudget()).isEqualTo(new BigDecimal("-10.01"));
        assertThat(ledger.isOverBudget()).isTrue();
        assertThat(ledger.progressBarPercent()).isEqualTo(100);
    }

    @Test
    void decimalsStayExactWhereFloatingPointWouldDrift() {
        CaseLedger ledger = ledger("0.30", "0.10", "0.20", "0.30");
        assertThat(ledger.remainingBudget()).isEqualTo(new BigDecimal("0.00"));
        assertThat(ledger.retainerBalance()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void percentOfBudgetIsZeroWhenNothingWasAuthorised() {
        assertThat(ledger("0", "50", "0", "0").percentOfBudgetSpent()).isZero();
        assertThat(ledger("200", "50", "0", "0").percentOfBudgetSpent()).isEqualTo(25);
    }

    @ParameterizedTest
    @CsvSource({"5000, 4250, 1000.00", "5000, 5250, 1300.00", "1000, 1050, 300.00", "1234.56, 0, 300.00",
            "100, 0, 100.00", "0, 0, 0.00"})
    void theSuggestedIncreaseIsTheOverspendPlusAFifthOfTheBudgetRoundedUpToAHundred(String authorised, String spent,
            String suggested) {
        assertThat(ledger(authorised, spent, "0", "0").suggestedBudgetIncrease()).isEqualTo(new BigDecimal(suggested));
    }

    @Test
    void amountsAreKeptToTheCent() {
        assertThat(ledger("10.005", "0", "0", "0").budgetAuthorised()).isEqualTo(new BigDecimal("10.01"));
    }
}
