package org.caseport.access;

import java.time.Instant;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A portal access profile as stored: allow-lists of section, field and action names. Names are
 * kept as strings so that a name this version does not know survives being read.
 */
@Table("portal_profiles")
class PortalProfile {

    @Id
    private Long id;
    private String name;
    private String description;
    private Set<String> sections;
    private Set<String> fields;
    private Set<String> actions;
    @Column("is_firm_default")
    private boolean firmDefault;
    private Instant createdAt;
    @Version
    private Integer version;

    @PersistenceCreator
    PortalProfile(Long id, String name, String description, Set<String> sections, Set<String> fields,
            Set<String> actions, boolean firmDefault, Instant createdAt, Integer version) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.sections = sections;
        this.fields = fields;
        this.actions = actions;
        this.firmDefault = firmDefault;
        this.createdAt = createdAt;
        this.version = version;
    }

    static PortalProfile create(PortalProfileDetails details) {
        PortalProfile profile = new PortalProfile(null, null, null, Set.of(), Set.of(), Set.of(), false,
                Instant.now(), null);
        profile.update(details);
        return profile;
    }

    /** Replaces the name, description and allow-lists; names this version does not know are dropped. */
    void update(PortalProfileDetails details) {
        this.name = details.name().trim();
        this.description = details.description() == null || details.description().isBlank()
                ? null : details.description().trim();
        this.sections = StoredNames.names(details.sections());
        this.fields = StoredNames.names(details.fields());
        this.actions = StoredNames.names(details.actions());
    }

    void makeFirmDefault() {
        this.firmDefault = true;
    }

    void stopBeingFirmDefault() {
        this.firmDefault = false;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    boolean isFirmDefault() {
        return firmDefault;
    }
}
