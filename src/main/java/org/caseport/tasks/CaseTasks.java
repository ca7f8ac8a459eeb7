package org.caseport.tasks;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.caseport.access.AccessPolicy;
import org.caseport.identity.Actor;
import org.caseport.shared.NotFoundException;
import org.caseport.shared.RejectedInputException;
import org.caseport.shared.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeping a case's tasks, for staff who may work the case. */
@Service
public class CaseTasks {

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final Clock clock;

    CaseTasks(JdbcClient jdbc, AccessPolicy access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public long add(Actor staff, long caseId, TaskDetails details) {
        access.requireCase(staff, caseId);
        requireStaff(details.assigneeId());
        return jdbc.sql("""
                        insert into case_tasks (case_id, title, assignee_id, due_on, visibility, created_by)
                        values (:caseId, :title, :assigneeId, :dueOn, :visibility, :staffId) returning id""")
                .param("caseId", caseId).param("title", title(details)).param("assigneeId", details.assigneeId())
                .param("dueOn", details.dueOn()).param("visibility", visibility(details).name())
                .param("staffId", staff.id())
                .query(Long.class).single();
    }

    @Transactional
    public void revise(Actor staff, long caseId, long taskId, TaskDetails details) {
        access.requireCase(staff, caseId);
        requireStaff(details.assigneeId());
        int changed = jdbc.sql("""
                        update case_tasks set title = :title, assignee_id = :assigneeId, due_on = :dueOn,
                          visibility = :visibility, version = version + 1
                        where id = :id and case_id = :caseId""")
                .param("title", title(details)).param("assigneeId", details.assigneeId())
                .param("dueOn", details.dueOn()).param("visibility", visibility(details).name())
                .param("id", taskId).param("caseId", caseId).update();
        requireChanged(changed);
    }

    @Transactional
    public void changeStatus(Actor staff, long caseId, long taskId, TaskStatus status) {
        access.requireCase(staff, caseId);
        int changed = jdbc.sql("""
                        update case_tasks set status = :status, version = version + 1,
                          completed_at = case when :status = 'DONE' then coalesce(completed_at, :now) end
                        where id = :id and case_id = :caseId""")
                .param("status", status.name()).param("now", Timestamp.from(Instant.now(clock)))
                .param("id", taskId).param("caseId", caseId).update();
        requireChanged(changed);
    }

    @Transactional
    public void changeVisibility(Actor staff, long caseId, long taskId, Visibility visibility) {
        access.requireCase(staff, caseId);
        int changed = jdbc.sql("""
                        update case_tasks set visibility = :visibility, version = version + 1
                        where id = :id and case_id = :caseId""")
                .param("visibility", visibility.name()).param("id", taskId).param("caseId", caseId).update();
        requireChanged(changed);
    }

    private void requireStaff(Long assigneeId) {
        if (assigneeId == null) {
            return;
        }
        boolean staff = jdbc.sql("select exists (select 1 from user_accounts where id = :id and enabled "
                        + "and role in ('ADMIN', 'INVESTIGATOR'))")
                .param("id", assigneeId).query(Boolean.class).single();
        if (!staff) {
            throw new RejectedInputException("assigneeId", "Choose a member of staff.");
        }
    }

    private static String title(TaskDetails details) {
        if (details.title() == null || details.title().isBlank()) {
            throw new RejectedInputException("title", "Say what is to be done.");
        }
        String title = details.title().strip();
        if (title.length() > 200) {
            throw new RejectedInputException("title", "Keep the task under 200 characters.");
        }
        return title;
    }

    private static Visibility visibility(TaskDetails details) {
        return details.visibility() == null ? Visibility.INTERNAL : details.visibility();
    }

    private static void requireChanged(int changed) {
        if (changed == 0) {
            throw new NotFoundException("Task");
        }
    }
}
