package org.caseport.identity;

import java.util.Optional;
import org.caseport.identity.internal.UserAccount;
import org.caseport.identity.internal.UserAccounts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting a password through a one-time link: a contact accepting an invitation, or anyone who
 * forgot theirs. The link is used up in the same transaction that stores the new password.
 */
@Service
public class PasswordLinks {

    public static final int MIN_PASSWORD_LENGTH = 10;

    /** Who a valid link is for, as the set-password page greets them. */
    public record LinkHolder(long accountId, String email, String displayName) {
    }

    private final AccountTokens tokens;
    private final UserAccounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;

    PasswordLinks(AccountTokens tokens, UserAccounts accounts, PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
    }

    /**
     * Sends a reset link if the email belongs to an enabled account, at most one every few minutes;
     * the caller answers the same whatever happened, so nobody learns which emails have accounts.
     */
    @Transactional
    public void requestReset(String email) {
        if (email == null || email.isBlank()) {
            return;
        }
        accounts.findByEmail(email.trim()).filter(UserAccount::isEnabled)
                .filter(account -> !tokens.issuedRecently(account.getId(), TokenPurpose.PASSWORD_RESET))
                .ifPresent(account -> events.publishEvent(new PasswordResetRequested(account.getId(),
                        account.getEmail(), account.getDisplayName(),
                        tokens.issue(account.getId(), TokenPurpose.PASSWORD_RESET, null))));
    }

    @Transactional(readOnly = true)
    public Optional<LinkHolder> holderOf(String token, TokenPurpose purpose) {
        return tokens.peek(token, purpose).flatMap(accounts::findById).filter(UserAccount::isEnabled)
                .map(account -> new LinkHolder(account.getId(), account.getEmail(), account.getDisplayName()));
    }

    /** Stores the new password if the link is still valid; false when it expired or was used meanwhile. */
    @Transactional
    public boolean setPassword(String token, TokenPurpose purpose, String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("password too short");
        }
        Optional<UserAccount> account = tokens.redeem(token, purpose).flatMap(accounts::findById)
                .filter(UserAccount::isEnabled);
        account.ifPresent(holder -> {
            holder.changePassword(passwordEncoder.encode(password));
            accounts.save(holder);
        });
        return account.isPresent();
    }
}
