package org.caseport.staff.web;

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

/** A staff member chooses how they hear about case events: each at once, or one daily digest. */
@Controller
@RequestMapping("/app/account/notifications")
class NotificationSettingsController {

    private final NotificationPreferences preferences;

    NotificationSettingsController(NotificationPreferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping
    String show(Actor actor, Model model) {
        model.addAttribute("settings", preferences.settingsOf(actor));
        model.addAttribute("section", "account");
        return "staff/account/notifications";
    }

    @PostMapping
    String choose(Actor actor, @RequestParam NotificationMode mode, RedirectAttributes redirect) {
        preferences.choose(actor, mode);
        redirect.addFlashAttribute("notice", "Saved: " + (mode == NotificationMode.DAILY_DIGEST
                ? "you will get one daily digest." : "you will hear about each event at once."));
        return "redirect:/app/account/notifications";
    }
}
