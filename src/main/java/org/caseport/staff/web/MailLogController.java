package org.caseport.staff.web;

import org.caseport.identity.Actor;
import org.caseport.notifications.MailLog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Admins read every mail Caseport rendered, and whether it has been sent. */
@Controller
@RequestMapping("/app/admin/mail")
class MailLogController {

    private final MailLog mailLog;

    MailLogController(MailLog mailLog) {
        this.mailLog = mailLog;
    }

    @ModelAttribute("section")
    String section() {
        return "admin";
    }

    @ModelAttribute("mailServerConfigured")
    boolean mailServerConfigured() {
        return mailLog.isMailServerConfigured();
    }

    @GetMapping
    String list(Actor actor, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("mails", mailLog.list(actor, Forms.page(page)));
        return "staff/admin/mail";
    }

    @GetMapping("/{mailId}")
    String show(Actor actor, @PathVariable long mailId, Model model) {
        model.addAttribute("mail", mailLog.get(actor, mailId));
        return "staff/admin/mail-detail";
    }
}
