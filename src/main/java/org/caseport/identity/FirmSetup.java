package org.caseport.identity;

import org.caseport.identity.internal.UserAccount;
import org.caseport.identity.internal.UserAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The firm's name, and the first admin account created on an empty database. */
@Service
public class FirmSetup {

    private static final String DEFAULT_FIRM_NAME = "Caseport";

    private final UserAccounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final JdbcClient jdbc;

    FirmSetup(UserAccounts accounts, PasswordEncoder passwordEncoder, JdbcClient jdbc) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public boolean isSetupNeeded() {
        return !accounts.anyExists();
    }

    /**
     * Creates the firm and its first admin; refused once any account exists, so the set-up page
     * cannot be used to take over a running firm. The table lock makes two racing set-ups safe.
     */
    @Transactional
    public long createFirstAdmin(String firmName, String email, String displayName, String password) {
        jdbc.sql("lock table user_accounts in exclusive mode").update();
        if (accounts.anyExists()) {
            throw new IllegalStateException("Caseport is already set up.");
        }
        saveFirmName(firmName);
        return accounts.save(UserAccount.create(email, displayName, null, passwordEncoder.encode(password),
                Role.ADMIN)).getId();
    }

    @Transactional(readOnly = true)
    public String firmName() {
        return jdbc.sql("select name from firm_settings where id = 1").query(String.class).optional()
                .orElse(DEFAULT_FIRM_NAME);
    }

    /** Admins may rename the firm; its name heads every page and, later, every mail. */
    @Transactional
    public void renameFirm(Actor actor, String name) {
        if (!actor.isAdmin()) {
            throw new AccessDeniedException("admin only");
        }
        saveFirmName(name);
    }

    private void saveFirmName(String name) {
        jdbc.sql("""
                insert into firm_settings (id, name) values (1, :name)
                on conflict (id) do update set name = excluded.name, updated_at = now()""")
                .param("name", name.trim()).update();
    }
}
