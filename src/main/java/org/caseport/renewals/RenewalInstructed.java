package org.caseport.renewals;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A contact instructed a renewal. Published inside the instructing transaction, once per renewal
 * (only the instruction that won publishes it); {@code caseId} is null for a client's own renewal.
 */
public record RenewalInstructed(long renewalId, long clientId, Long caseId, LocalDate on, String title,
        BigDecimal price, int termMonths, LocalDate renewsOn, RenewalOutcome instruction, String instructedBy,
        String comment) {
}
