package org.caseport.identity.internal;

import java.util.Optional;
import org.caseport.shared.database.GenericPlans;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads accounts for signing in and for re-checking a signed-in session on every request. */
@Component
class SignInAccounts {

    private static final String SELECT = """
            select u.id, u.email, u.display_name, u.password_hash, u.role, u.enabled, u.contact_id, cc.client_id
            from user_accounts u left join client_contacts cc on cc.id = u.contact_id
            """;

    private final JdbcClient jdbc;
    private final GenericPlans genericPlans;

    SignInAccounts(JdbcClient jdbc, GenericPlans genericPlans) {
        this.jdbc = jdbc;
        this.genericPlans = genericPlans;
    }

    Optional<SignInAccount> byEmail(String email) {
        return jdbc.sql(SELECT + " where lower(u.email) = lower(:email)").param("email", email)
                .query(SignInAccount.class).optional();
    }

    /** The account by id, read again on every request ({@link AccountRefreshFilter}). */
    @Transactional(readOnly = true)
    Optional<SignInAccount> byId(long id) {
        genericPlans.allowInThisTransaction();
        return jdbc.sql(SELECT + " where u.id = :id").param("id", id).query(SignInAccount.class).optional();
    }

    /**
     * Records a sign-in; the one before it becomes the account's previous sign-in, which the portal
     * reads as the contact's last visit (so it stays put however often they reload within this one).
     */
    void recordSignIn(long id) {
        jdbc.sql("update user_accounts set previous_sign_in_at = last_sign_in_at, last_sign_in_at = now() where id = :id")
                .param("id", id).update();
    }
}
