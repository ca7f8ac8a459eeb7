package org.caseport.staff.web;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import org.caseport.approvals.ApprovalQueries;
import org.caseport.approvals.ApprovalRequests;
import org.caseport.approvals.DecisionRefusedException;
import org.caseport.cases.CaseQueries;
import org.caseport.identity.Actor;
import org.caseport.shared.PageResult;
import org.caseport.shared.RejectedInputException;
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

/**
 * The approvals tab of a case: asking the client for a decision (optionally for more budget; a
 * link may prefill the title and amount), the requests and their answers, withdrawing an open one.
 */
@Controller
@RequestMapping("/app/cases/{caseId}/approvals")
class ApprovalController {

    private final CaseQueries caseQueries;
    private final ApprovalQueries approvalQueries;
    private final ApprovalRequests approvals;

    ApprovalController(CaseQueries caseQueries, ApprovalQueries approvalQueries, ApprovalRequests approvals) {
        this.caseQueries = caseQueries;
        this.approvalQueries = approvalQueries;
        this.approvals = approvals;
    }

    @ModelAttribute("section")
    String section() {
        return "cases";
    }

    @GetMapping
    String list(Actor actor, @PathVariable long caseId, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String title, @RequestParam(required = false) BigDecimal amount,
            Model model) {
        model.addAttribute("approvalForm", ApprovalForm.prefilled(title, amount));
        return page(actor, caseId, page, model);
    }

    @PostMapping
    String ask(Actor actor, @PathVariable long caseId, @Valid @ModelAttribute ApprovalForm approvalForm,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                approvals.ask(actor, caseId, approvalForm.toRequest());
                redirect.addFlashAttribute("notice", "Request sent. The client's contacts are told it waits for them.");
                return "redirect:/app/cases/" + caseId + "/approvals";
            } catch (RejectedInputException refused) {
                Forms.reject(errors, refused);
            }
        }
        return page(actor, caseId, 0, model);
    }

    @PostMapping("/{requestId}/withdraw")
    String withdraw(Actor actor, @PathVariable long caseId, @PathVariable long requestId,
            RedirectAttributes redirect) {
        try {
            approvals.withdraw(actor, caseId, requestId);
            redirect.addFlashAttribute("notice", "Request withdrawn.");
        } catch (DecisionRefusedException closed) {
            redirect.addFlashAttribute("problem", closed.getMessage());
        }
        return "redirect:/app/cases/" + caseId + "/approvals";
    }

    private String page(Actor actor, long caseId, Integer page, Model model) {
        model.addAttribute("kase", caseQueries.get(actor, caseId));
        model.addAttribute("requests", approvalQueries.forCase(actor, caseId, Forms.page(page),
                PageResult.DEFAULT_SIZE));
        model.addAttribute("tab", "approvals");
        return "staff/cases/approvals";
    }
}
