package org.caseport.staff.web;

import org.caseport.dashboard.DashboardQueries;
import org.caseport.identity.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The firm dashboard: where the staff member's cases stand and what waits for the firm. */
@Controller
class DashboardController {

    private final DashboardQueries dashboards;

    DashboardController(DashboardQueries dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/app/dashboard")
    String dashboard(Actor actor, Model model) {
        model.addAttribute("section", "dashboard");
        model.addAttribute("board", dashboards.forStaff(actor));
        return "staff/dashboard";
    }
}
