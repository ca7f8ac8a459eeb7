package org.caseport.identity.internal;

import java.time.Instant;
import org.caseport.identity.Role;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A staff login: an email, a hashed password and a role. */
@Table("user_accounts")
public class UserAccount {

    @Id
    private Long id;
    private String email;
    private String displayName;
    private String phone;
    private String passwordHash;
    private Role role;
    private boolean enabled;
    private Instant createdAt;
    @Version
    private Integer version;

    @PersistenceCreator
    UserAccount(Long id, String email, String displayName, String phone, String passwordHash, Role role,
            boolean enabled, Instant createdAt, Integer version) {
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.phone = phone;
        this.passwordHash = passwordHash;
        this.role = role;
        this.enabled = enabled;
        this.createdAt = createdAt;
        this.version = version;
    }

    public static UserAccount create(String email, String displayName, String phone, String passwordHash, Role role) {
        return new UserAccount(null, email.trim().toLowerCase(), displayName.trim(), phone, passwordHash, role, true,
                Instant.now(), null);
    }

    public void updateProfile(String email, String displayName, String phone, Role role) {
        this.email = email.trim().toLowerCase();
        this.displayName = displayName.trim();
        this.phone = phone;
        this.role = role;
    }

    public void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void enable() {
        this.enabled = true;
    }

    public void disable() {
        this.enabled = false;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPhone() {
        return phone;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
