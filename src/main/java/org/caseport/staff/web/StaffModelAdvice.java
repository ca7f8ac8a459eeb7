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

    /** The most unanswered threads the navigation bar counts; beyond it shows "99+". */
    static final int AWAITING_SHOWN = 99;

    /**
     * The cases of the signed-in staff member whose client waits for an answer, as the navigation
     * bar's badge shows them ("3", "99+"), or null when none waits. It counts no further than it
     * shows, so a firm with thousands waiting does not count them all on every page.
     */
    @ModelAttribute("awaitingMessages")
    String awaitingMessages(Actor actor) {
        long waiting = messageQueries.awaitingCountUpTo(actor, AWAITING_SHOWN + 1);
        if (waiting == 0) {
            return null;
        }
        return waiting > AWAITING_SHOWN ? AWAITING_SHOWN + "+" : String.valueOf(waiting);
    }
}
