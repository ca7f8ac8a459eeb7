package org.caseport.staff.web;

import jakarta.validation.Valid;
import org.caseport.cases.CaseQueries;
import org.caseport.identity.Actor;
import org.caseport.shared.PageResult;
import org.caseport.shared.RejectedInputException;
import org.caseport.shared.Visibility;
import org.caseport.subjects.SubjectKind;
import org.caseport.subjects.SubjectQueries;
import org.caseport.subjects.SubjectService;
import org.caseport.subjects.SubjectView;
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

/** The subjects tab of a case: the list, a subject's page, adding, revising and sharing subjects. */
@Controller
@RequestMapping("/app/cases/{caseId}/subjects")
class SubjectController {

    private final CaseQueries caseQueries;
    private final SubjectQueries subjectQueries;
    private final SubjectService subjectService;

    SubjectController(CaseQueries caseQueries, SubjectQueries subjectQueries, SubjectService subjectService) {
        this.caseQueries = caseQueries;
        this.subjectQueries = subjectQueries;
        this.subjectService = subjectService;
    }

    @ModelAttribute("section")
    String section() {
        return "cases";
    }

    @GetMapping
    String list(Actor actor, @PathVariable long caseId, @RequestParam(required = false) Integer page, Model model) {
        addCase(actor, caseId, model);
        model.addAttribute("subjects", subjectQueries.forCase(actor, caseId, Forms.page(page), PageResult.DEFAULT_SIZE));
        return "staff/cases/subjects";
    }

    @GetMapping("/new")
    String newSubject(Actor actor, @PathVariable long caseId, Model model) {
        model.addAttribute("subjectForm", SubjectForm.empty());
        return formView(actor, caseId, null, model);
    }

    @PostMapping
    String record(Actor actor, @PathVariable long caseId, @Valid @ModelAttribute SubjectForm subjectForm,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long subjectId = subjectService.record(actor, caseId, subjectForm.toDetails());
                redirect.addFlashAttribute("notice", "Subject added.");
                return subjectPage(caseId, subjectId);
            } catch (RejectedInputException refusal) {
                Forms.reject(errors, refusal);
            }
        }
        return formView(actor, caseId, null, model);
    }

    @GetMapping("/{subjectId}")
    String show(Actor actor, @PathVariable long caseId, @PathVariable long subjectId, Model model) {
        addCase(actor, caseId, model);
        model.addAttribute("subject", subjectQueries.get(actor, caseId, subjectId));
        return "staff/cases/subject";
    }

    @GetMapping("/{subjectId}/edit")
    String edit(Actor actor, @PathVariable long caseId, @PathVariable long subjectId, Model model) {
        SubjectView subject = subjectQueries.get(actor, caseId, subjectId);
        model.addAttribute("subjectForm", SubjectForm.of(subject));
        return formView(actor, caseId, subject, model);
    }

    @PostMapping("/{subjectId}")
    String revise(Actor actor, @PathVariable long caseId, @PathVariable long subjectId,
            @Valid @ModelAttribute SubjectForm subjectForm, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                subjectService.revise(actor, caseId, subjectId, subjectForm.toDetails());
                redirect.addFlashAttribute("notice", "Subject updated.");
                return subjectPage(caseId, subjectId);
            } catch (RejectedInputException refusal) {
                Forms.reject(errors, refusal);
            }
        }
        return formView(actor, caseId, subjectQueries.get(actor, caseId, subjectId), model);
    }

    @PostMapping("/{subjectId}/visibility")
    String changeVisibility(Actor actor, @PathVariable long caseId, @PathVariable long subjectId,
            @RequestParam Visibility visibility, RedirectAttributes redirect) {
        subjectService.changeVisibility(actor, caseId, subjectId, visibility);
        redirect.addFlashAttribute("notice", visibility == Visibility.CLIENT
                ? "The subject is now shared with the client." : "The subject is now internal.");
        return subjectPage(caseId, subjectId);
    }

    private void addCase(Actor actor, long caseId, Model model) {
        model.addAttribute("kase", caseQueries.get(actor, caseId));
        model.addAttribute("tab", "subjects");
    }

    /** The add or edit form; {@code subject} is null when adding. */
    private String formView(Actor actor, long caseId, SubjectView subject, Model model) {
        addCase(actor, caseId, model);
        model.addAttribute("subject", subject);
        model.addAttribute("kinds", SubjectKind.values());
        return "staff/cases/subject-form";
    }

    private static String subjectPage(long caseId, long subjectId) {
        return "redirect:/app/cases/" + caseId + "/subjects/" + subjectId;
    }
}
