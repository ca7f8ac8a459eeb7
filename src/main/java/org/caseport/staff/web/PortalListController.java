package org.caseport.staff.web;

import jakarta.validation.Valid;
import org.caseport.access.PortalListQueries;
import org.caseport.access.PortalListService;
import org.caseport.access.PortalProfileQueries;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins manage the lists of cases a portal profile gives its contacts, from the profile's edit page. */
@Controller
@RequestMapping("/app/admin/portal-profiles/{profileId}/lists")
class PortalListController {

    private final PortalProfileQueries profiles;
    private final PortalListQueries lists;
    private final PortalListService service;

    PortalListController(PortalProfileQueries profiles, PortalListQueries lists, PortalListService service) {
        this.profiles = profiles;
        this.lists = lists;
        this.service = service;
    }

    @ModelAttribute("section")
    String section() {
        return "admin";
    }

    @PostMapping
    String add(Actor actor, @PathVariable long profileId, @Valid @ModelAttribute PortalListForm portalListForm,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                service.add(actor, profileId, portalListForm.toDetails());
                redirect.addFlashAttribute("notice", "List “" + portalListForm.name().trim() + "” added.");
                return editProfile(profileId);
            } catch (RejectedInputException refusal) {
                Forms.reject(errors, refusal);
            }
        }
        model.addAttribute("portalProfileForm", PortalProfileForm.of(profiles.get(profileId)));
        return PortalProfileController.formView(model, profileId, PortalListsModel.of(profiles.get(profileId),
                lists.ofProfile(profileId)));
    }

    @GetMapping("/{listId}/edit")
    String edit(@PathVariable long profileId, @PathVariable long listId, Model model) {
        model.addAttribute("portalListForm", PortalListForm.of(lists.get(profileId, listId)));
        return editView(profileId, listId, model);
    }

    @PostMapping("/{listId}")
    String update(Actor actor, @PathVariable long profileId, @PathVariable long listId,
            @Valid @ModelAttribute PortalListForm portalListForm, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        lists.get(profileId, listId);
        if (!errors.hasErrors()) {
            try {
                service.update(actor, profileId, listId, portalListForm.toDetails());
                redirect.addFlashAttribute("notice", "List “" + portalListForm.name().trim() + "” saved.");
                return editProfile(profileId);
            } catch (RejectedInputException refusal) {
                Forms.reject(errors, refusal);
            }
        }
        return editView(profileId, listId, model);
    }

    /** Moves the list one place earlier ({@code direction=up}) or later in the profile's order. */
    @PostMapping("/{listId}/move")
    String move(Actor actor, @PathVariable long profileId, @PathVariable long listId,
            @RequestParam(defaultValue = "up") String direction) {
        service.move(actor, profileId, listId, !"down".equals(direction));
        return editProfile(profileId);
    }

    @PostMapping("/{listId}/delete")
    String delete(Actor actor, @PathVariable long profileId, @PathVariable long listId, RedirectAttributes redirect) {
        String name = lists.get(profileId, listId).name();
        service.delete(actor, profileId, listId);
        redirect.addFlashAttribute("notice", "List “" + name + "” deleted.");
        return editProfile(profileId);
    }

    private String editView(long profileId, long listId, Model model) {
        model.addAttribute("profile", profiles.get(profileId));
        model.addAttribute("listId", listId);
        model.addAttribute("portalLists", PortalListsModel.of(profiles.get(profileId), lists.ofProfile(profileId)));
        return "staff/admin/portal-list-form";
    }

    private static String editProfile(long profileId) {
        return "redirect:/app/admin/portal-profiles/" + profileId + "/edit#portal-lists";
    }
}
