package org.caseport.staff.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.caseport.identity.Actor;
import org.caseport.renewals.RenewalQueries;
import org.caseport.shared.PageResult;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Renewals coming up across the clients (the next 60 days unless asked otherwise), with what each
 * client instructed, or only those nobody instructed yet.
 */
@Controller
@RequestMapping("/app/renewals")
class UpcomingRenewalsController {

    static final List<Integer> PERIODS = List.of(30, 60, 90, 180, 365);

    private final RenewalQueries renewalQueries;
    private final Clock clock;

    UpcomingRenewalsController(RenewalQueries renewalQueries, Clock clock) {
        this.renewalQueries = renewalQueries;
        this.clock = clock;
    }

    @ModelAttribute("section")
    String section() {
        return "renewals";
    }

    @GetMapping
    String upcoming(Actor actor, @RequestParam(required = false) Integer days,
            @RequestParam(required = false) boolean uninstructed, @RequestParam(required = false) Integer page,
            Model model) {
        int period = days != null && PERIODS.contains(days) ? days : 60;
        LocalDate until = LocalDate.now(clock).plusDays(period);
        model.addAttribute("days", period);
        model.addAttribute("periods", PERIODS);
        model.addAttribute("until", until);
        model.addAttribute("uninstructed", uninstructed);
        model.addAttribute("renewals", renewalQueries.upcoming(actor, until, uninstructed, Forms.page(page),
                PageResult.DEFAULT_SIZE));
        return "staff/renewals/upcoming";
    }
}
