package org.caseport.shared.secrets;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.keygen.KeyGenerators;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Encrypts the secrets Caseport must read back later, such as an SMTP password, so that a copy of
 * the database does not give them away. AES-256-GCM ({@link Encryptors#delux}) with a key derived
 * from {@code caseport.secret-key}, or, when that is unset, from a random key generated once into
 * {@code <caseport.data-dir>/secret.key}. Every instance sharing a database needs the same key.
 */
@Component
public class SecretCipher {

    static final int MIN_KEY_LENGTH = 32;
    static final String KEY_FILE = "secret.key";
    private static final String FORMAT = "v1";

    private final Supplier<String> key;

    SecretCipher(@Value("${caseport.secret-key:}") String configuredKey,
            @Value("${caseport.data-dir:./data}") Path dataDir) {
        String configured = configuredKey.strip();
        if (configured.isEmpty()) {
            // Read (or created) on first use, so an instance that never stores a secret writes no key file.
            key = SingletonSupplier.of(() -> SecretKeyFile.readOrCreate(dataDir.resolve(KEY_FILE)));
        } else if (configured.length() < MIN_KEY_LENGTH) {
            throw new IllegalArgumentException("caseport.secret-key (CASEPORT_SECRET_KEY) needs at least "
                    + MIN_KEY_LENGTH + " characters, e.g. the output of: openssl rand -hex 32");
        } else {
            key = () -> configured;
        }
    }

    /** Encrypts the text under a fresh random salt and IV: the same text never encrypts the same way twice. */
    public String encrypt(String plainText) {
        String salt = KeyGenerators.string().generateKey();
        return FORMAT + ":" + salt + ":" + Encryptors.delux(key.get(), salt).encrypt(plainText);
    }

    /** The text {@link #encrypt} was given; refuses anything encrypted under another key, or altered. */
    public String decrypt(String encrypted) {
        String[] parts = encrypted.split(":", 3);
        if (parts.length != 3 || !parts[0].equals(FORMAT)) {
            throw new UnreadableSecretException("Not a secret encrypted by Caseport", null);
        }
        String secretKey = key.get();
        try {
            return Encryptors.delux(secretKey, parts[1]).decrypt(parts[2]);
        } catch (RuntimeException wrongKeyOrAltered) {
            // Spring Security's encryptors report a wrong key, a failed tag or a truncated text in several ways.
            throw new UnreadableSecretException("The secret cannot be decrypted with this instance's secret key",
                    wrongKeyOrAltered);
        }
    }
}
