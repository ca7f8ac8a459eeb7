package org.caseport.identity;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.Tika;
import org.caseport.identity.internal.UserAccount;
import org.caseport.identity.internal.UserAccounts;
import org.caseport.shared.RejectedInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The firm's name and logo, and the first admin account created on an empty database.
 *
 * <p>Every page's header shows the name and, in the portal, the logo, so both are kept in memory
 * for a while ({@code caseport.branding.max-age}, 5 s unless configured): a change made through
 * this instance is seen at once, one made through another instance once that time has passed.
 */
@Service
public class FirmSetup {

    private static final String DEFAULT_FIRM_NAME = "Caseport";
    public static final int MAX_LOGO_BYTES = 512 * 1024;
    private static final Set<String> LOGO_TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");
    private static final Tika TIKA = new Tika();

    /** What the headers show of the firm. */
    public record Branding(String firmName, boolean hasLogo) {
    }

    private record ReadBranding(Branding branding, long readAtNanos) {
    }

    private final UserAccounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final JdbcClient jdbc;
    private final long brandingMaxAgeNanos;
    private volatile ReadBranding lastRead;

    FirmSetup(UserAccounts accounts, PasswordEncoder passwordEncoder, JdbcClient jdbc,
            @Value("${caseport.branding.max-age:5s}") Duration brandingMaxAge) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.jdbc = jdbc;
        this.brandingMaxAgeNanos = brandingMaxAge.toNanos();
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

    public String firmName() {
        return branding().firmName();
    }

    public boolean hasLogo() {
        return branding().hasLogo();
    }

    /** The firm's name and whether it has a logo, read again once the kept ones are older than the max age. */
    public Branding branding() {
        ReadBranding read = lastRead;
        long now = System.nanoTime();
        if (read == null || now - read.readAtNanos() > brandingMaxAgeNanos) {
            read = new ReadBranding(jdbc.sql("select name, logo is not null as has_logo from firm_settings where id = 1")
                    .query((rs, rowNum) -> new Branding(rs.getString("name"), rs.getBoolean("has_logo"))).optional()
                    .orElse(new Branding(DEFAULT_FIRM_NAME, false)), now);
            lastRead = read;
        }
        return read.branding();
    }

    /** Admins may rename the firm; its name heads every page and, later, every mail. */
    @Transactional
    public void renameFirm(Actor actor, String name) {
        requireAdmin(actor);
        saveFirmName(name);
    }

    /** The firm's logo, as stored after its content was checked to be a plain raster image. */
    public record Logo(byte[] bytes, String contentType) {
    }

    @Transactional(readOnly = true)
    public Optional<Logo> logo() {
        return jdbc.sql("select logo, logo_content_type from firm_settings where id = 1 and logo is not null")
                .query((rs, rowNum) -> new Logo(rs.getBytes("logo"), rs.getString("logo_content_type")))
                .optional();
    }

    /**
     * Admins set the logo shown on the portal and sign-in page: PNG, JPEG, GIF or WebP up to
     * {@value #MAX_LOGO_BYTES} bytes, decided from the content, never from the file name (so no SVG
     * with script can slip in).
     */
    @Transactional
    public void changeLogo(Actor actor, byte[] image) {
        requireAdmin(actor);
        if (image.length == 0 || image.length > MAX_LOGO_BYTES) {
            throw new RejectedInputException("logo", "Choose an image of at most 512 KB.");
        }
        String type = TIKA.detect(image);
        if (!LOGO_TYPES.contains(type)) {
            throw new RejectedInputException("logo", "Choose a PNG, JPEG, GIF or WebP image.");
        }
        jdbc.sql("""
                        insert into firm_settings (id, name, logo, logo_content_type) values (1, :name, :logo, :type)
                        on conflict (id) do update
                        set logo = excluded.logo, logo_content_type = excluded.logo_content_type, updated_at = now()""")
                .param("name", DEFAULT_FIRM_NAME).param("logo", image).param("type", type).update();
        forgetBrandingAfterCommit();
    }

    @Transactional
    public void removeLogo(Actor actor) {
        requireAdmin(actor);
        jdbc.sql("update firm_settings set logo = null, logo_content_type = null where id = 1").update();
        forgetBrandingAfterCommit();
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw new AccessDeniedException("admin only");
        }
    }

    private void saveFirmName(String name) {
        jdbc.sql("""
                insert into firm_settings (id, name) values (1, :name)
                on conflict (id) do update set name = excluded.name, updated_at = now()""")
                .param("name", name.trim()).update();
        forgetBrandingAfterCommit();
    }

    /**
     * Drops the kept branding once the change is committed (forgetting it before, a page in between
     * could keep the old one again), or at once outside a transaction.
     */
    private void forgetBrandingAfterCommit() {
        lastRead = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    lastRead = null;
                }
            });
        }
    }
}
