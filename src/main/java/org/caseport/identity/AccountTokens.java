package org.caseport.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single-use links for accepting an invitation or resetting a password. Only a SHA-256 of each
 * token is stored; issuing a new one voids the older unused ones of the same purpose.
 */
@Service
public class AccountTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration RESEND_PAUSE = Duration.ofMinutes(2);

    private final JdbcClient jdbc;
    private final Clock clock;

    AccountTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Returns the raw token to put in a link; it is never stored or logged. */
    @Transactional
    public String issue(long accountId, TokenPurpose purpose, Long issuedBy) {
        Instant now = clock.instant();
        jdbc.sql("""
                        update account_tokens set used_at = :now
                        where user_account_id = :accountId and purpose = :purpose and used_at is null""")
                .param("now", Timestamp.from(now)).param("accountId", accountId).param("purpose", purpose.name())
                .update();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("""
                        insert into account_tokens (user_account_id, purpose, token_hash, expires_at, created_by)
                        values (:accountId, :purpose, :hash, :expiresAt, :createdBy)""")
                .param("accountId", accountId).param("purpose", purpose.name()).param("hash", hash(token))
                .param("expiresAt", Timestamp.from(now.plus(purpose.lifetime())))
                .param("createdBy", issuedBy)
                .update();
        return token;
    }

    /** Whether a link of this purpose went out in the last few minutes, to keep from flooding an inbox. */
    @Transactional(readOnly = true)
    public boolean issuedRecently(long accountId, TokenPurpose purpose) {
        return jdbc.sql("""
                        select exists (select 1 from account_tokens where user_account_id = :accountId
                          and purpose = :purpose and created_at > :since)""")
                .param("accountId", accountId).param("purpose", purpose.name())
                .param("since", Timestamp.from(clock.instant().minus(RESEND_PAUSE)))
                .query(Boolean.class).single();
    }

    /** The account a still-valid, unused token belongs to, without using it up. */
    @Transactional(readOnly = true)
    public Optional<Long> peek(String token, TokenPurpose purpose) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select user_account_id from account_tokens
                        where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > :now""")
                .param("hash", hash(token)).param("purpose", purpose.name())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class).optional();
    }

    /** Uses the token up; at most one caller ever gets the account back. */
    @Transactional
    public Optional<Long> redeem(String token, TokenPurpose purpose) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        update account_tokens set used_at = :now
                        where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > :now
                        returning user_account_id""")
                .param("hash", hash(token)).param("purpose", purpose.name())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class).optional();
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
