package org.caseport.staff.web;

import jakarta.validation.Valid;
import java.util.List;
import org.caseport.identity.Actor;
import org.caseport.notifications.MailSecurity;
import org.caseport.notifications.MailSettings;
import org.caseport.notifications.MailSettingsView;
import org.caseport.shared.RejectedInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins choose the mail server Caseport sends through, and check it with a test mail. */
@Controller
@RequestMapping("/app/admin/mail-settings")
class MailSettingsController {

    private static final String PAGE = "redirect:/app/admin/mail-settings";

    private final MailSettings mailSettings;

    MailSettingsController(MailSettings mailSettings) {
        this.mailSettings = mailSettings;
    }

    @ModelAttribute("section")
    String section() {
        return "admin";
    }

    @GetMapping
    String show(Actor actor, Model model) {
        MailSettingsView current = mailSettings.current(actor);
        model.addAttribute("mailSettingsForm", MailSettingsForm.of(current));
        return view(model, current);
    }

    @PostMapping
    String save(Actor actor, @Valid @ModelAttribute MailSettingsForm mailSettingsForm, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (mailSettingsForm.removesPassword() && mailSettingsForm.hasNewPassword()) {
            errors.rejectValue("password", "both", "Type a new password or remove the saved one, not both.");
        }
        if (!errors.hasErrors()) {
            try {
                mailSettings.save(actor, mailSettingsForm.toChange());
                redirect.addFlashAttribute("notice", "Mail settings saved: mail now goes out through "
                        + mailSettingsForm.host().strip() + ". Send a test mail to check them.");
                return PAGE;
            } catch (RejectedInputException refused) {
                Forms.reject(errors, refused);
            }
        }
        return view(model, mailSettings.current(actor));
    }

    @PostMapping("/test-mail")
    String sendTestMail(Actor actor, RedirectAttributes redirect) {
        String address = mailSettings.sendTestMail(actor);
        redirect.addFlashAttribute("notice", "A test mail to " + address + " is queued. Watch the mail log: it shows "
                + "Sent once the mail server took it (within a minute), or the server's answer if it refused it.");
        return PAGE;
    }

    @PostMapping("/revert")
    String revert(Actor actor, RedirectAttributes redirect) {
        boolean reverted = mailSettings.revert(actor);
        redirect.addFlashAttribute("notice", reverted ? "The saved mail settings are deleted. The box below says what "
                + "applies now." : "No mail settings were saved here.");
        return PAGE;
    }

    private String view(Model model, MailSettingsView current) {
        model.addAttribute("current", current);
        model.addAttribute("securities", List.of(MailSecurity.values()));
        return "staff/admin/mail-settings";
    }
}
