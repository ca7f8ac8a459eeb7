package org.caseport.identity.web;

import jakarta.validation.Valid;
import org.caseport.identity.FirmSetup;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The one sign-in page, the landing redirect, and the first-run set-up of an empty database. */
@Controller
class SignInController {

    private final FirmSetup firmSetup;

    SignInController(FirmSetup firmSetup) {
        this.firmSetup = firmSetup;
    }

    @GetMapping("/")
    String landing() {
        if (firmSetup.isSetupNeeded()) {
            return "redirect:/setup";
        }
        return isSignedIn() ? "redirect:/app" : "redirect:/login";
    }

    @GetMapping("/login")
    String login(Model model) {
        if (firmSetup.isSetupNeeded()) {
            return "redirect:/setup";
        }
        model.addAttribute("firmName", firmSetup.firmName());
        model.addAttribute("hasLogo", firmSetup.hasLogo());
        return "login";
    }

    @GetMapping("/setup")
    String setup(Model model) {
        if (!firmSetup.isSetupNeeded()) {
            return "redirect:/login";
        }
        model.addAttribute("setupForm", SetupForm.empty());
        return "setup";
    }

    @PostMapping("/setup")
    String createFirstAdmin(@Valid @ModelAttribute SetupForm setupForm, BindingResult errors,
            RedirectAttributes redirect) {
        if (!firmSetup.isSetupNeeded()) {
            return "redirect:/login";
        }
        if (errors.hasErrors()) {
            return "setup";
        }
        firmSetup.createFirstAdmin(setupForm.firmName(), setupForm.email(), setupForm.displayName(),
                setupForm.password());
        redirect.addFlashAttribute("notice", "Your firm is set up. Sign in with the account you just created.");
        return "redirect:/login";
    }

    private static boolean isSignedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !"anonymousUser".equals(authentication.getPrincipal());
    }
}
