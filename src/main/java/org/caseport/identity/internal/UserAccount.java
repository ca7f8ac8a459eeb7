package org.caseport.identity.internal;

import java.time.Instant;
import org.caseport.identity.Role;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A login: an email, a hashed password (none until a contact sets one) and a role. */
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
    private Long contactId;
    private Instant createdAt;
    private Instant lastSignInAt;
    @Version
    private Integer version;

    @PersistenceCreator
    UserAccount(Long id, String email, String displayName, String phone, String passwordHash, Role role,
            boolean enabled, Long contactId, Instant createdAt, Instant lastSignInAt, Integer version) {
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.phone = phone;
        this.passwordHash = passwordHash;
        this.role = role;
        this.enabled = enabled;
        this.contactId = contactId;
        this.createdAt = createdAt;
        this.lastSignInAt = lastSignInAt;
        this.version = version;
    }

    public static UserAccount create(String email, String displayName, String phone, String passwordHash, Role role) {
        if (!role.isStaff()) {
            throw new IllegalArgumentException("contacts get their account through an invitation");
        }
        return new UserAccount(null, email.trim().toLowerCase(), displayName.trim(), phone, passwordHash, role, true,
                null, Instant.now(), null, null);
    }

    /** The portal login of a client's contact; it has no password until the contact sets one. */
    public static UserAccount forContact(long contactId, String email, String displayName) {
        return new UserAccount(null, email.trim().toLowerCase(), displayName.trim(), null, null, Role.CONTACT, true,
                contactId, Instant.now(), null, null);
    }

    public void updateProfile(String email, String displayName, String phone, Role role) {
        if (this.role.isStaff() != role.isStaff()) {
            throw new IllegalArgumentException("a staff account cannot become a contact's, nor the reverse");
        }
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

    public Long getContactId() {
        return contactId;
    }

    public boolean hasPassword() {
        return passwordHash != null;
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
