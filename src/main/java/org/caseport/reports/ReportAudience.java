package org.caseport.reports;

import org.caseport.identity.Actor;

/** Who a report is for: staff (the full internal version) or a contact (their portal view). */
public enum ReportAudience {
    STAFF, PORTAL;

    /** A contact, or a staff member previewing one, gets the portal view; staff get the internal one. */
    public static ReportAudience of(Actor actor) {
        return actor.isContact() ? PORTAL : STAFF;
    }
}
