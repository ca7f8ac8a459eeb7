package org.caseport.identity.web;

import org.caseport.identity.PasswordLinks;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Forgot your password?": the answer is the same whether or not the email has an account. */
@Controller
class ForgotPasswordController {

    private final PasswordLinks passwordLinks;

    ForgotPasswordController(PasswordLinks passwordLinks) {
        this.passwordLinks = passwordLinks;
    }

    @GetMapping("/forgot-password")
    String form() {
        return "forgot-password";
    }

    @PostMapping("/forgot-password")
    String request(@RequestParam(required = false) String email, RedirectAttributes redirect) {
        passwordLinks.requestReset(email);
        redirect.addFlashAttribute("notice", "If an account exists for that email, a link to choose a new password "
                + "is on its way. It works for one hour.");
        return "redirect:/login";
    }
}
