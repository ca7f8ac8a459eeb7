package org.caseport.cases;

import java.time.LocalDate;

/** A case moved through its workflow; the move is recorded on the case as a no-charge note. */
public record CaseStatusChanged(long caseId, CaseStatus from, CaseStatus to, LocalDate on, long actorId,
        String actorName, String reason) {
}
