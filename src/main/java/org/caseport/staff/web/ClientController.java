package org.caseport.staff.web;

import jakarta.validation.Valid;
import org.caseport.access.PortalProfileQueries;
import org.caseport.cases.CaseFilter;
import org.caseport.cases.CaseQueries;
import org.caseport.clients.ClientKind;
import org.caseport.clients.ClientQueries;
import org.caseport.clients.ClientService;
import org.caseport.clients.ClientView;
import org.caseport.identity.Actor;
import org.caseport.renewals.RenewalQueries;
import org.caseport.shared.PageResult;
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

/** The client list, a client's page with its contacts and cases, and editing clients. */
@Controller
@RequestMapping("/app/clients")
class ClientController {

    private final ClientQueries clientQueries;
    private final ClientService clientService;
    private final CaseQueries caseQueries;
    private final PortalProfileQueries profiles;
    private final RenewalQueries renewalQueries;

    ClientController(ClientQueries clientQueries, ClientService clientService, CaseQueries caseQueries,
            PortalProfileQueries profiles, RenewalQueries renewalQueries) {
        this.profiles = profiles;
        this.renewalQueries = renewalQueries;
        this.clientQueries = clientQueries;
        this.clientService = clientService;
        this.caseQueries = caseQueries;
    }

    @ModelAttribute("section")
    String section() {
        return "clients";
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("clients", clientQueries.search(q, Forms.page(page), PageResult.DEFAULT_SIZE));
        return "staff/clients/list";
    }

    @GetMapping("/new")
    String newClient(Model model) {
        model.addAttribute("clientForm", ClientForm.empty());
        return formView(model, null);
    }

    @PostMapping
    String register(Actor actor, @Valid @ModelAttribute ClientForm clientForm, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return formView(model, null);
        }
        long clientId = clientService.register(actor, clientForm.toDetails());
        redirect.addFlashAttribute("notice", "Client added. Add the people you deal with there as contacts.");
        return "redirect:/app/clients/" + clientId;
    }

    @GetMapping("/{clientId}")
    String show(Actor actor, @PathVariable long clientId, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("client", clientQueries.get(clientId));
        model.addAttribute("profiles", profiles.options());
        model.addAttribute("cases", caseQueries.search(actor, CaseFilter.forClient(clientId), Forms.page(page),
                PageResult.DEFAULT_SIZE));
        model.addAttribute("renewals", renewalQueries.forClient(actor, clientId, 0, 5));
        return "staff/clients/show";
    }

    @GetMapping("/{clientId}/edit")
    String edit(@PathVariable long clientId, Model model) {
        ClientView client = clientQueries.get(clientId);
        model.addAttribute("clientForm", ClientForm.of(client));
        return formView(model, client);
    }

    @PostMapping("/{clientId}")
    String update(Actor actor, @PathVariable long clientId, @Valid @ModelAttribute ClientForm clientForm,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return formView(model, clientQueries.get(clientId));
        }
        clientService.update(actor, clientId, clientForm.toDetails());
        redirect.addFlashAttribute("notice", "Client updated.");
        return "redirect:/app/clients/" + clientId;
    }

    @PostMapping("/{clientId}/portal-profile")
    String choosePortalProfile(Actor actor, @PathVariable long clientId, @RequestParam(required = false) Long profileId,
            RedirectAttributes redirect) {
        clientService.choosePortalProfile(actor, clientId, profileId);
        redirect.addFlashAttribute("notice", "Portal profile saved.");
        return "redirect:/app/clients/" + clientId;
    }

    private String formView(Model model, ClientView client) {
        model.addAttribute("client", client);
        model.addAttribute("kinds", ClientKind.values());
        return "staff/clients/form";
    }
}
