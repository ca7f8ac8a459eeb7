package org.caseport.tasks;

import java.time.LocalDate;

/** A shared task as a contact sees it: what, by when, where it stands — not who at the firm does it. */
public record PortalTaskRow(long id, long caseId, String caseNumber, String title, LocalDate dueOn,
        TaskStatus status) {
}
