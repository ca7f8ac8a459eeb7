package org.caseport.identity;

import java.util.List;
import java.util.Optional;
import org.caseport.identity.internal.UserAccount;
import org.caseport.identity.internal.UserAccounts;
import org.caseport.shared.NotFoundException;
import org.caseport.shared.PageResult;
import org.caseport.shared.RejectedInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff accounts: admins manage them; everyone may list the staff to pick an investigator. */
@Service
public class StaffAccountService {

    private static final String SUMMARY_COLUMNS = "id, display_name, email, phone, role, enabled";
    private static final String STAFF_ONLY = "role <> 'CONTACT'";

    private final UserAccounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final JdbcClient jdbc;

    StaffAccountService(UserAccounts accounts, PasswordEncoder passwordEncoder, JdbcClient jdbc) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.jdbc = jdbc;
    }

    public record StaffAccountDetails(String email, String displayName, String phone, Role role) {
    }

    @Transactional(readOnly = true)
    public PageResult<StaffMember> list(Actor actor, int page) {
        requireAdmin(actor);
        long total = jdbc.sql("select count(*) from user_accounts where " + STAFF_ONLY).query(Long.class).single();
        List<StaffMember> rows = jdbc.sql("select " + SUMMARY_COLUMNS + " from user_accounts where " + STAFF_ONLY
                        + " order by enabled desc, lower(display_name), id limit :limit offset :offset")
                .param("limit", PageResult.DEFAULT_SIZE)
                .param("offset", (long) page * PageResult.DEFAULT_SIZE)
                .query(StaffMember.class).list();
        return new PageResult<>(rows, page, PageResult.DEFAULT_SIZE, total);
    }

    /** Enabled staff, for choosing a lead investigator or assignees. */
    @Transactional(readOnly = true)
    public List<StaffMember> enabledStaff() {
        return jdbc.sql("select " + SUMMARY_COLUMNS + " from user_accounts where enabled and " + STAFF_ONLY
                        + " order by lower(display_name), id")
                .query(StaffMember.class).list();
    }

    /** A staff member's name, for a filter that names them by id. */
    @Transactional(readOnly = true)
    public Optional<String> displayNameOf(long id) {
        return jdbc.sql("select display_name from user_accounts where id = :id and " + STAFF_ONLY).param("id", id)
                .query(String.class).optional();
    }

    @Transactional(readOnly = true)
    public StaffMember get(Actor actor, long id) {
        requireAdmin(actor);
        return jdbc.sql("select " + SUMMARY_COLUMNS + " from user_accounts where id = :id and " + STAFF_ONLY)
                .param("id", id).query(StaffMember.class).optional()
                .orElseThrow(() -> new NotFoundException("Staff account"));
    }

    @Transactional
    public long create(Actor actor, StaffAccountDetails details, String password) {
        requireAdmin(actor);
        requireStaffRole(details.role());
        requireUnusedEmail(details.email(), null);
        UserAccount account = UserAccount.create(details.email(), details.displayName(), details.phone(),
                passwordEncoder.encode(password), details.role());
        return accounts.save(account).getId();
    }

    @Transactional
    public void update(Actor actor, long id, StaffAccountDetails details) {
        requireAdmin(actor);
        requireStaffRole(details.role());
        UserAccount account = load(id);
        requireUnusedEmail(details.email(), id);
        if (account.getId() == actor.id() && details.role() != Role.ADMIN) {
            throw new IllegalStateException("You cannot remove your own admin role.");
        }
        account.updateProfile(details.email(), details.displayName(), details.phone(), details.role());
        accounts.save(account);
    }

    @Transactional
    public void setEnabled(Actor actor, long id, boolean enabled) {
        requireAdmin(actor);
        UserAccount account = load(id);
        if (account.getId() == actor.id() && !enabled) {
            throw new IllegalStateException("You cannot disable your own account.");
        }
        if (enabled) {
            account.enable();
        } else {
            account.disable();
        }
        accounts.save(account);
    }

    @Transactional
    public void setPassword(Actor actor, long id, String password) {
        requireAdmin(actor);
        UserAccount account = load(id);
        account.changePassword(passwordEncoder.encode(password));
        accounts.save(account);
    }

    private UserAccount load(long id) {
        return accounts.findById(id).filter(account -> account.getRole().isStaff())
                .orElseThrow(() -> new NotFoundException("Staff account"));
    }

    private void requireUnusedEmail(String email, Long exceptId) {
        accounts.findByEmail(email.trim()).filter(other -> !other.getId().equals(exceptId)).ifPresent(other -> {
            throw new DuplicateEmailException();
        });
    }

    private static void requireStaffRole(Role role) {
        if (!role.isStaff()) {
            throw new RejectedInputException("role", "Choose admin or investigator.");
        }
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw new AccessDeniedException("admin only");
        }
    }
}
