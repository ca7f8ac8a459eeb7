package org.caseport.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.caseport.identity.Actor;
import org.caseport.identity.FirmSetup;
import org.caseport.identity.NotInPortalException;
import org.caseport.messages.MessageQueries;
import org.caseport.renewals.RenewalQueries;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every portal page's layout needs, and where staff go who open the portal without a preview. */
@ControllerAdvice(basePackageClasses = PortalModelAdvice.class)
class PortalModelAdvice {

    private final FirmSetup firmSetup;
    private final MessageQueries messageQueries;
    private final RenewalQueries renewalQueries;

    PortalModelAdvice(FirmSetup firmSetup, MessageQueries messageQueries, RenewalQueries renewalQueries) {
        this.firmSetup = firmSetup;
        this.messageQueries = messageQueries;
        this.renewalQueries = renewalQueries;
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

    /** Whether the header shows "Message the firm": the contact may write about at least one case. */
    @ModelAttribute("mayMessage")
    boolean mayMessage(Actor actor) {
        return messageQueries.mayWriteToTheFirm(actor);
    }

    /** Whether the header links to the renewals page: the portal shows the contact at least one renewal. */
    @ModelAttribute("hasRenewals")
    boolean hasRenewals(Actor actor) {
        return renewalQueries.contactHasRenewals(actor);
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
