package org.caseport.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.caseport.shared.RejectedInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BudgetAlertSettingsTest {

    @Test
    void thresholdsAreSortedWithoutRepeatsWhateverTheAdminTyped() {
        BudgetAlertSettings settings = BudgetAlertSettings.parse(" 100, 80%,80 ;50\t", true);

        assertThat(settings.thresholds()).containsExactly(50, 80, 100);
        assertThat(settings.thresholdsText()).isEqualTo("50, 80, 100");
        assertThat(settings.percentages()).isEqualTo("50%, 80%, 100%");
        assertThat(settings.warnContacts()).isTrue();
    }

    @Test
    void theEdgesOfTheRangeAndFiveThresholdsAreAccepted() {
        assertThat(BudgetAlertSettings.parse("1, 500, 90, 95, 99,", false).thresholds())
                .containsExactly(1, 90, 95, 99, 500);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                     | Enter at least one percentage, e.g. 80, 100.",
            "' , '                  | Enter at least one percentage, e.g. 80, 100.",
            "0, 80                  | Use percentages from 1 to 500.",
            "501                    | Use percentages from 1 to 500.",
            "999999999              | Use percentages from 1 to 500.",
            "10, 20, 30, 40, 50, 60 | Enter at most 5 different percentages.",
            "80.5                   | Enter whole percentages from 1 to 500, separated by commas: \"80.5\" is not one.",
            "-5                     | \"-5\" is not one.",
            "eighty                 | \"eighty\" is not one.",
            "1234567890             | \"1234567890\" is not one."})
    void anythingElseIsRefusedOnTheThresholdsField(String typed, String message) {
        assertThatThrownBy(() -> BudgetAlertSettings.parse(typed, false))
                .isInstanceOfSatisfying(RejectedInputException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("thresholds");
                    assertThat(refused.getMessage()).endsWith(message);
                });
    }

    @ParameterizedTest
    @CsvSource({"79,", "80,80", "99,80", "100,100", "130,100"})
    void theHighestThresholdReachedIsTheOneToWarnAbout(int percentSpent, Integer expected) {
        BudgetAlertSettings settings = new BudgetAlertSettings(List.of(100, 80), false);

        assertThat(settings.highestReachedBy(percentSpent)).isEqualTo(Optional.ofNullable(expected));
    }
}
