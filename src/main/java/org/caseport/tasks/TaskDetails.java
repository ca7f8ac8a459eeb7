package org.caseport.tasks;

import java.time.LocalDate;
import org.caseport.shared.Visibility;

/** A task as staff describe it: what, who (a staff member, optional), by when (optional), shared or not. */
public record TaskDetails(String title, Long assigneeId, LocalDate dueOn, Visibility visibility) {
}
