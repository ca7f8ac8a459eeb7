package org.caseport.portal.web;

import org.caseport.access.PortalSection;
import org.caseport.approvals.ApprovalDecision;
import org.caseport.approvals.ApprovalQueries;
import org.caseport.approvals.ApprovalRequests;
import org.caseport.approvals.ApprovalStatus;
import org.caseport.approvals.DecisionRefusedException;
import org.caseport.identity.Actor;
import org.caseport.portal.PortalQueries;
import org.caseport.shared.PageResult;
import org.caseport.shared.RejectedInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A case's approval requests in the portal, where the profile shows approvals; answering them
 * where it allows {@link org.caseport.access.PortalAction#APPROVE} (never in a staff preview).
 */
@Controller
@RequestMapping("/portal/cases/{caseId}/approvals")
class PortalApprovalController {

    private final ApprovalQueries approvalQueries;
    private final ApprovalRequests approvals;
    private final PortalQueries portal;

    PortalApprovalController(ApprovalQueries approvalQueries, ApprovalRequests approvals, PortalQueries portal) {
        this.approvalQueries = approvalQueries;
        this.approvals = approvals;
        this.portal = portal;
    }

    @GetMapping
    String list(Actor actor, @PathVariable long caseId, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("requests", approvalQueries.portalForCase(actor, caseId,
                page == null || page < 0 ? 0 : page, PageResult.DEFAULT_SIZE));
        model.addAttribute("mayAnswer", approvals.mayAnswer(actor, caseId));
        model.addAttribute("kase", portal.caseView(actor, caseId));
        model.addAttribute("section", PortalSection.APPROVALS);
        model.addAttribute("paths", PortalPaths.INSTANCE);
        return "portal/case/approvals";
    }

    /** Approve or decline; someone else's earlier answer, a withdrawal or a passed date is explained. */
    @PostMapping("/{requestId}/decision")
    String decide(Actor actor, @PathVariable long caseId, @PathVariable long requestId,
            @RequestParam(required = false) ApprovalDecision decision, @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        try {
            ApprovalStatus outcome = approvals.decide(actor, caseId, requestId, decision, comment);
            redirect.addFlashAttribute("notice", outcome == ApprovalStatus.APPROVED
                    ? "You approved the request. The firm is told." : "You declined the request. The firm is told.");
        } catch (DecisionRefusedException | RejectedInputException refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/portal/cases/" + caseId + "/approvals";
    }
}
