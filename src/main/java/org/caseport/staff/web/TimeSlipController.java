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
import org.caseport.timeslips.TimeSlipQueries;
import org.caseport.timeslips.TimeSlipService;
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

/** The time &amp; notes tab of a case: the list, adding, revising and sharing slips. */
@Controller
@RequestMapping("/app/cases/{caseId}/notes")
class TimeSlipController {

    private final CaseQueries caseQueries;
    private final TimeSlipQueries timeSlipQueries;
    private final TimeSlipService timeSlipService;
    private final StaffAccountService staff;
    private final Clock clock;

    TimeSlipController(CaseQueries caseQueries, TimeSlipQueries timeSlipQueries, TimeSlipService timeSlipService,
            StaffAccountService staff, Clock clock) {
        this.caseQueries = caseQueries;
        this.timeSlipQueries = timeSlipQueries;
        this.timeSlipService = timeSlipService;
        this.staff = staff;
        this.clock = clock;
    }

    @ModelAttribute("section")
    String section() {
        return "cases";
    }

    @GetMapping
    String list(Actor actor, @PathVariable long caseId, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("timeSlipForm", TimeSlipForm.empty(LocalDate.now(clock), actor.id()));
        return listView(actor, caseId, Forms.page(page), model);
    }

    @PostMapping
    String record(Actor actor, @PathVariable long caseId, @Valid @ModelAttribute TimeSlipForm timeSlipForm,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                timeSlipService.record(actor, caseId, timeSlipForm.toDetails());
                redirect.addFlashAttribute("notice", "Time slip added.");
                return "redirect:/app/cases/" + caseId + "/notes";
            } catch (RejectedInputException refusal) {
                Forms.reject(errors, refusal);
            }
        }
        return listView(actor, caseId, 0, model);
    }

    @GetMapping("/{slipId}/edit")
    String edit(Actor actor, @PathVariable long caseId, @PathVariable long slipId, Model model) {
        model.addAttribute("timeSlipForm", TimeSlipForm.of(timeSlipQueries.get(actor, caseId, slipId)));
        return editView(actor, caseId, slipId, model);
    }

    @PostMapping("/{slipId}")
    String revise(Actor actor, @PathVariable long caseId, @PathVariable long slipId,
            @Valid @ModelAttribute TimeSlipForm timeSlipForm, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                timeSlipService.revise(actor, caseId, slipId, timeSlipForm.toDetails());
                redirect.addFlashAttribute("notice", "Time slip updated.");
                return "redirect:/app/cases/" + caseId + "/notes";
            } catch (RejectedInputException refusal) {
                Forms.reject(errors, refusal);
            }
        }
        return editView(actor, caseId, slipId, model);
    }

    @PostMapping("/{slipId}/visibility")
    String changeVisibility(Actor actor, @PathVariable long caseId, @PathVariable long slipId,
            @RequestParam Visibility visibility, RedirectAttributes redirect) {
        timeSlipService.changeVisibility(actor, caseId, slipId, visibility);
        redirect.addFlashAttribute("notice", visibility == Visibility.CLIENT
                ? "The note is now shared with the client." : "The note is now internal.");
        return "redirect:/app/cases/" + caseId + "/notes";
    }

    private String listView(Actor actor, long caseId, int page, Model model) {
        model.addAttribute("kase", caseQueries.get(actor, caseId));
        model.addAttribute("tab", "notes");
        model.addAttribute("slips", timeSlipQueries.forCase(actor, caseId, page, PageResult.DEFAULT_SIZE));
        model.addAttribute("staffMembers", staff.enabledStaff());
        return "staff/cases/notes";
    }

    private String editView(Actor actor, long caseId, long slipId, Model model) {
        model.addAttribute("kase", caseQueries.get(actor, caseId));
        model.addAttribute("tab", "notes");
        model.addAttribute("slip", timeSlipQueries.get(actor, caseId, slipId));
        model.addAttribute("staffMembers", staff.enabledStaff());
        return "staff/cases/note-edit";
    }
}
