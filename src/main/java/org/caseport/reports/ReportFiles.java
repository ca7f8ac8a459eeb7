package org.caseport.reports;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Report files under {@code caseport.reports.path}: {@code <uuid>.pdf} once complete, {@code
 * tmp/<uuid>.part} while being written. A file is written to its temporary name, fsynced, then moved
 * into place atomically, so a key on record always names a complete file.
 */
@Component
class ReportFiles {

    private static final Pattern KEY = Pattern.compile("[0-9a-f-]{36}\\.pdf");
    private static final String TEMPORARY = "tmp";
    private static final int BUFFER_SIZE = 64 * 1024;

    /** What a report file's content is written by. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A complete report file: its key and size. */
    record StoredFile(String key, long size) {
    }

    private final Path root;

    ReportFiles(@Value("${caseport.reports.path}") Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root.resolve(TEMPORARY));
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot create the report folder at " + this.root, failure);
        }
    }

    /** Writes a new report file; nothing is left behind when writing fails. */
    StoredFile write(Content content) throws IOException {
        String name = UUID.randomUUID().toString();
        Path temporary = root.resolve(TEMPORARY).resolve(name + ".part");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                            StandardOpenOption.WRITE);
                    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER_SIZE)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            String key = name + ".pdf";
            Path target = root.resolve(key);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            return new StoredFile(key, Files.size(target));
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The file a key names, if it is still there; a key this class did not make names nothing. */
    Optional<Path> find(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            return Optional.empty();
        }
        Path file = root.resolve(key);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    void delete(String key) throws IOException {
        Optional<Path> file = find(key);
        if (file.isPresent()) {
            Files.deleteIfExists(file.get());
        }
    }

    /** Deletes files left half-written (by a stopped instance) before {@code before}; answers how many. */
    int deleteUnfinishedOlderThan(Instant before) throws IOException {
        int deleted = 0;
        try (Stream<Path> files = Files.list(root.resolve(TEMPORARY))) {
            for (Path file : files.filter(file -> modifiedBefore(file, before)).toList()) {
                Files.deleteIfExists(file);
                deleted++;
            }
        }
        return deleted;
    }

    private static boolean modifiedBefore(Path file, Instant instant) {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            return modified.toInstant().isBefore(instant);
        } catch (IOException gone) {
            return false;
        }
    }
}
