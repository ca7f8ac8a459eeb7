package org.caseport.staff.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.caseport.cases.CaseQueries;
import org.caseport.identity.Actor;
import org.caseport.identity.StaffAccountService;
import org.caseport.shared.PageResult;
import org.caseport.shared.RejectedInputException;
import org.caseport.shared.Visibility;
import org.caseport.tasks.CaseTasks;
import org.caseport.tasks.TaskQueries;
import org.caseport.tasks.TaskStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Tasks: a case's tab (add, edit, move along, share) and the staff member's own and overdue tasks. */
@Controller
class TaskController {

    private final CaseQueries caseQueries;
    private final TaskQueries taskQueries;
    private final CaseTasks tasks;
    private final StaffAccountService staff;
    private final Clock clock;

    TaskController(CaseQueries caseQueries, TaskQueries taskQueries, CaseTasks tasks, StaffAccountService staff,
            Clock clock) {
        this.caseQueries = caseQueries;
        this.taskQueries = taskQueries;
        this.tasks = tasks;
        this.staff = staff;
        this.clock = clock;
    }

    /** "My tasks", or with {@code view=overdue} every overdue task on the cases the staff member works. */
    @GetMapping("/app/tasks")
    String mine(Actor actor, @RequestParam(required = false) String view, @RequestParam(required = false) Integer page,
            Model model) {
        boolean overdue = "overdue".equals(view);
        model.addAttribute("section", "tasks");
        model.addAttribute("overdueView", overdue);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("tasks", overdue ? taskQueries.overdue(actor, Forms.page(page), PageResult.DEFAULT_SIZE)
                : taskQueries.mine(actor, Forms.page(page), PageResult.DEFAULT_SIZE));
        return "staff/tasks/mine";
    }

    @GetMapping("/app/cases/{caseId}/tasks")
    String list(Actor actor, @PathVariable long caseId, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("taskForm", TaskForm.empty(actor.id()));
        return casePage(actor, caseId, page, model);
    }

    @PostMapping("/app/cases/{caseId}/tasks")
    String add(Actor actor, @PathVariable long caseId, @Valid @ModelAttribute TaskForm taskForm, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                tasks.add(actor, caseId, taskForm.toDetails());
                redirect.addFlashAttribute("notice", "Task added.");
                return tasksOf(caseId);
            } catch (RejectedInputException refused) {
                Forms.reject(errors, refused);
            }
        }
        return casePage(actor, caseId, 0, model);
    }

    @GetMapping("/app/cases/{caseId}/tasks/{taskId}/edit")
    String edit(Actor actor, @PathVariable long caseId, @PathVariable long taskId, Model model) {
        model.addAttribute("taskForm", TaskForm.of(taskQueries.get(actor, caseId, taskId)));
        return editPage(actor, caseId, taskId, model);
    }

    @PostMapping("/app/cases/{caseId}/tasks/{taskId}")
    String revise(Actor actor, @PathVariable long caseId, @PathVariable long taskId,
            @Valid @ModelAttribute TaskForm taskForm, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                tasks.revise(actor, caseId, taskId, taskForm.toDetails());
                redirect.addFlashAttribute("notice", "Task saved.");
                return tasksOf(caseId);
            } catch (RejectedInputException refused) {
                Forms.reject(errors, refused);
            }
        }
        taskQueries.get(actor, caseId, taskId);
        return editPage(actor, caseId, taskId, model);
    }

    @PostMapping("/app/cases/{caseId}/tasks/{taskId}/status")
    String changeStatus(Actor actor, @PathVariable long caseId, @PathVariable long taskId,
            @RequestParam TaskStatus status, RedirectAttributes redirect) {
        tasks.changeStatus(actor, caseId, taskId, status);
        redirect.addFlashAttribute("notice", "Task marked " + status.label().toLowerCase() + ".");
        return tasksOf(caseId);
    }

    @PostMapping("/app/cases/{caseId}/tasks/{taskId}/visibility")
    String changeVisibility(Actor actor, @PathVariable long caseId, @PathVariable long taskId,
            @RequestParam Visibility visibility, RedirectAttributes redirect) {
        tasks.changeVisibility(actor, caseId, taskId, visibility);
        redirect.addFlashAttribute("notice", visibility == Visibility.CLIENT
                ? "The task is now shared with the client." : "The task is now internal.");
        return tasksOf(caseId);
    }

    private String casePage(Actor actor, long caseId, Integer page, Model model) {
        model.addAttribute("section", "cases");
        model.addAttribute("kase", caseQueries.get(actor, caseId));
        model.addAttribute("tasks", taskQueries.forCase(actor, caseId, Forms.page(page), PageResult.DEFAULT_SIZE));
        model.addAttribute("staffMembers", staff.enabledStaff());
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("tab", "tasks");
        return "staff/cases/tasks";
    }

    private String editPage(Actor actor, long caseId, long taskId, Model model) {
        model.addAttribute("section", "cases");
        model.addAttribute("kase", caseQueries.get(actor, caseId));
        model.addAttribute("taskId", taskId);
        model.addAttribute("staffMembers", staff.enabledStaff());
        model.addAttribute("tab", "tasks");
        return "staff/cases/task-edit";
    }

    private static String tasksOf(long caseId) {
        return "redirect:/app/cases/" + caseId + "/tasks";
    }
}
