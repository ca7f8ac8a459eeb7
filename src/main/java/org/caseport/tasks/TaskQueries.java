package org.caseport.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.caseport.access.AccessPolicy;
import org.caseport.access.PortalCase;
import org.caseport.access.PortalSection;
import org.caseport.access.SqlCondition;
import org.caseport.identity.Actor;
import org.caseport.shared.NotFoundException;
import org.caseport.shared.PageResult;
import org.caseport.shared.RowStreams;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading tasks: a case's, for staff who may work it; the open tasks assigned to a staff member,
 * and the overdue ones, across the cases they may see; a case's shared tasks for a contact whose
 * profile shows Tasks, and the upcoming shared ones across their cases for the dashboard.
 */
@Service
public class TaskQueries {

    private static final String STAFF_SELECT = """
            select t.id, t.case_id, c.number as case_number, c.title as case_title, t.title, t.assignee_id,
                   u.display_name as assignee_name, t.due_on, t.status, t.visibility
            from case_tasks t
            join cases c on c.id = t.case_id
            left join user_accounts u on u.id = t.assignee_id
            """;
    private static final String OPEN_FIRST = " order by (t.status = 'DONE'), t.due_on nulls last, t.id";

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final Clock clock;

    TaskQueries(JdbcClient jdbc, AccessPolicy access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageResult<TaskRow> forCase(Actor staff, long caseId, int page, int size) {
        access.requireCase(staff, caseId);
        long total = jdbc.sql("select count(*) from case_tasks where case_id = :caseId").param("caseId", caseId)
                .query(Long.class).single();
        List<TaskRow> rows = jdbc.sql(STAFF_SELECT + " where t.case_id = :caseId" + OPEN_FIRST
                        + " limit :limit offset :offset")
                .param("caseId", caseId).param("limit", size).param("offset", (long) page * size)
                .query(TaskRow.class).list();
        return new PageResult<>(rows, page, size, total);
    }

    @Transactional(readOnly = true)
    public TaskRow get(Actor staff, long caseId, long taskId) {
        access.requireCase(staff, caseId);
        return jdbc.sql(STAFF_SELECT + " where t.id = :id and t.case_id = :caseId")
                .param("id", taskId).param("caseId", caseId).query(TaskRow.class).optional()
                .orElseThrow(() -> new NotFoundException("Task"));
    }

    /** Open tasks assigned to the staff member on cases they may see, soonest due first. */
    @Transactional(readOnly = true)
    public PageResult<TaskRow> mine(Actor staff, int page, int size) {
        return acrossCases(staff, "t.status <> 'DONE' and t.assignee_id = :me", page, size);
    }

    /** Open tasks past their due date on the cases the staff member may see, oldest first. */
    @Transactional(readOnly = true)
    public PageResult<TaskRow> overdue(Actor staff, int page, int size) {
        return acrossCases(staff, "t.status <> 'DONE' and t.due_on < :today", page, size);
    }

    /** A case's shared tasks as a contact sees them; 404 unless the profile shows Tasks. */
    @Transactional(readOnly = true)
    public PageResult<PortalTaskRow> portalTasks(Actor contact, long caseId, int page, int size) {
        PortalCase portalCase = access.requirePortalSection(contact, caseId, PortalSection.TASKS);
        long total = jdbc.sql("select count(*) from case_tasks where case_id = :caseId and visibility = 'CLIENT'")
                .param("caseId", portalCase.caseId()).query(Long.class).single();
        List<PortalTaskRow> rows = jdbc.sql("""
                        select t.id, t.case_id, c.number as case_number, t.title, t.due_on, t.status
                        from case_tasks t join cases c on c.id = t.case_id
                        where t.case_id = :caseId and t.visibility = 'CLIENT'""" + OPEN_FIRST
                        + " limit :limit offset :offset")
                .param("caseId", portalCase.caseId()).param("limit", size).param("offset", (long) page * size)
                .query(PortalTaskRow.class).list();
        return new PageResult<>(rows, page, size, total);
    }

    /** Shared open tasks due from today on, across the contact's cases whose profile shows Tasks. */
    @Transactional(readOnly = true)
    public List<PortalTaskRow> upcomingShared(Actor contact, int limit) {
        SqlCondition scope = access.portalCaseScope(contact);
        SqlCondition shows = access.portalShowsSection(contact, PortalSection.TASKS);
        return jdbc.sql("""
                        select t.id, t.case_id, c.number as case_number, t.title, t.due_on, t.status
                        from case_tasks t join cases c on c.id = t.case_id
                        where t.visibility = 'CLIENT' and t.status <> 'DONE' and t.due_on >= :today"""
                        + " and " + scope.sql() + " and " + shows.sql() + " order by t.due_on, t.id limit :limit")
                .params(scope.params()).params(shows.params()).param("today", LocalDate.now(clock))
                .param("limit", limit).query(PortalTaskRow.class).list();
    }

    /** Every task of the case, open first, one at a time, for the staff case report ({@link RowStreams}). */
    @Transactional(readOnly = true)
    public void eachForCase(Actor staff, long caseId, Consumer<TaskRow> each) {
        access.requireCase(staff, caseId);
        RowStreams.forEach(jdbc.sql(STAFF_SELECT + " where t.case_id = :caseId" + OPEN_FIRST).param("caseId", caseId),
                TaskRow.class, each);
    }

    /** Every shared task of the case, for the contact's case report; 404 unless the profile shows Tasks. */
    @Transactional(readOnly = true)
    public void eachShared(Actor contact, long caseId, Consumer<PortalTaskRow> each) {
        PortalCase portalCase = access.requirePortalSection(contact, caseId, PortalSection.TASKS);
        RowStreams.forEach(jdbc.sql("""
                        select t.id, t.case_id, c.number as case_number, t.title, t.due_on, t.status
                        from case_tasks t join cases c on c.id = t.case_id
                        where t.case_id = :caseId and t.visibility = 'CLIENT'""" + OPEN_FIRST)
                .param("caseId", portalCase.caseId()), PortalTaskRow.class, each);
    }

    private PageResult<TaskRow> acrossCases(Actor staff, String condition, int page, int size) {
        SqlCondition scope = access.caseScope(staff);
        String where = " where " + condition + " and " + scope.sql();
        LocalDate today = LocalDate.now(clock);
        long total = jdbc.sql("select count(*) from case_tasks t join cases c on c.id = t.case_id" + where)
                .params(scope.params()).param("me", staff.id()).param("today", today)
                .query(Long.class).single();
        List<TaskRow> rows = jdbc.sql(STAFF_SELECT + where + " order by t.due_on nulls last, t.id limit :limit offset :offset")
                .params(scope.params()).param("me", staff.id()).param("today", today)
                .param("limit", size).param("offset", (long) page * size)
                .query(TaskRow.class).list();
        return new PageResult<>(rows, page, size, total);
    }
}
