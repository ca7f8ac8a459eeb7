package org.caseport.billing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment or budget authorisation as the ledger lists it. */
public record LedgerEntryRow(long id, LedgerEntryKind kind, BigDecimal amount, LocalDate entryDate, String reference,
        String createdByName) {
}
