package org.caseport.shared.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.keygen.KeyGenerators;

/**
 * The secret key Caseport generates for itself when none is configured: 256 random bits, hex-encoded,
 * in a file only its owner may read, written once and then reused.
 */
final class SecretKeyFile {

    private static final Logger log = LoggerFactory.getLogger(SecretKeyFile.class);
    private static final int KEY_BYTES = 32;

    private SecretKeyFile() {
    }

    static String readOrCreate(Path file) {
        try {
            return Files.exists(file) ? read(file) : create(file);
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot read or create the secret key file " + file.toAbsolutePath()
                    + "; make its folder writable or set CASEPORT_SECRET_KEY", failure);
        }
    }

    private static String read(Path file) throws IOException {
        String key = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (key.length() < SecretCipher.MIN_KEY_LENGTH) {
            throw new IllegalStateException("The secret key file " + file.toAbsolutePath() + " is damaged: it holds "
                    + key.length() + " characters, at least " + SecretCipher.MIN_KEY_LENGTH + " are needed");
        }
        return key;
    }

    private static String create(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        String key = HexFormat.of().formatHex(KeyGenerators.secureRandom(KEY_BYTES).generateKey());
        Path temporary = folder.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? Files.createTempFile(folder, "secret-", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(folder, "secret-", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(key.getBytes(StandardCharsets.US_ASCII)));
                channel.force(true);
            }
            // Never replaces a key file: if another process wrote one first, its key is the key.
            Files.move(temporary, file);
            log.info("Generated the secret key that encrypts stored passwords in {}: back it up with the database,"
                    + " or set CASEPORT_SECRET_KEY", file.toAbsolutePath());
            return key;
        } catch (FileAlreadyExistsException raced) {
            return read(file);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
