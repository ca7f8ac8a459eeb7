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

    /**
     * The most unanswered threads the navigation bar counts: beyond {@code AWAITING_SHOWN} it shows
     * "99+", and a firm with thousands waiting does not count them all on every page.
     */
    static final int AWAITING_SHOWN = 99;

    /**
     * The cases of the signed-in staff member whose client waits for an answer, for the navigation
     * bar: the count up to {@link #AWAITING_SHOWN}, or one more when there are more.
     */
    @ModelAttribute("awaitingMessages")
    long awaitingMessages(Actor actor) {
        return messageQueries.awaitingCountUpTo(actor, AWAITING_SHOWN + 1);
    }
}
