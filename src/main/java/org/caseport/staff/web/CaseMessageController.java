package org.caseport.staff.web;

import jakarta.validation.Valid;
import org.caseport.cases.CaseQueries;
import org.caseport.identity.Actor;
import org.caseport.messages.CaseMessages;
import org.caseport.messages.MessageQueries;
import org.caseport.shared.PageResult;
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

/** The messages tab of a case: the thread with the client, answering it, marking it handled. */
@Controller
@RequestMapping("/app/cases/{caseId}/messages")
class CaseMessageController {

    private final CaseQueries caseQueries;
    private final MessageQueries messageQueries;
    private final CaseMessages caseMessages;

    CaseMessageController(CaseQueries caseQueries, MessageQueries messageQueries, CaseMessages caseMessages) {
        this.caseQueries = caseQueries;
        this.messageQueries = messageQueries;
        this.caseMessages = caseMessages;
    }

    @ModelAttribute("section")
    String section() {
        return "cases";
    }

    @GetMapping
    String thread(Actor actor, @PathVariable long caseId, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("messageForm", MessageForm.empty());
        return page(actor, caseId, page, model);
    }

    @PostMapping
    String reply(Actor actor, @PathVariable long caseId, @Valid @ModelAttribute MessageForm messageForm,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                caseMessages.reply(actor, caseId, messageForm.body());
                redirect.addFlashAttribute("notice", "Reply sent. The client is told it is waiting in the portal.");
                return "redirect:/app/cases/" + caseId + "/messages";
            } catch (RejectedInputException refused) {
                Forms.reject(errors, refused);
            }
        }
        return page(actor, caseId, 0, model);
    }

    @PostMapping("/handled")
    String markHandled(Actor actor, @PathVariable long caseId, RedirectAttributes redirect) {
        caseMessages.markHandled(actor, caseId);
        redirect.addFlashAttribute("notice", "Marked handled: the thread left the inbox.");
        return "redirect:/app/cases/" + caseId + "/messages";
    }

    private String page(Actor actor, long caseId, Integer page, Model model) {
        model.addAttribute("kase", caseQueries.get(actor, caseId));
        model.addAttribute("messages", messageQueries.thread(actor, caseId, Forms.page(page), PageResult.DEFAULT_SIZE));
        model.addAttribute("thread", messageQueries.state(actor, caseId));
        model.addAttribute("tab", "messages");
        return "staff/cases/messages";
    }
}
