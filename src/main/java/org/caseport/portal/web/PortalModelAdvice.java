package org.caseport.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.caseport.identity.Actor;
import org.caseport.identity.FirmSetup;
import org.caseport.identity.NotInPortalException;
import org.caseport.portal.PortalHeader;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every portal page's layout needs, and where staff go who open the portal without a preview. */
@ControllerAdvice(basePackageClasses = PortalModelAdvice.class)
class PortalModelAdvice {

    private final FirmSetup firmSetup;
    private final PortalHeader header;

    PortalModelAdvice(FirmSetup firmSetup, PortalHeader header) {
        this.firmSetup = firmSetup;
        this.header = header;
    }

    @ModelAttribute("firmName")
    String firmName() {
        return firmSetup.firmName();
    }

    @ModelAttribute("hasLogo")
    boolean hasLogo() {
        return firmSetup.hasLogo();
    }

    @ModelAttribute("currentActor")
    Actor currentActor(Actor actor) {
        return actor;
    }

    /**
     * Whether the header shows "Message the firm" (the contact may write about at least one case) and
     * links to the renewals page (the portal shows the contact at least one renewal).
     */
    @ModelAttribute
    void headerLinks(Actor actor, Model model) {
        PortalHeader.Links links = header.links(actor);
        model.addAttribute("mayMessage", links.mayMessage());
        model.addAttribute("hasRenewals", links.hasRenewals());
    }

    /** The screen being shown, which "Message the firm" names in the form it opens. */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ExceptionHandler(NotInPortalException.class)
    String staffBelongInTheStaffApp() {
        return "redirect:/app";
    }
}
