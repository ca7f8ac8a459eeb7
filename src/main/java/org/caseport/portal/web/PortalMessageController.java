package org.caseport.portal.web;

import jakarta.validation.Valid;
import java.util.List;
import org.caseport.access.PortalSection;
import org.caseport.identity.Actor;
import org.caseport.messages.CaseMessages;
import org.caseport.messages.MessageQueries;
import org.caseport.messages.MessageableCase;
import org.caseport.portal.PortalCaseView;
import org.caseport.portal.PortalQueries;
import org.caseport.shared.NotFoundException;
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

/**
 * Messages in the portal: "Message the firm" from any screen, and each case's thread where the
 * profile shows messages. Writing needs the profile's message action and is never possible in a
 * staff preview; a case the contact may not write about answers 404.
 */
@Controller
@RequestMapping("/portal")
class PortalMessageController {

    private final MessageQueries messageQueries;
    private final CaseMessages caseMessages;
    private final PortalQueries portal;
    private final MessageScreens screens;

    PortalMessageController(MessageQueries messageQueries, CaseMessages caseMessages, PortalQueries portal,
            MessageScreens screens) {
        this.messageQueries = messageQueries;
        this.caseMessages = caseMessages;
        this.portal = portal;
        this.screens = screens;
    }

    /** The message form, filled in with the case and the name of the screen at {@code from}. */
    @GetMapping("/messages/new")
    String newMessage(Actor actor, @RequestParam(required = false) String from, Model model) {
        List<MessageableCase> cases = writableCases(actor);
        String back = MessageScreens.isPortalPath(from) ? from : "/portal";
        MessageScreens.Screen screen = screens.of(actor, back, cases);
        model.addAttribute("portalMessageForm", new PortalMessageForm(screen.caseId(), screen.about(), "", back));
        model.addAttribute("cases", cases);
        return "portal/messages/new";
    }

    @PostMapping("/messages")
    String send(Actor actor, @Valid @ModelAttribute PortalMessageForm portalMessageForm, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        List<MessageableCase> cases = writableCases(actor);
        if (!errors.hasErrors()) {
            try {
                long caseId = portalMessageForm.caseId();
                caseMessages.send(actor, caseId, portalMessageForm.about(), portalMessageForm.body());
                redirect.addFlashAttribute("notice", "Your message was sent to the firm.");
                if (portal.caseView(actor, caseId).sections().contains(PortalSection.MESSAGES)) {
                    return "redirect:/portal/cases/" + caseId + "/messages";
                }
                String from = portalMessageForm.from();
                return "redirect:" + (MessageScreens.isPortalPath(from) ? from : "/portal");
            } catch (RejectedInputException refused) {
                errors.rejectValue(refused.field(), "rejected", refused.getMessage());
            }
        }
        model.addAttribute("cases", cases);
        return "portal/messages/new";
    }

    /** The case's thread with the firm, newest first; 404 unless the profile shows messages. */
    @GetMapping("/cases/{caseId}/messages")
    String thread(Actor actor, @PathVariable long caseId, @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute("messages", messageQueries.portalThread(actor, caseId, page == null || page < 0 ? 0 : page,
                PageResult.DEFAULT_SIZE));
        PortalCaseView kase = portal.caseView(actor, caseId);
        model.addAttribute("mayWrite", caseMessages.mayWrite(actor, caseId));
        model.addAttribute("portalMessageForm", new PortalMessageForm(caseId,
                "Case " + kase.number() + " · Messages", "", "/portal/cases/" + caseId + "/messages"));
        model.addAttribute("kase", kase);
        model.addAttribute("section", PortalSection.MESSAGES);
        model.addAttribute("paths", PortalPaths.INSTANCE);
        return "portal/case/messages";
    }

    /** No case to write about (none allows messages, or a preview): the form is not there at all. */
    private List<MessageableCase> writableCases(Actor actor) {
        List<MessageableCase> cases = messageQueries.messageableCases(actor);
        if (cases.isEmpty()) {
            throw new NotFoundException("Messages");
        }
        return cases;
    }
}
