package org.caseport.staff.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.caseport.shared.Visibility;
import org.caseport.timeslips.TimeSlipDetails;
import org.caseport.timeslips.TimeSlipRow;

/** A time slip as staff type it: billable defaults to yes, visibility to internal. */
record TimeSlipForm(
        @NotNull(message = "Enter the date of the work.") LocalDate workDate,
        @NotNull(message = "Choose who did the work.") Long staffId,
        @NotNull(message = "Enter the hours (0 for a note without time).")
        @DecimalMin(value = "0.00", message = "Hours cannot be negative.")
        @Digits(integer = 4, fraction = 2, message = "Enter hours like 1.5, at most two decimals.") BigDecimal hours,
        @NotNull(message = "Enter the hourly rate (0 for none).")
        @DecimalMin(value = "0.00", message = "The rate cannot be negative.")
        @Digits(integer = 10, fraction = 2, message = "Enter a rate with at most two decimals.") BigDecimal rate,
        Boolean billable,
        @NotBlank(message = "Write what was done.") @Size(max = 20000, message = "Keep the note under 20,000 characters.") String body,
        Visibility visibility) {

    static TimeSlipForm empty(LocalDate today, long staffId) {
        return new TimeSlipForm(today, staffId, null, null, true, "", Visibility.INTERNAL);
    }

    static TimeSlipForm of(TimeSlipRow slip) {
        return new TimeSlipForm(slip.workDate(), slip.staffId(), slip.hours(), slip.rate(), slip.billable(),
                slip.body(), slip.visibility());
    }

    TimeSlipDetails toDetails() {
        return new TimeSlipDetails(workDate, staffId, hours, rate, Boolean.TRUE.equals(billable), body,
                visibility == null ? Visibility.INTERNAL : visibility);
    }
}
