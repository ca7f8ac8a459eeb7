package org.caseport.staff.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.caseport.access.PortalGrants;
import org.caseport.access.PortalProfileQueries;
import org.caseport.billing.BillingQueries;
import org.caseport.billing.BudgetAlerts;
import org.caseport.billing.CaseLedger;
import org.caseport.cases.CaseFilter;
import org.caseport.cases.CaseQueries;
import org.caseport.cases.CaseService;
import org.caseport.cases.CaseSort;
import org.caseport.cases.CaseStatus;
import org.caseport.cases.CaseView;
import org.caseport.cases.IllegalStatusTransitionException;
import org.caseport.clients.ClientQueries;
import org.caseport.identity.Actor;
import org.caseport.identity.StaffAccountService;
import org.caseport.shared.PageResult;
import org.caseport.shared.RejectedInputException;
import org.caseport.timeslips.TimeSlipQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The case list, opening and editing cases, the case overview and status changes. */
@Controller
@RequestMapping("/app/cases")
class CaseController {

    private final CaseQueries caseQueries;
    private final CaseService caseService;
    private final ClientQueries clientQueries;
    private final StaffAccountService staff;
    private final BillingQueries billingQueries;
    private final TimeSlipQueries timeSlipQueries;
    private final Clock clock;
    private final PortalGrants portalGrants;
    private final PortalProfileQueries profiles;
    private final BudgetAlerts budgetAlerts;

    CaseController(CaseQueries caseQueries, CaseService caseService, ClientQueries clientQueries,
            StaffAccountService staff, BillingQueries billingQueries, TimeSlipQueries timeSlipQueries, Clock clock,
            PortalGrants portalGrants, PortalProfileQueries profiles, BudgetAlerts budgetAlerts) {
        this.budgetAlerts = budgetAlerts;
        this.portalGrants = portalGrants;
        this.profiles = profiles;
        this.clock = clock;
        this.caseQueries = caseQueries;
        this.caseService = caseService;
        this.clientQueries = clientQueries;
        this.staff = staff;
        this.billingQueries = billingQueries;
        this.timeSlipQueries = timeSlipQueries;
    }

    @ModelAttribute("section")
    String section() {
        return "cases";
    }

    @GetMapping
    String list(Actor actor, @RequestParam(required = false) CaseStatus status,
            @RequestParam(required = false) Long clientId, @RequestParam(required = false) String client,
            @RequestParam(required = false) Long assigneeId, @RequestParam(required = false) String assignee,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) CaseSort sort, @RequestParam(required = false) Integer page,
            HtmxRequest htmx, Model model) {
        CaseFilter filter = new CaseFilter(status, clientId, client, assigneeId, assignee, q, sort);
        model.addAttribute("filter", filter);
        model.addAttribute("cases", caseQueries.search(actor, filter, Forms.page(page), PageResult.DEFAULT_SIZE));
        if (htmx.isHtmxRequest() && !htmx.isBoosted()) {
            return "staff/cases/list :: results";
        }
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("sorts", CaseSort.values());
        if (clientId != null) {
            model.addAttribute("chosenClient", clientQueries.nameOf(clientId).orElse(null));
        }
        if (assigneeId != null) {
            model.addAttribute("chosenAssignee", staff.displayNameOf(assigneeId).orElse(null));
        }
        return "staff/cases/list";
    }

    @GetMapping("/new")
    String newCase(Actor actor, @RequestParam(required = false) Long clientId, Model model) {
        model.addAttribute("caseForm", CaseForm.empty(clientId, actor.isAdmin() ? null : actor.id(),
                LocalDate.now(clock)));
        return formView(model, null);
    }

    @PostMapping
    String open(Actor actor, @Valid @ModelAttribute CaseForm caseForm, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return formView(model, null);
        }
        try {
            LocalDate openedOn = caseForm.openedOn() == null ? LocalDate.now(clock) : caseForm.openedOn();
            long caseId = caseService.open(actor, caseForm.toDetails(), caseForm.budgetAuthorised(), openedOn);
            redirect.addFlashAttribute("notice", "Case opened.");
            return "redirect:/app/cases/" + caseId;
        } catch (RejectedInputException refusal) {
            Forms.reject(errors, refusal);
            return formView(model, null);
        }
    }

    @GetMapping("/{caseId}")
    String overview(Actor actor, @PathVariable long caseId, Model model) {
        CaseView kase = caseQueries.get(actor, caseId);
        model.addAttribute("kase", kase);
        model.addAttribute("tab", "overview");
        CaseLedger ledger = billingQueries.ledger(actor, caseId);
        model.addAttribute("ledger", ledger);
        model.addAttribute("budgetWarning", budgetAlerts.warning(caseId, kase.status(), ledger).orElse(null));
        model.addAttribute("recentNotes", timeSlipQueries.forCase(actor, caseId, 0, 5));
        model.addAttribute("viewers", portalGrants.viewersOf(actor, caseId));
        model.addAttribute("profiles", profiles.options());
        return "staff/cases/overview";
    }

    @PostMapping("/{caseId}/portal-profile")
    String choosePortalProfile(Actor actor, @PathVariable long caseId, @RequestParam(required = false) Long profileId,
            RedirectAttributes redirect) {
        caseService.choosePortalProfile(actor, caseId, profileId);
        redirect.addFlashAttribute("notice", "Portal profile for this case saved.");
        return "redirect:/app/cases/" + caseId;
    }

    @GetMapping("/{caseId}/edit")
    String edit(Actor actor, @PathVariable long caseId, Model model) {
        CaseView kase = caseQueries.get(actor, caseId);
        model.addAttribute("caseForm", CaseForm.of(kase));
        return formView(model, kase);
    }

    @PostMapping("/{caseId}")
    String update(Actor actor, @PathVariable long caseId, @Valid @ModelAttribute CaseForm caseForm,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return formView(model, caseQueries.get(actor, caseId));
        }
        try {
            caseService.update(actor, caseId, caseForm.toDetails());
            redirect.addFlashAttribute("notice", "Case updated.");
            return "redirect:/app/cases/" + caseId;
        } catch (RejectedInputException refusal) {
            Forms.reject(errors, refusal);
            return formView(model, caseQueries.get(actor, caseId));
        }
    }

    @PostMapping("/{caseId}/status")
    String changeStatus(Actor actor, @PathVariable long caseId, @RequestParam CaseStatus status,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            caseService.changeStatus(actor, caseId, status, reason);
            redirect.addFlashAttribute("notice", "Status changed to " + status.label() + ".");
        } catch (IllegalStatusTransitionException | RejectedInputException refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/app/cases/" + caseId;
    }

    private String formView(Model model, CaseView kase) {
        model.addAttribute("kase", kase);
        model.addAttribute("clients", clientQueries.options());
        model.addAttribute("staffMembers", staff.enabledStaff());
        model.addAttribute("caseTypes", caseQueries.knownCaseTypes());
        return "staff/cases/form";
    }
}
