package org.caseport.renewals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A renewal as staff and contacts see it. {@code caseId} is null for a client's own renewal;
 * {@code instructable} is true only in the portal, for a contact who may still instruct it.
 */
public record RenewalRow(long id, long clientId, String clientName, Long caseId, String caseNumber,
        String caseTitle, String title, BigDecimal price, int termMonths, LocalDate renewsOn,
        RenewalOutcome defaultOutcome, int noticeDays, RenewalStatus status, int version,
        RenewalOutcome instruction, String instructionComment, String instructedByName, Instant instructedAt,
        Instant notifiedAt, Integer noticeRecipients, Instant closedAt, String cancelledByName, Long previousId,
        boolean instructable) {

    public boolean isActive() {
        return status == RenewalStatus.ACTIVE;
    }

    public boolean isInstructed() {
        return instruction != null;
    }

    /** Staff may change the terms until the client instructs. */
    public boolean isEditable() {
        return isActive() && !isInstructed();
    }

    /** The first day the contacts are told. */
    public LocalDate noticeOn() {
        return renewsOn.minusDays(noticeDays);
    }

    /** What happens at the renewal date as things stand: the instruction, else the default. */
    public RenewalOutcome expectedOutcome() {
        return instruction != null ? instruction : defaultOutcome;
    }

    /** The renewal date of the term that renewing opens. */
    public LocalDate nextRenewsOn() {
        return renewsOn.plusMonths(termMonths);
    }

    public String term() {
        return RenewalTexts.term(termMonths);
    }
}
