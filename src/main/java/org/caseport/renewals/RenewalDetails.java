package org.caseport.renewals;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A renewal's terms as staff set them: on one of the client's cases or on the client itself
 * ({@code caseId} null), a title, the price of a term, its length, the renewal date, what happens
 * without an instruction, and how many days before the date the contacts are told.
 */
public record RenewalDetails(Long caseId, String title, BigDecimal price, Integer termMonths, LocalDate renewsOn,
        RenewalOutcome defaultOutcome, Integer noticeDays) {
}
