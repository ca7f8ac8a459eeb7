package org.caseport.staff.web;

import jakarta.validation.Valid;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.caseport.clients.ClientQueries;
import org.caseport.identity.Actor;
import org.caseport.renewals.RenewalOutcome;
import org.caseport.renewals.RenewalQueries;
import org.caseport.renewals.RenewalRefusedException;
import org.caseport.renewals.RenewalRow;
import org.caseport.renewals.Renewals;
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

/** A client's renewals: the list with the client's instructions, adding one, editing its terms, cancelling it. */
@Controller
@RequestMapping("/app/clients/{clientId}/renewals")
class RenewalController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final ClientQueries clientQueries;
    private final RenewalQueries renewalQueries;
    private final Renewals renewals;

    RenewalController(ClientQueries clientQueries, RenewalQueries renewalQueries, Renewals renewals) {
        this.clientQueries = clientQueries;
        this.renewalQueries = renewalQueries;
        this.renewals = renewals;
    }

    @ModelAttribute("section")
    String section() {
        return "clients";
    }

    @GetMapping
    String list(Actor actor, @PathVariable long clientId, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("renewalForm", RenewalForm.empty(renewals.defaultNoticeDays()));
        return listView(actor, clientId, page, model);
    }

    @PostMapping
    String add(Actor actor, @PathVariable long clientId, @Valid @ModelAttribute RenewalForm renewalForm,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                renewals.add(actor, clientId, renewalForm.toDetails());
                redirect.addFlashAttribute("notice", "Renewal added. The contacts who may instruct it are told from "
                        + DAY.format(renewalForm.renewsOn().minusDays(renewalForm.noticeDays())) + ".");
                return "redirect:/app/clients/" + clientId + "/renewals";
            } catch (RejectedInputException refused) {
                Forms.reject(errors, refused);
            }
        }
        return listView(actor, clientId, 0, model);
    }

    @GetMapping("/{renewalId}/edit")
    String edit(Actor actor, @PathVariable long clientId, @PathVariable long renewalId, Model model,
            RedirectAttributes redirect) {
        RenewalRow renewal = renewalQueries.get(actor, clientId, renewalId);
        if (!renewal.isEditable()) {
            redirect.addFlashAttribute("problem", renewal.isActive()
                    ? "The client has instructed this renewal already, so its terms stay as they were."
                    : "This renewal has ended; its terms stay as they were.");
            return "redirect:/app/clients/" + clientId + "/renewals";
        }
        model.addAttribute("renewalForm", RenewalForm.of(renewal));
        return editView(actor, clientId, renewalId, model);
    }

    @PostMapping("/{renewalId}")
    String update(Actor actor, @PathVariable long clientId, @PathVariable long renewalId,
            @Valid @ModelAttribute RenewalForm renewalForm, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                renewals.revise(actor, clientId, renewalId, renewalForm.toDetails());
                redirect.addFlashAttribute("notice", "Renewal updated. The client's contacts are told the new terms.");
                return "redirect:/app/clients/" + clientId + "/renewals";
            } catch (RejectedInputException refused) {
                Forms.reject(errors, refused);
            } catch (RenewalRefusedException refused) {
                redirect.addFlashAttribute("problem", refused.getMessage());
                return "redirect:/app/clients/" + clientId + "/renewals";
            }
        }
        return editView(actor, clientId, renewalId, model);
    }

    @PostMapping("/{renewalId}/cancel")
    String cancel(Actor actor, @PathVariable long clientId, @PathVariable long renewalId,
            RedirectAttributes redirect) {
        try {
            renewals.cancel(actor, clientId, renewalId);
            redirect.addFlashAttribute("notice", "Renewal cancelled. It will neither renew nor lapse.");
        } catch (RenewalRefusedException refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/app/clients/" + clientId + "/renewals";
    }

    private String listView(Actor actor, long clientId, Integer page, Model model) {
        model.addAttribute("client", clientQueries.get(clientId));
        model.addAttribute("renewals", renewalQueries.forClient(actor, clientId, Forms.page(page),
                PageResult.DEFAULT_SIZE));
        return formModel(actor, clientId, model, "staff/clients/renewals");
    }

    private String editView(Actor actor, long clientId, long renewalId, Model model) {
        model.addAttribute("client", clientQueries.get(clientId));
        model.addAttribute("renewal", renewalQueries.get(actor, clientId, renewalId));
        return formModel(actor, clientId, model, "staff/clients/renewal-edit");
    }

    private String formModel(Actor actor, long clientId, Model model, String view) {
        model.addAttribute("caseOptions", renewalQueries.caseOptions(actor, clientId));
        model.addAttribute("outcomes", RenewalOutcome.values());
        return view;
    }
}
