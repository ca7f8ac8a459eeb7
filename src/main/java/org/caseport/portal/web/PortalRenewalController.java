package org.caseport.portal.web;

import org.caseport.identity.Actor;
import org.caseport.renewals.RenewalOutcome;
import org.caseport.renewals.RenewalQueries;
import org.caseport.renewals.RenewalRefusedException;
import org.caseport.renewals.Renewals;
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
 * The contact's renewals in the portal — their client's own and those of the cases whose approvals
 * they see — and their instruction, "renew" or "let lapse", where the profile allows
 * {@link org.caseport.access.PortalAction#APPROVE} (never in a staff preview).
 */
@Controller
@RequestMapping("/portal/renewals")
class PortalRenewalController {

    private final RenewalQueries renewalQueries;
    private final Renewals renewals;

    PortalRenewalController(RenewalQueries renewalQueries, Renewals renewals) {
        this.renewalQueries = renewalQueries;
        this.renewals = renewals;
    }

    @GetMapping
    String list(Actor actor, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("renewals", renewalQueries.forContact(actor, page == null || page < 0 ? 0 : page,
                PageResult.DEFAULT_SIZE));
        return "portal/renewals";
    }

    /**
     * Renew or let lapse, on the terms the contact read ({@code version}); someone else's earlier
     * instruction, a passed date or a change by the firm is explained on the renewal, and the comment
     * typed is kept.
     */
    @PostMapping("/{renewalId}/instruction")
    String instruct(Actor actor, @PathVariable long renewalId,
            @RequestParam(required = false) RenewalOutcome instruction, @RequestParam(required = false) String comment,
            @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        try {
            renewals.instruct(actor, renewalId, instruction, comment, version);
            redirect.addFlashAttribute("notice", instruction == RenewalOutcome.RENEW
                    ? "You instructed to renew. The firm is told."
                    : "You instructed to let it lapse. The firm is told.");
        } catch (RejectedInputException invalid) {
            if (invalid.field().equals("comment")) {
                redirect.addFlashAttribute("commentError", invalid.getMessage());
            } else {
                redirect.addFlashAttribute("problem", invalid.getMessage());
            }
            keepTheComment(redirect, renewalId, comment);
        } catch (RenewalRefusedException refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
            keepTheComment(redirect, renewalId, comment);
        }
        return "redirect:/portal/renewals";
    }

    private static void keepTheComment(RedirectAttributes redirect, long renewalId, String comment) {
        redirect.addFlashAttribute("problemRenewalId", renewalId);
        redirect.addFlashAttribute("typedComment", comment);
    }
}
