package org.caseport.identity;

/**
 * The person a request acts for; every access decision starts from it. A contact carries their
 * contact and client ids. When staff preview the portal, the actor is the contact being previewed
 * and {@code previewer} is the staff member looking: read-only, and never more than they may see.
 */
public record Actor(long id, String displayName, Role role, Long contactId, Long clientId, Actor previewer) {

    public Actor(long id, String displayName, Role role) {
        this(id, displayName, role, null, null, null);
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean isStaff() {
        return role.isStaff();
    }

    public boolean isContact() {
        return role == Role.CONTACT;
    }

    public boolean isPreview() {
        return previewer != null;
    }

    /** The same contact, seen by a staff member previewing the portal. */
    public Actor previewedBy(Actor staff) {
        return new Actor(id, displayName, role, contactId, clientId, staff);
    }
}
