package org.caseport.staff.web;

import org.caseport.identity.Actor;
import org.caseport.identity.FirmSetup;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every staff page's layout needs: the firm's name and who is signed in. */
@ControllerAdvice(basePackageClasses = StaffModelAdvice.class)
class StaffModelAdvice {

    private final FirmSetup firmSetup;

    StaffModelAdvice(FirmSetup firmSetup) {
        this.firmSetup = firmSetup;
    }

    @ModelAttribute("firmName")
    String firmName() {
        return firmSetup.firmName();
    }

    @ModelAttribute("currentActor")
    Actor currentActor(Actor actor) {
        return actor;
    }
}
