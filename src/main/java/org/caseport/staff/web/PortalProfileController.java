package org.caseport.staff.web;

import jakarta.validation.Valid;
import org.caseport.access.PortalAction;
import org.caseport.access.PortalListQueries;
import org.caseport.access.PortalProfileQueries;
import org.caseport.access.PortalProfileService;
import org.caseport.access.PortalSection;
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

/** Admins manage the portal access profiles and choose the firm default. */
@Controller
@RequestMapping("/app/admin/portal-profiles")
class PortalProfileController {

    private static final String LIST = "redirect:/app/admin/portal-profiles";

    private final PortalProfileQueries queries;
    private final PortalProfileService service;
    private final PortalListQueries lists;

    PortalProfileController(PortalProfileQueries queries, PortalProfileService service, PortalListQueries lists) {
        this.queries = queries;
        this.service = service;
        this.lists = lists;
    }

    @ModelAttribute("section")
    String section() {
        return "admin";
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("profiles", queries.list());
        return "staff/admin/portal-profiles";
    }

    @GetMapping("/new")
    String newProfile(Model model) {
        model.addAttribute("portalProfileForm", PortalProfileForm.empty());
        return formView(model, null);
    }

    @PostMapping
    String create(Actor actor, @Valid @ModelAttribute PortalProfileForm portalProfileForm, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return formView(model, null);
        }
        try {
            service.create(actor, portalProfileForm.toDetails());
        } catch (RejectedInputException refusal) {
            Forms.reject(errors, refusal);
            return formView(model, null);
        }
        redirect.addFlashAttribute("notice", "Profile “" + portalProfileForm.name().trim() + "” created.");
        return LIST;
    }

    @GetMapping("/{profileId}/edit")
    String edit(@PathVariable long profileId, Model model) {
        model.addAttribute("portalProfileForm", PortalProfileForm.of(queries.get(profileId)));
        return formView(model, profileId);
    }

    @PostMapping("/{profileId}")
    String update(Actor actor, @PathVariable long profileId, @Valid @ModelAttribute PortalProfileForm portalProfileForm,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return formView(model, queries.get(profileId).id());
        }
        try {
            service.update(actor, profileId, portalProfileForm.toDetails());
        } catch (RejectedInputException refusal) {
            Forms.reject(errors, refusal);
            return formView(model, profileId);
        }
        redirect.addFlashAttribute("notice", "Profile saved.");
        return LIST;
    }

    @PostMapping("/{profileId}/default")
    String makeFirmDefault(Actor actor, @PathVariable long profileId, RedirectAttributes redirect) {
        service.makeFirmDefault(actor, profileId);
        redirect.addFlashAttribute("notice", "Firm default changed.");
        return LIST;
    }

    @PostMapping("/{profileId}/delete")
    String delete(Actor actor, @PathVariable long profileId, RedirectAttributes redirect) {
        try {
            service.delete(actor, profileId);
            redirect.addFlashAttribute("notice", "Profile deleted.");
        } catch (IllegalStateException refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return LIST;
    }

    private String formView(Model model, Long profileId) {
        return formView(model, profileId, profileId == null ? null
                : PortalListsModel.of(queries.get(profileId), lists.ofProfile(profileId)));
    }

    /** The profile's form and, for a profile that exists, its lists with a form to add one. */
    static String formView(Model model, Long profileId, PortalListsModel portalLists) {
        model.addAttribute("profileId", profileId);
        model.addAttribute("portalSections", PortalSection.values());
        model.addAttribute("portalActions", PortalAction.values());
        if (portalLists != null) {
            model.addAttribute("portalLists", portalLists);
            if (!model.containsAttribute("portalListForm")) {
                model.addAttribute("portalListForm", PortalListForm.empty());
            }
        }
        return "staff/admin/portal-profile-form";
    }
}
