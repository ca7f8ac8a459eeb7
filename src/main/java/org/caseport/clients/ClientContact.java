package org.caseport.clients;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("client_contacts")
class ClientContact {

    @Id
    private Long id;
    private Long clientId;
    private String name;
    private String email;
    private String phone;
    private String roleTitle;
    private Instant createdAt;
    @Version
    private Integer version;

    @PersistenceCreator
    ClientContact(Long id, Long clientId, String name, String email, String phone, String roleTitle,
            Instant createdAt, Integer version) {
        this.id = id;
        this.clientId = clientId;
        this.name = name;
        this.email = email;
        this.phone = phone;
        this.roleTitle = roleTitle;
        this.createdAt = createdAt;
        this.version = version;
    }

    static ClientContact add(long clientId, ContactDetails details) {
        ClientContact contact = new ClientContact(null, clientId, null, null, null, null, Instant.now(), null);
        contact.update(details);
        return contact;
    }

    void update(ContactDetails details) {
        this.name = details.name().trim();
        this.email = details.email().trim().toLowerCase();
        this.phone = Texts.blankToNull(details.phone());
        this.roleTitle = Texts.blankToNull(details.roleTitle());
    }

    Long getId() {
        return id;
    }

    Long getClientId() {
        return clientId;
    }
}
