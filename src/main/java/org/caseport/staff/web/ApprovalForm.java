package org.caseport.staff.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.caseport.approvals.NewApprovalRequest;

/** An approval request as staff type it; an amount makes it a request for more budget. */
record ApprovalForm(
        @NotBlank(message = "Give the request a title.") @Size(max = 200, message = "Keep the title under 200 characters.") String title,
        @Size(max = 4000, message = "Keep the explanation under 4,000 characters.") String explanation,
        @DecimalMin(value = "0.01", message = "Enter an amount greater than zero, or leave it blank.")
        @Digits(integer = 7, fraction = 2, message = "Enter an amount below 10,000,000 with at most two decimals.") BigDecimal amount,
        LocalDate dueOn) {

    static ApprovalForm prefilled(String title, BigDecimal amount) {
        return new ApprovalForm(title == null ? "" : title, "", amount, null);
    }

    NewApprovalRequest toRequest() {
        return new NewApprovalRequest(title, explanation, amount, dueOn);
    }
}
