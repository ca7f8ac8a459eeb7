package org.caseport.staff.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import org.caseport.identity.Actor;
import org.caseport.identity.DuplicateEmailException;
import org.caseport.identity.FirmSetup;
import org.caseport.identity.Role;
import org.caseport.identity.StaffAccountService;
import org.caseport.messages.CaseMessages;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins manage staff accounts and the firm's name. */
@Controller
@RequestMapping("/app/admin")
class StaffAdminController {

    private static final String PASSWORD_RULE = "Use at least " + StaffAccountForm.MIN_PASSWORD_LENGTH + " characters.";

    private final StaffAccountService accounts;
    private final FirmSetup firmSetup;
    private final CaseMessages caseMessages;

    StaffAdminController(StaffAccountService accounts, FirmSetup firmSetup, CaseMessages caseMessages) {
        this.accounts = accounts;
        this.firmSetup = firmSetup;
        this.caseMessages = caseMessages;
    }

    @ModelAttribute("section")
    String section() {
        return "admin";
    }

    @GetMapping("/staff")
    String list(Actor actor, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("members", accounts.list(actor, Forms.page(page)));
        return "staff/admin/staff";
    }

    @GetMapping("/staff/new")
    String newAccount(Model model) {
        model.addAttribute("staffAccountForm", StaffAccountForm.empty());
        return formView(model, null);
    }

    @PostMapping("/staff")
    String create(Actor actor, @Valid @ModelAttribute StaffAccountForm staffAccountForm, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (!staffAccountForm.hasAcceptablePassword()) {
            errors.rejectValue("password", "tooShort", PASSWORD_RULE);
        }
        if (errors.hasErrors()) {
            return formView(model, null);
        }
        try {
            accounts.create(actor, staffAccountForm.toDetails(), staffAccountForm.password());
        } catch (DuplicateEmailException taken) {
            errors.rejectValue("email", "taken", "Another account already uses this email.");
            return formView(model, null);
        } catch (RejectedInputException refused) {
            Forms.reject(errors, refused);
            return formView(model, null);
        }
        redirect.addFlashAttribute("notice", "Account created for " + staffAccountForm.displayName() + ".");
        return "redirect:/app/admin/staff";
    }

    @GetMapping("/staff/{staffId}/edit")
    String edit(Actor actor, @PathVariable long staffId, Model model) {
        model.addAttribute("staffAccountForm", StaffAccountForm.of(accounts.get(actor, staffId)));
        return formView(model, staffId);
    }

    @PostMapping("/staff/{staffId}")
    String update(Actor actor, @PathVariable long staffId, @Valid @ModelAttribute StaffAccountForm staffAccountForm,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        boolean newPassword = staffAccountForm.password() != null && !staffAccountForm.password().isEmpty();
        if (newPassword && !staffAccountForm.hasAcceptablePassword()) {
            errors.rejectValue("password", "tooShort", PASSWORD_RULE);
        }
        if (errors.hasErrors()) {
            return formView(model, accounts.get(actor, staffId).id());
        }
        try {
            accounts.update(actor, staffId, staffAccountForm.toDetails());
            if (newPassword) {
                accounts.setPassword(actor, staffId, staffAccountForm.password());
            }
        } catch (DuplicateEmailException taken) {
            errors.rejectValue("email", "taken", "Another account already uses this email.");
            return formView(model, staffId);
        } catch (IllegalStateException refused) {
            errors.rejectValue("role", "self", refused.getMessage());
            return formView(model, staffId);
        } catch (RejectedInputException refused) {
            Forms.reject(errors, refused);
            return formView(model, staffId);
        }
        redirect.addFlashAttribute("notice", "Account updated.");
        return "redirect:/app/admin/staff";
    }

    @PostMapping("/staff/{staffId}/enabled")
    String setEnabled(Actor actor, @PathVariable long staffId, @RequestParam boolean enabled,
            RedirectAttributes redirect) {
        try {
            accounts.setEnabled(actor, staffId, enabled);
            redirect.addFlashAttribute("notice", enabled ? "Account enabled." : "Account disabled; it is signed out at once.");
        } catch (IllegalStateException refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/app/admin/staff";
    }

    @GetMapping("/firm")
    String firm(Model model) {
        return firmPage(model);
    }

    /** Whether mails telling contacts of a reply carry its text, or only a link to the portal. */
    @PostMapping("/firm/messages")
    String chooseMessageMails(Actor actor, @RequestParam(defaultValue = "false") boolean textInMails,
            RedirectAttributes redirect) {
        caseMessages.chooseTextInMails(actor, textInMails);
        redirect.addFlashAttribute("notice", textInMails
                ? "Reply mails now carry the text of the reply." : "Reply mails now carry a link only.");
        return "redirect:/app/admin/firm";
    }

    @PostMapping("/firm/logo")
    String changeLogo(Actor actor, @RequestParam("logo") MultipartFile logo, RedirectAttributes redirect)
            throws IOException {
        if (logo.getSize() > FirmSetup.MAX_LOGO_BYTES) {
            redirect.addFlashAttribute("problem", "Choose an image of at most 512 KB.");
            return "redirect:/app/admin/firm";
        }
        try {
            firmSetup.changeLogo(actor, logo.getBytes());
            redirect.addFlashAttribute("notice", "Logo saved. It shows on the sign-in page and in the portal.");
        } catch (RejectedInputException refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/app/admin/firm";
    }

    @PostMapping("/firm/logo/delete")
    String removeLogo(Actor actor, RedirectAttributes redirect) {
        firmSetup.removeLogo(actor);
        redirect.addFlashAttribute("notice", "Logo removed.");
        return "redirect:/app/admin/firm";
    }

    @PostMapping("/firm")
    String renameFirm(Actor actor, @RequestParam String name, Model model, RedirectAttributes redirect) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 200) {
            model.addAttribute("nameError", "Enter the firm's name (at most 200 characters).");
            return firmPage(model);
        }
        firmSetup.renameFirm(actor, trimmed);
        redirect.addFlashAttribute("notice", "Firm name saved.");
        return "redirect:/app/admin/firm";
    }

    private String firmPage(Model model) {
        model.addAttribute("hasLogo", firmSetup.hasLogo());
        model.addAttribute("textInMails", caseMessages.textInMails());
        return "staff/admin/firm";
    }

    private String formView(Model model, Long staffId) {
        model.addAttribute("staffId", staffId);
        model.addAttribute("roles", List.of(Role.ADMIN, Role.INVESTIGATOR));
        return "staff/admin/staff-form";
    }
}
