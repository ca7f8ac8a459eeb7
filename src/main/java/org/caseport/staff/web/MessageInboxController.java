package org.caseport.staff.web;

import org.caseport.identity.Actor;
import org.caseport.messages.MessageQueries;
import org.caseport.shared.PageResult;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** One inbox of the client messages nobody answered yet, across the cases the staff member works. */
@Controller
class MessageInboxController {

    private final MessageQueries messageQueries;

    MessageInboxController(MessageQueries messageQueries) {
        this.messageQueries = messageQueries;
    }

    @GetMapping("/app/messages")
    String inbox(Actor actor, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("section", "messages");
        model.addAttribute("threads", messageQueries.inbox(actor, Forms.page(page), PageResult.DEFAULT_SIZE));
        return "staff/messages/inbox";
    }
}
