package org.caseport.staff.web;

import jakarta.validation.Valid;
import org.caseport.clients.ClientQueries;
import org.caseport.clients.ClientService;
import org.caseport.identity.Actor;
import org.caseport.shared.RejectedInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding, editing and removing a client's contacts. */
@Controller
@RequestMapping("/app/clients/{clientId}/contacts")
class ContactController {

    private final ClientQueries clientQueries;
    private final ClientService clientService;

    ContactController(ClientQueries clientQueries, ClientService clientService) {
        this.clientQueries = clientQueries;
        this.clientService = clientService;
    }

    @ModelAttribute("section")
    String section() {
        return "clients";
    }

    @GetMapping("/new")
    String newContact(@PathVariable long clientId, Model model) {
        model.addAttribute("contactForm", ContactForm.empty());
        return formView(clientId, null, model);
    }

    @PostMapping
    String add(Actor actor, @PathVariable long clientId, @Valid @ModelAttribute ContactForm contactForm,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                clientService.addContact(actor, clientId, contactForm.toDetails());
                redirect.addFlashAttribute("notice", "Contact added.");
                return "redirect:/app/clients/" + clientId;
            } catch (RejectedInputException refusal) {
                Forms.reject(errors, refusal);
            }
        }
        return formView(clientId, null, model);
    }

    @GetMapping("/{contactId}/edit")
    String edit(@PathVariable long clientId, @PathVariable long contactId, Model model) {
        model.addAttribute("contactForm", ContactForm.of(clientQueries.contact(clientId, contactId)));
        return formView(clientId, contactId, model);
    }

    @PostMapping("/{contactId}")
    String update(Actor actor, @PathVariable long clientId, @PathVariable long contactId,
            @Valid @ModelAttribute ContactForm contactForm, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                clientService.updateContact(actor, clientId, contactId, contactForm.toDetails());
                redirect.addFlashAttribute("notice", "Contact updated.");
                return "redirect:/app/clients/" + clientId;
            } catch (RejectedInputException refusal) {
                Forms.reject(errors, refusal);
            }
        }
        return formView(clientId, contactId, model);
    }

    @PostMapping("/{contactId}/delete")
    String remove(Actor actor, @PathVariable long clientId, @PathVariable long contactId,
            RedirectAttributes redirect) {
        try {
            clientService.removeContact(actor, clientId, contactId);
            redirect.addFlashAttribute("notice", "Contact removed.");
        } catch (IllegalStateException refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/app/clients/" + clientId;
    }

    private String formView(long clientId, Long contactId, Model model) {
        model.addAttribute("client", clientQueries.get(clientId));
        model.addAttribute("contactId", contactId);
        return "staff/clients/contact-form";
    }
}
