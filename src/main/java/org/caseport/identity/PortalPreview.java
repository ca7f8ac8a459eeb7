package org.caseport.identity;

import jakarta.servlet.http.HttpSession;

/**
 * Remembers, in a staff member's session, which contact's portal they are previewing. While it is
 * set, portal pages act for that contact, read-only; it never changes what the staff pages show.
 */
public final class PortalPreview {

    private static final String SESSION_KEY = PortalPreview.class.getName() + ".contactAccountId";

    private PortalPreview() {
    }

    public static void start(HttpSession session, long contactAccountId) {
        session.setAttribute(SESSION_KEY, contactAccountId);
    }

    public static void stop(HttpSession session) {
        session.removeAttribute(SESSION_KEY);
    }

    public static Long contactAccountId(HttpSession session) {
        return session == null ? null : (Long) session.getAttribute(SESSION_KEY);
    }
}
