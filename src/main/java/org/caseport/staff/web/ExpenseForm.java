package org.caseport.staff.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.caseport.billing.ExpenseDetails;
import org.caseport.billing.ExpenseRow;
import org.caseport.shared.Visibility;

/** An expense as staff type it: billable by default, internal until shared. */
record ExpenseForm(
        @NotNull(message = "Enter the date of the expense.") LocalDate spentOn,
        @NotBlank(message = "Enter a category, e.g. Mileage.") @Size(max = 100) String category,
        @NotNull(message = "Enter the amount.")
        @DecimalMin(value = "0.00", message = "An expense cannot be negative.")
        @Digits(integer = 10, fraction = 2, message = "Enter an amount with at most two decimals.") BigDecimal amount,
        @NotBlank(message = "Describe the expense.") @Size(max = 2000, message = "Keep the description under 2,000 characters.") String description,
        Boolean billable,
        Visibility visibility) {

    static ExpenseForm empty(LocalDate today) {
        return new ExpenseForm(today, "", null, "", true, Visibility.INTERNAL);
    }

    static ExpenseForm of(ExpenseRow expense) {
        return new ExpenseForm(expense.spentOn(), expense.category(), expense.amount(), expense.description(),
                expense.billable(), expense.visibility());
    }

    ExpenseDetails toDetails() {
        return new ExpenseDetails(spentOn, category, amount, description, Boolean.TRUE.equals(billable),
                visibility == null ? Visibility.INTERNAL : visibility);
    }
}
