package org.caseport.reports;

import org.caseport.identity.Actor;

/**
 * Whose a report job is: the signed-in account that asked — the staff member, when previewing the
 * portal — and the contact whose portal view it shows (none for a staff report). Only this pair
 * sees the job: another account, or the same staff member outside that preview, finds nothing.
 */
record JobOwner(long requestedBy, Long forContact) {

    static JobOwner of(Actor actor) {
        long signedIn = actor.isPreview() ? actor.previewer().id() : actor.id();
        return new JobOwner(signedIn, actor.isContact() ? actor.id() : null);
    }

    ReportAudience audience() {
        return forContact == null ? ReportAudience.STAFF : ReportAudience.PORTAL;
    }
}
