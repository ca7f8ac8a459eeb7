package org.caseport.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.caseport.access.PortalSection;
import org.caseport.identity.Actor;
import org.caseport.shared.NotFoundException;
import org.caseport.shared.Visibility;
import org.caseport.support.IntegrationTest;
import org.caseport.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Tasks on a case: kept by staff, listed as theirs and overdue, shown to contacts once shared. */
class CaseTasksTest extends IntegrationTest {

    @Autowired
    CaseTasks tasks;
    @Autowired
    TaskQueries queries;

    private Actor admin;
    private Actor lead;
    private long clientId;
    private long caseId;

    @BeforeEach
    void aCaseWithALead() {
        admin = data.admin();
        lead = data.investigator();
        clientId = data.client(admin);
        caseId = data.kaseFor(admin, clientId, lead.id());
    }

    @Test
    void staffAddATaskThroughTheTabAndMoveItAlong() throws Exception {
        mvc.perform(post("/app/cases/{c}/tasks", caseId).param("title", "Surveillance scheduled 3-4 Dec")
                        .param("assigneeId", String.valueOf(lead.id())).param("dueOn", "2026-12-03")
                        .param("visibility", "INTERNAL").with(data.signedIn(lead)).with(csrf()))
                .andExpect(status().isFound());
        TaskRow task = queries.forCase(lead, caseId, 0, 25).items().get(0);
        assertThat(task.title()).isEqualTo("Surveillance scheduled 3-4 Dec");
        assertThat(task.assigneeName()).isEqualTo(lead.displayName());
        assertThat(task.status()).isEqualTo(TaskStatus.OPEN);
        assertThat(task.visibility()).isEqualTo(Visibility.INTERNAL);

        mvc.perform(post("/app/cases/{c}/tasks/{t}/status", caseId, task.id()).param("status", "DONE")
                .with(data.signedIn(lead)).with(csrf())).andExpect(status().isFound());
        assertThat(queries.get(lead, caseId, task.id()).status()).isEqualTo(TaskStatus.DONE);
    }

    @Test
    void aBlankTaskShowsAFieldErrorAndSavesNothing() throws Exception {
        mvc.perform(post("/app/cases/{c}/tasks", caseId).param("title", " ").with(data.signedIn(lead)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("taskForm", "title"));
        assertThat(queries.forCase(lead, caseId, 0, 25).items()).isEmpty();
    }

    @Test
    void myTasksAndOverdueTasksCoverOnlyTheCasesIWork() throws Exception {
        LocalDate today = LocalDate.now();
        long mine = tasks.add(lead, caseId, new TaskDetails("Call the court", lead.id(), today.plusDays(2), null));
        long late = tasks.add(lead, caseId, new TaskDetails("Serve papers", null, today.minusDays(3), null));
        long done = tasks.add(lead, caseId, new TaskDetails("Old", lead.id(), today.minusDays(9), null));
        tasks.changeStatus(lead, caseId, done, TaskStatus.DONE);
        long elsewhere = data.kase(admin, null, BigDecimal.ZERO);
        tasks.add(admin, elsewhere, new TaskDetails("Not the lead's", lead.id(), today.minusDays(1), null));

        assertThat(queries.mine(lead, 0, 25).items()).extracting(TaskRow::id).containsExactly(mine);
        assertThat(queries.overdue(lead, 0, 25).items()).extracting(TaskRow::id).containsExactly(late);
        mvc.perform(get("/app/tasks").param("view", "overdue").with(data.signedIn(lead)))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("Serve papers").doesNotContain("Not the lead"));
    }

    @Test
    void contactsSeeSharedTasksOnlyWhereTheirProfileShowsTasks() throws Exception {
        String shared = TestData.unique("Records requested, awaiting reply");
        String internal = TestData.unique("Hunch to check");
        long sharedId = tasks.add(lead, caseId, new TaskDetails(shared, lead.id(), LocalDate.now().plusDays(4),
                Visibility.CLIENT));
        tasks.add(lead, caseId, new TaskDetails(internal, lead.id(), LocalDate.now().plusDays(1), null));
        Actor contact = data.contact(clientId);
        data.grantAllCases(contact);
        Actor withoutTasks = data.contact(clientId);
        data.grantAllCases(withoutTasks);
        data.useProfile(withoutTasks, data.portalProfile(TestData.unique("No tasks"), Set.of(PortalSection.OVERVIEW),
                Set.of()));

        assertThat(queries.portalTasks(contact, caseId, 0, 25).items()).extracting(PortalTaskRow::id)
                .containsExactly(sharedId);
        assertThat(queries.upcomingShared(contact, 10)).extracting(PortalTaskRow::title).containsExactly(shared);
        mvc.perform(get("/portal").with(data.signedIn(contact))).andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains(shared).doesNotContain(internal));
        mvc.perform(get("/portal/cases/{c}/tasks", caseId).with(data.signedIn(withoutTasks)))
                .andExpect(status().isNotFound());
        assertThat(queries.upcomingShared(withoutTasks, 10)).isEmpty();
    }

    @Test
    void staffOutsideTheCaseCannotTouchItsTasks() {
        long taskId = tasks.add(lead, caseId, new TaskDetails("Ours", null, null, null));
        Actor outsider = data.investigator();
        long otherCase = data.kase(admin, outsider.id(), BigDecimal.ZERO);

        assertThatThrownBy(() -> tasks.changeStatus(outsider, caseId, taskId, TaskStatus.DONE))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tasks.changeStatus(outsider, otherCase, taskId, TaskStatus.DONE))
                .isInstanceOf(NotFoundException.class);
        assertThat(queries.get(lead, caseId, taskId).status()).isEqualTo(TaskStatus.OPEN);
    }
}
