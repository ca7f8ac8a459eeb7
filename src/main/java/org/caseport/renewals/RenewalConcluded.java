package org.caseport.renewals;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A renewal's date passed and its outcome was applied: the client's instruction, or the default
 * when {@code instructedBy} is null. {@code nextRenewsOn} is the next term's renewal date when it
 * renewed. Published once, in the transaction that applied it; {@code caseId} is null for a
 * client's own renewal.
 */
public record RenewalConcluded(long renewalId, long clientId, Long caseId, LocalDate renewsOn, String title,
        BigDecimal price, RenewalOutcome outcome, String instructedBy, LocalDate nextRenewsOn) {

    public boolean renewed() {
        return outcome == RenewalOutcome.RENEW;
    }
}
