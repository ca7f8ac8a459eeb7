package org.caseport.clients;

import java.util.List;

/** A client with its contacts, as the client page shows it; profile ids are null for "the default". */
public record ClientView(long id, ClientKind kind, String name, String email, String phone, String address,
        String notes, Long portalProfileId, List<ContactView> contacts) {

    public record ContactView(long id, String name, String email, String phone, String roleTitle,
            Long portalProfileId, PortalStatus portalStatus) {
    }
}
