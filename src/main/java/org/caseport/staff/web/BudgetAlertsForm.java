package org.caseport.staff.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.caseport.billing.BudgetAlertSettings;

/** The budget alert settings as an admin types them: thresholds as a list, e.g. "80, 100". */
record BudgetAlertsForm(
        @NotBlank(message = "Enter at least one percentage, e.g. 80, 100.")
        @Size(max = 100, message = "Keep the list under 100 characters.") String thresholds,
        Boolean warnContacts) {

    static BudgetAlertsForm of(BudgetAlertSettings settings) {
        return new BudgetAlertsForm(settings.thresholdsText(), settings.warnContacts());
    }

    /** The settings typed; {@link org.caseport.shared.RejectedInputException} on {@code thresholds} if unreadable. */
    BudgetAlertSettings toSettings() {
        return BudgetAlertSettings.parse(thresholds, Boolean.TRUE.equals(warnContacts));
    }
}
