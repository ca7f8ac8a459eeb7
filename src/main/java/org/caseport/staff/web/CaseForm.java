package org.caseport.staff.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.PastOrPresent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.caseport.cases.CaseDetails;
import org.caseport.cases.CaseView;

/** The open-a-case and edit-a-case form; the budget is only asked when opening. */
record CaseForm(
        @NotBlank(message = "Enter a title.") @Size(max = 200, message = "Keep the title under 200 characters.") String title,
        @NotNull(message = "Choose a client.") Long clientId,
        @NotBlank(message = "Enter the type of case, e.g. Surveillance.") @Size(max = 100) String caseType,
        @Size(max = 20000, message = "Keep the description under 20,000 characters.") String description,
        Long leadInvestigatorId,
        List<Long> assigneeIds,
        @DecimalMin(value = "0.00", message = "The budget cannot be negative.")
        @Digits(integer = 10, fraction = 2, message = "Enter an amount with at most two decimals.") BigDecimal budgetAuthorised,
        @PastOrPresent(message = "A case cannot be opened in the future.") LocalDate openedOn) {

    static CaseForm empty(Long clientId, Long leadInvestigatorId, LocalDate today) {
        return new CaseForm("", clientId, "", "", leadInvestigatorId, List.of(), null, today);
    }

    static CaseForm of(CaseView kase) {
        return new CaseForm(kase.title(), kase.clientId(), kase.caseType(), kase.description(),
                kase.leadInvestigatorId(), kase.teamIds(), null, kase.openedOn());
    }

    CaseDetails toDetails() {
        return new CaseDetails(title, clientId, caseType, description, leadInvestigatorId,
                assigneeIds == null ? new HashSet<>() : new HashSet<>(assigneeIds));
    }
}
