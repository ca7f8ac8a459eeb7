package org.caseport.clients;

import org.caseport.identity.Actor;
import org.caseport.shared.NotFoundException;
import org.caseport.shared.RejectedInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registering clients and keeping their contacts. All staff may do this. */
@Service
public class ClientService {

    private final Clients clients;
    private final ClientContacts contacts;

    ClientService(Clients clients, ClientContacts contacts) {
        this.clients = clients;
        this.contacts = contacts;
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
    }

    @Transactional
    public void removeContact(Actor actor, long clientId, long contactId) {
        contacts.delete(loadContact(clientId, contactId));
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
