package org.caseport.clients;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("clients")
class Client {

    @Id
    private Long id;
    private ClientKind kind;
    private String name;
    private String email;
    private String phone;
    private String address;
    private String notes;
    private Instant createdAt;
    @Version
    private Integer version;

    @PersistenceCreator
    Client(Long id, ClientKind kind, String name, String email, String phone, String address, String notes,
            Instant createdAt, Integer version) {
        this.id = id;
        this.kind = kind;
        this.name = name;
        this.email = email;
        this.phone = phone;
        this.address = address;
        this.notes = notes;
        this.createdAt = createdAt;
        this.version = version;
    }

    static Client register(ClientDetails details) {
        Client client = new Client(null, null, null, null, null, null, null, Instant.now(), null);
        client.update(details);
        return client;
    }

    void update(ClientDetails details) {
        this.kind = details.kind();
        this.name = details.name().trim();
        this.email = Texts.blankToNull(details.email());
        this.phone = Texts.blankToNull(details.phone());
        this.address = Texts.blankToNull(details.address());
        this.notes = Texts.blankToNull(details.notes());
    }

    Long getId() {
        return id;
    }
}
