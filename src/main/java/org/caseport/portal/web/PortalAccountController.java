package org.caseport.portal.web;

import org.caseport.identity.Actor;
import org.caseport.notifications.NotificationMode;
import org.caseport.notifications.NotificationPreferences;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A contact chooses how they hear about events on their cases. A staff member previewing the
 * portal sees the contact's choice, read-only: saving answers 404, like every portal change in a preview.
 */
@Controller
@RequestMapping("/portal/account/notifications")
class PortalAccountController {

    private final NotificationPreferences preferences;

    PortalAccountController(NotificationPreferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping
    String show(Actor actor, Model model) {
        model.addAttribute("settings", preferences.settingsOf(actor));
        return "portal/account/notifications";
    }

    @PostMapping
    String choose(Actor actor, @RequestParam NotificationMode mode, RedirectAttributes redirect) {
        preferences.choose(actor, mode);
        redirect.addFlashAttribute("notice", "Saved: " + (mode == NotificationMode.DAILY_DIGEST
                ? "you will get one daily digest." : "you will hear about each event at once."));
        return "redirect:/portal/account/notifications";
    }
}
