package org.caseport.portal.web;

import org.caseport.identity.Actor;
import org.caseport.identity.FirmSetup;
import org.caseport.identity.NotInPortalException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every portal page's layout needs, and where staff go who open the portal without a preview. */
@ControllerAdvice(basePackageClasses = PortalModelAdvice.class)
class PortalModelAdvice {

    private final FirmSetup firmSetup;

    PortalModelAdvice(FirmSetup firmSetup) {
        this.firmSetup = firmSetup;
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

    @ExceptionHandler(NotInPortalException.class)
    String staffBelongInTheStaffApp() {
        return "redirect:/app";
    }
}
