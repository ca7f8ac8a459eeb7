package org.caseport.shared.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretCipherTest {

    private static final String KEY = "0123456789abcdef0123456789abcdef-a-configured-key";

    @TempDir
    Path dataDir;

    @Test
    void whatIsEncryptedDecryptsToTheSameText() {
        SecretCipher cipher = new SecretCipher(KEY, dataDir);

        assertThat(cipher.decrypt(cipher.encrypt("p@ss wörd: ✓"))).isEqualTo("p@ss wörd: ✓");
    }

    @Test
    void theSameTextNeverEncryptsTheSameWayAndNeverShowsInTheResult() {
        SecretCipher cipher = new SecretCipher(KEY, dataDir);

        String once = cipher.encrypt("smtp-password");
        String twice = cipher.encrypt("smtp-password");

        assertThat(once).isNotEqualTo(twice).doesNotContain("smtp-password").startsWith("v1:");
    }

    @Test
    void anotherKeyCannotDecrypt() {
        String encrypted = new SecretCipher(KEY, dataDir).encrypt("smtp-password");

        assertThatThrownBy(() -> new SecretCipher(KEY + "-other", dataDir).decrypt(encrypted))
                .isInstanceOf(UnreadableSecretException.class);
    }

    @Test
    void anAlteredSecretIsRefused() {
        SecretCipher cipher = new SecretCipher(KEY, dataDir);
        String encrypted = cipher.encrypt("smtp-password");
        char last = encrypted.charAt(encrypted.length() - 1);
        String altered = encrypted.substring(0, encrypted.length() - 1) + (last == '0' ? '1' : '0');

        assertThatThrownBy(() -> cipher.decrypt(altered)).isInstanceOf(UnreadableSecretException.class);
        assertThatThrownBy(() -> cipher.decrypt("smtp-password")).isInstanceOf(UnreadableSecretException.class);
    }

    @Test
    void withoutAConfiguredKeyOneIsGeneratedOnFirstUseReadableOnlyByItsOwnerAndReused() throws Exception {
        SecretCipher first = new SecretCipher("", dataDir);
        Path keyFile = dataDir.resolve(SecretCipher.KEY_FILE);
        assertThat(keyFile).doesNotExist();

        String encrypted = first.encrypt("smtp-password");

        assertThat(keyFile).exists();
        assertThat(Files.readString(keyFile)).hasSize(64).matches("[0-9a-f]+");
        assertThat(Files.getPosixFilePermissions(keyFile))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(new SecretCipher("", dataDir).decrypt(encrypted)).as("after a restart").isEqualTo("smtp-password");
        try (var files = Files.list(dataDir)) {
            assertThat(files).as("no temporary file left").containsExactly(keyFile);
        }
    }

    @Test
    void aConfiguredKeyIsUsedInsteadOfAFile() {
        SecretCipher cipher = new SecretCipher(KEY, dataDir);

        cipher.decrypt(cipher.encrypt("smtp-password"));

        assertThat(dataDir.resolve(SecretCipher.KEY_FILE)).doesNotExist();
        assertThat(new SecretCipher(KEY, dataDir.resolve("elsewhere")).decrypt(cipher.encrypt("x")))
                .as("another instance with the same key").isEqualTo("x");
    }

    @Test
    void aShortConfiguredKeyIsRefusedAtOnce() {
        assertThatThrownBy(() -> new SecretCipher("too-short", dataDir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CASEPORT_SECRET_KEY");
    }

    @Test
    void aDamagedKeyFileIsNotReplaced() throws Exception {
        Files.writeString(dataDir.resolve(SecretCipher.KEY_FILE), "short");

        assertThatThrownBy(() -> new SecretCipher("", dataDir).encrypt("x")).hasMessageContaining("damaged");
        assertThat(Files.readString(dataDir.resolve(SecretCipher.KEY_FILE))).isEqualTo("short");
    }
}
