package org.caseport.identity;

import java.util.Optional;
import org.caseport.identity.internal.UserAccount;
import org.caseport.identity.internal.UserAccounts;
import org.caseport.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Portal logins of client contacts: one per contact, whatever the number of cases granted. The
 * email must be unused by any other login, staff or contact, because everyone signs in on one page.
 */
@Service
public class ContactAccounts {

    private final UserAccounts accounts;
    private final JdbcClient jdbc;

    ContactAccounts(UserAccounts accounts, JdbcClient jdbc) {
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    /** The contact's login, created (without a password) if it does not exist yet. */
    @Transactional
    public long ensureAccount(long contactId, String email, String displayName) {
        return accounts.findByContactId(contactId).map(UserAccount::getId).orElseGet(() -> {
            requireUnused(email, null);
            return accounts.save(UserAccount.forContact(contactId, email, displayName)).getId();
        });
    }

    /** Keeps a contact's login email in step with the contact's email. */
    @Transactional
    public void syncEmail(long contactId, String email, String displayName) {
        accounts.findByContactId(contactId).ifPresent(account -> {
            requireUnused(email, account.getId());
            account.updateProfile(email, displayName, null, Role.CONTACT);
            accounts.save(account);
        });
    }

    @Transactional(readOnly = true)
    public Optional<ContactLogin> login(long contactId) {
        return jdbc.sql("""
                        select id as account_id, enabled, password_hash is not null as has_password, last_sign_in_at
                        from user_accounts where contact_id = :contactId""")
                .param("contactId", contactId).query(ContactLogin.class).optional();
    }

    /** Staff disable a contact's login (signed out on the next request) or enable it again. */
    @Transactional
    public void setEnabled(Actor actor, long contactId, boolean enabled) {
        if (!actor.isStaff()) {
            throw new AccessDeniedException("staff only");
        }
        UserAccount account = accounts.findByContactId(contactId)
                .orElseThrow(() -> new NotFoundException("Portal login"));
        if (enabled) {
            account.enable();
        } else {
            account.disable();
        }
        accounts.save(account);
    }

    private void requireUnused(String email, Long exceptId) {
        accounts.findByEmail(email.trim()).filter(other -> !other.getId().equals(exceptId)).ifPresent(other -> {
            throw new DuplicateEmailException();
        });
    }
}
