package org.caseport.staff.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.caseport.shared.Visibility;
import org.caseport.tasks.TaskDetails;
import org.caseport.tasks.TaskRow;

/** A task as staff type it; internal unless they share it. */
record TaskForm(
        @NotBlank(message = "Say what is to be done.") @Size(max = 200, message = "Keep the task under 200 characters.") String title,
        Long assigneeId,
        LocalDate dueOn,
        Visibility visibility) {

    static TaskForm empty(long assigneeId) {
        return new TaskForm("", assigneeId, null, Visibility.INTERNAL);
    }

    static TaskForm of(TaskRow task) {
        return new TaskForm(task.title(), task.assigneeId(), task.dueOn(), task.visibility());
    }

    TaskDetails toDetails() {
        return new TaskDetails(title, assigneeId, dueOn, visibility == null ? Visibility.INTERNAL : visibility);
    }
}
