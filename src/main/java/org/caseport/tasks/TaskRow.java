package org.caseport.tasks;

import java.time.LocalDate;
import org.caseport.shared.Visibility;

/** A task as staff see it, with its case for the lists across cases. */
public record TaskRow(long id, long caseId, String caseNumber, String caseTitle, String title, Long assigneeId,
        String assigneeName, LocalDate dueOn, TaskStatus status, Visibility visibility) {

    public boolean isOverdue(LocalDate today) {
        return status != TaskStatus.DONE && dueOn != null && dueOn.isBefore(today);
    }
}
