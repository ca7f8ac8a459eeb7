package org.caseport.clients;

import org.caseport.identity.Actor;
import org.caseport.identity.ContactAccounts;
import org.caseport.identity.DuplicateEmailException;
import org.caseport.shared.NotFoundException;
import org.caseport.shared.RejectedInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registering clients and keeping their contacts. All staff may do this. */
@Service
public class ClientService {

    private final Clients clients;
    private final ClientContacts contacts;
    private final ContactAccounts contactAccounts;
    private final JdbcClient jdbc;

    ClientService(Clients clients, ClientContacts contacts, ContactAccounts contactAccounts, JdbcClient jdbc) {
        this.clients = clients;
        this.contacts = contacts;
        this.contactAccounts = contactAccounts;
        this.jdbc = jdbc;
    }

    @Transactional
    public long register(Actor actor, ClientDetails details) {
        return clients.save(Client.register(details)).getId();
    }

    @Transactional
    public void update(Actor actor, long clientId, ClientDetails details) {
        Client client = clients.findById(clientId).orElseThrow(() -> new NotFoundException("Client"));
        client.update(details);
        clients.save(client);
    }

    @Transactional
    public long addContact(Actor actor, long clientId, ContactDetails details) {
        if (!clients.existsById(clientId)) {
            throw new NotFoundException("Client");
        }
        requireUniqueEmail(clientId, details.email(), null);
        return contacts.save(ClientContact.add(clientId, details)).getId();
    }

    @Transactional
    public void updateContact(Actor actor, long clientId, long contactId, ContactDetails details) {
        ClientContact contact = loadContact(clientId, contactId);
        requireUniqueEmail(clientId, details.email(), contactId);
        contact.update(details);
        contacts.save(contact);
        try {
            contactAccounts.syncEmail(contactId, details.email(), details.name());
        } catch (DuplicateEmailException taken) {
            throw new RejectedInputException("email", "Another login already uses this email.");
        }
    }

    /** Removes a contact who never had a portal login; one who had keeps their record for the audit trail. */
    @Transactional
    public void removeContact(Actor actor, long clientId, long contactId) {
        ClientContact contact = loadContact(clientId, contactId);
        if (contactAccounts.login(contactId).isPresent()) {
            throw new IllegalStateException("This contact has a portal login: disable it instead of removing them.");
        }
        contacts.delete(contact);
    }

    /**
     * Chooses the portal profile for all of a client's contacts ({@code profileId} null: the firm
     * default); a contact's or a case's own choice still wins.
     */
    @Transactional
    public void choosePortalProfile(Actor actor, long clientId, Long profileId) {
        requireStaff(actor);
        if (jdbc.sql("update clients set portal_profile_id = :profileId where id = :id")
                .param("profileId", profileId).param("id", clientId).update() == 0) {
            throw new NotFoundException("Client");
        }
    }

    /** Chooses a portal profile for one contact, overriding the case's and the client's ({@code null}: none). */
    @Transactional
    public void chooseContactPortalProfile(Actor actor, long clientId, long contactId, Long profileId) {
        requireStaff(actor);
        loadContact(clientId, contactId);
        jdbc.sql("update client_contacts set portal_profile_id = :profileId where id = :id")
                .param("profileId", profileId).param("id", contactId).update();
    }

    private static void requireStaff(Actor actor) {
        if (!actor.isStaff()) {
            throw new AccessDeniedException("staff only");
        }
    }

    private ClientContact loadContact(long clientId, long contactId) {
        return contacts.findById(contactId)
                .filter(contact -> contact.getClientId() == clientId)
                .orElseThrow(() -> new NotFoundException("Contact"));
    }

    private void requireUniqueEmail(long clientId, String email, Long exceptId) {
        if (contacts.emailTaken(clientId, email.trim(), exceptId)) {
            throw new RejectedInputException("email", "This client already has a contact with that email.");
        }
    }
}
