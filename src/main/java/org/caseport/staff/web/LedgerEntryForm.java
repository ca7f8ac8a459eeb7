package org.caseport.staff.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.caseport.billing.LedgerEntryKind;

/** A retainer payment received, or a budget increase the client authorised. */
record LedgerEntryForm(
        @NotNull(message = "Choose what you are recording.") LedgerEntryKind kind,
        @NotNull(message = "Enter the amount.")
        @DecimalMin(value = "0.01", message = "Enter an amount greater than zero.")
        @Digits(integer = 10, fraction = 2, message = "Enter an amount with at most two decimals.") BigDecimal amount,
        @NotNull(message = "Enter the date.") LocalDate entryDate,
        @Size(max = 500, message = "Keep the reference under 500 characters.") String reference) {

    static LedgerEntryForm empty(LocalDate today) {
        return new LedgerEntryForm(LedgerEntryKind.RETAINER_PAYMENT, null, today, "");
    }
}
