package org.caseport.staff.web;

import org.caseport.identity.Actor;
import org.caseport.identity.FirmSetup;
import org.caseport.messages.MessageQueries;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every staff page's layout needs: the firm's name and who is signed in. */
@ControllerAdvice(basePackageClasses = StaffModelAdvice.class)
class StaffModelAdvice {

    private final FirmSetup firmSetup;
    private final MessageQueries messageQueries;

    StaffModelAdvice(FirmSetup firmSetup, MessageQueries messageQueries) {
        this.firmSetup = firmSetup;
        this.messageQueries = messageQueries;
    }

    @ModelAttribute("firmName")
    String firmName() {
        return firmSetup.firmName();
    }

    @ModelAttribute("currentActor")
    Actor currentActor(Actor actor) {
        return actor;
    }

    /** The cases of the signed-in staff member whose client waits for an answer, for the navigation bar. */
    @ModelAttribute("awaitingMessages")
    long awaitingMessages(Actor actor) {
        return messageQueries.awaitingCount(actor);
    }
}
