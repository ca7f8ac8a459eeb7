package org.caseport.identity.web;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.caseport.identity.PasswordLinks;
import org.caseport.identity.TokenPurpose;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Accepting an invitation ({@code /activate}) and resetting a password ({@code /reset-password}):
 * the emailed link's token is moved into the session at once, so it does not linger in the
 * address bar, history or logs, and is used up when the new password is saved.
 */
@Controller
class PasswordLinkController {

    private final PasswordLinks passwordLinks;

    PasswordLinkController(PasswordLinks passwordLinks) {
        this.passwordLinks = passwordLinks;
    }

    @GetMapping("/activate")
    String activate(@RequestParam(required = false) String token, HttpSession session, Model model) {
        return show(TokenPurpose.INVITATION, token, session, model);
    }

    @PostMapping("/activate")
    String acceptInvitation(@Valid @ModelAttribute NewPasswordForm newPasswordForm, BindingResult errors,
            HttpSession session, Model model, RedirectAttributes redirect) {
        return save(TokenPurpose.INVITATION, newPasswordForm, errors, session, model, redirect);
    }

    @GetMapping("/reset-password")
    String reset(@RequestParam(required = false) String token, HttpSession session, Model model) {
        return show(TokenPurpose.PASSWORD_RESET, token, session, model);
    }

    @PostMapping("/reset-password")
    String resetPassword(@Valid @ModelAttribute NewPasswordForm newPasswordForm, BindingResult errors,
            HttpSession session, Model model, RedirectAttributes redirect) {
        return save(TokenPurpose.PASSWORD_RESET, newPasswordForm, errors, session, model, redirect);
    }

    private String show(TokenPurpose purpose, String token, HttpSession session, Model model) {
        if (token != null) {
            session.setAttribute(sessionKey(purpose), token);
            return "redirect:" + path(purpose);
        }
        model.addAttribute("newPasswordForm", NewPasswordForm.empty());
        return view(purpose, session, model);
    }

    private String save(TokenPurpose purpose, NewPasswordForm form, BindingResult errors, HttpSession session,
            Model model, RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("password") && !form.matches()) {
            errors.rejectValue("confirmation", "mismatch", "The two passwords differ.");
        }
        if (errors.hasErrors()) {
            return view(purpose, session, model);
        }
        String token = (String) session.getAttribute(sessionKey(purpose));
        boolean saved = passwordLinks.setPassword(token, purpose, form.password());
        session.removeAttribute(sessionKey(purpose));
        if (!saved) {
            return view(purpose, session, model);
        }
        redirect.addFlashAttribute("notice", purpose == TokenPurpose.INVITATION
                ? "Your password is set. Sign in to see your cases." : "Your password is changed. Sign in with it.");
        return "redirect:/login";
    }

    private String view(TokenPurpose purpose, HttpSession session, Model model) {
        String token = (String) session.getAttribute(sessionKey(purpose));
        model.addAttribute("purpose", purpose.name());
        model.addAttribute("pageTitle", purpose == TokenPurpose.INVITATION ? "Set your password" : "Choose a password");
        model.addAttribute("action", path(purpose));
        passwordLinks.holderOf(token, purpose).ifPresent(holder -> model.addAttribute("holder", holder));
        return "password-link";
    }

    private static String path(TokenPurpose purpose) {
        return purpose == TokenPurpose.INVITATION ? "/activate" : "/reset-password";
    }

    private static String sessionKey(TokenPurpose purpose) {
        return PasswordLinkController.class.getName() + "." + purpose.name();
    }
}
