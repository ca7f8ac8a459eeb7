package org.caseport.portal.web;

import org.caseport.access.PortalSection;
import org.caseport.identity.Actor;
import org.caseport.portal.PortalQueries;
import org.caseport.shared.PageResult;
import org.caseport.tasks.TaskQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A case's shared tasks in the portal, where the profile shows the Tasks section. */
@Controller
class PortalTaskController {

    private final TaskQueries taskQueries;
    private final PortalQueries portal;

    PortalTaskController(TaskQueries taskQueries, PortalQueries portal) {
        this.taskQueries = taskQueries;
        this.portal = portal;
    }

    @GetMapping("/portal/cases/{caseId}/tasks")
    String tasks(Actor actor, @PathVariable long caseId, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("tasks", taskQueries.portalTasks(actor, caseId, page == null || page < 0 ? 0 : page,
                PageResult.DEFAULT_SIZE));
        model.addAttribute("kase", portal.caseView(actor, caseId));
        model.addAttribute("section", PortalSection.TASKS);
        model.addAttribute("paths", PortalPaths.INSTANCE);
        return "portal/case/tasks";
    }
}
