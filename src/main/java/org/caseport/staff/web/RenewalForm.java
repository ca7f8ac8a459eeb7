package org.caseport.staff.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.caseport.renewals.RenewalDetails;
import org.caseport.renewals.RenewalOutcome;
import org.caseport.renewals.RenewalRow;

/** A renewal's terms as staff type them; no case means the client's own renewal. */
record RenewalForm(
        Long caseId,
        @NotBlank(message = "Give the renewal a title.")
        @Size(max = 200, message = "Keep the title under 200 characters.") String title,
        @NotNull(message = "Enter the price of a term.")
        @DecimalMin(value = "0.01", message = "Enter a price greater than zero.")
        @Digits(integer = 7, fraction = 2, message = "Enter a price below 10,000,000 with at most two decimals.")
        BigDecimal price,
        @NotNull(message = "Enter the term in months.") @Min(value = 1, message = "Enter a term of 1 to 36 months.")
        @Max(value = 36, message = "Enter a term of 1 to 36 months.") Integer termMonths,
        @NotNull(message = "Choose the renewal date.") LocalDate renewsOn,
        @NotNull(message = "Choose what happens without an instruction.") RenewalOutcome defaultOutcome,
        @NotNull(message = "Enter how many days before the date the client is told.")
        @Min(value = 0, message = "Enter 0 to 90 days.") @Max(value = 90, message = "Enter 0 to 90 days.")
        Integer noticeDays) {

    static RenewalForm empty(int noticeDays) {
        return new RenewalForm(null, "", null, 12, null, RenewalOutcome.RENEW, noticeDays);
    }

    static RenewalForm of(RenewalRow renewal) {
        return new RenewalForm(renewal.caseId(), renewal.title(), renewal.price(), renewal.termMonths(),
                renewal.renewsOn(), renewal.defaultOutcome(), renewal.noticeDays());
    }

    RenewalDetails toDetails() {
        return new RenewalDetails(caseId, title, price, termMonths, renewsOn, defaultOutcome, noticeDays);
    }
}
