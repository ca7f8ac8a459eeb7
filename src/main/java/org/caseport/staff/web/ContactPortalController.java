package org.caseport.staff.web;

import jakarta.servlet.http.HttpSession;
import org.caseport.access.PortalGrants;
import org.caseport.access.PortalPreviews;
import org.caseport.access.PortalProfileQueries;
import org.caseport.cases.CaseFilter;
import org.caseport.cases.CaseQueries;
import org.caseport.clients.ClientQueries;
import org.caseport.clients.ClientService;
import org.caseport.clients.PortalInvitations;
import org.caseport.identity.Actor;
import org.caseport.identity.ContactAccounts;
import org.caseport.identity.PortalPreview;
import org.caseport.shared.RejectedInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A contact's portal access: invitation, grants, their login, their profile and a preview. */
@Controller
@RequestMapping("/app/clients/{clientId}/contacts/{contactId}/portal")
class ContactPortalController {

    private static final int CASE_CHOICES = 200;

    private final ClientQueries clientQueries;
    private final ClientService clientService;
    private final CaseQueries caseQueries;
    private final PortalInvitations invitations;
    private final PortalGrants grants;
    private final ContactAccounts contactAccounts;
    private final PortalProfileQueries profiles;
    private final PortalPreviews previews;

    ContactPortalController(ClientQueries clientQueries, ClientService clientService, CaseQueries caseQueries,
            PortalInvitations invitations, PortalGrants grants, ContactAccounts contactAccounts,
            PortalProfileQueries profiles, PortalPreviews previews) {
        this.clientQueries = clientQueries;
        this.clientService = clientService;
        this.caseQueries = caseQueries;
        this.invitations = invitations;
        this.grants = grants;
        this.contactAccounts = contactAccounts;
        this.profiles = profiles;
        this.previews = previews;
    }

    @ModelAttribute("section")
    String section() {
        return "clients";
    }

    @GetMapping
    String show(Actor actor, @PathVariable long clientId, @PathVariable long contactId, Model model) {
        model.addAttribute("client", clientQueries.get(clientId));
        model.addAttribute("contact", clientQueries.contact(clientId, contactId));
        model.addAttribute("login", contactAccounts.login(contactId).orElse(null));
        model.addAttribute("grants", grants.activeGrants(contactId));
        model.addAttribute("cases", caseQueries.search(actor, CaseFilter.forClient(clientId), 0, CASE_CHOICES).items());
        model.addAttribute("profiles", profiles.options());
        return "staff/clients/contact-portal";
    }

    @PostMapping("/invite")
    String invite(Actor actor, @PathVariable long clientId, @PathVariable long contactId,
            @RequestParam(required = false) Long caseId, RedirectAttributes redirect) {
        try {
            boolean invited = invitations.invite(actor, clientId, contactId, caseId);
            redirect.addFlashAttribute("notice", invited
                    ? "Access granted, and an invitation to choose a password is on its way."
                    : "Access granted; the contact sees it the next time they open the portal.");
        } catch (RejectedInputException | AccessDeniedException refused) {
            redirect.addFlashAttribute("problem", refused instanceof AccessDeniedException
                    ? "Only an admin may grant access to all of a client's cases." : refused.getMessage());
        }
        return back(clientId, contactId);
    }

    @PostMapping("/resend")
    String resend(Actor actor, @PathVariable long clientId, @PathVariable long contactId, RedirectAttributes redirect) {
        try {
            invitations.resendInvitation(actor, clientId, contactId);
            redirect.addFlashAttribute("notice", "A new invitation is on its way; the older link no longer works.");
        } catch (IllegalStateException refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return back(clientId, contactId);
    }

    @PostMapping("/grants/{grantId}/revoke")
    String revoke(Actor actor, @PathVariable long clientId, @PathVariable long contactId, @PathVariable long grantId,
            RedirectAttributes redirect) {
        clientQueries.contact(clientId, contactId);
        grants.revoke(actor, contactId, grantId);
        redirect.addFlashAttribute("notice", "Access revoked; it ends with the contact's next click.");
        return back(clientId, contactId);
    }

    @PostMapping("/login")
    String setLoginEnabled(Actor actor, @PathVariable long clientId, @PathVariable long contactId,
            @RequestParam boolean enabled, RedirectAttributes redirect) {
        invitations.setLoginEnabled(actor, clientId, contactId, enabled);
        redirect.addFlashAttribute("notice", enabled ? "Login enabled." : "Login disabled; the contact is signed out at once.");
        return back(clientId, contactId);
    }

    @PostMapping("/profile")
    String chooseProfile(Actor actor, @PathVariable long clientId, @PathVariable long contactId,
            @RequestParam(required = false) Long profileId, RedirectAttributes redirect) {
        clientService.chooseContactPortalProfile(actor, clientId, contactId, profileId);
        redirect.addFlashAttribute("notice", "Portal profile saved.");
        return back(clientId, contactId);
    }

    @PostMapping("/preview")
    String preview(Actor actor, @PathVariable long clientId, @PathVariable long contactId, HttpSession session) {
        clientQueries.contact(clientId, contactId);
        PortalPreview.start(session, previews.start(actor, contactId));
        return "redirect:/portal";
    }

    private static String back(long clientId, long contactId) {
        return "redirect:/app/clients/" + clientId + "/contacts/" + contactId + "/portal";
    }
}
