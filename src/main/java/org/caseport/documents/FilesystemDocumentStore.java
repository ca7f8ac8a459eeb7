package org.caseport.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Files under one directory: {@code ab/cd/<uuid>} for stored files, {@code tmp/<uuid>.part} while
 * an upload is being written. A file is written to its temporary name, fsynced, then moved into
 * place atomically, so a stored key always names a complete file.
 */
class FilesystemDocumentStore implements DocumentStore {

    private static final int BUFFER_SIZE = 64 * 1024;
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f-]{36}");
    private static final String TEMPORARY = "tmp";

    private final Path root;

    FilesystemDocumentStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root.resolve(TEMPORARY));
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot create the document store at " + this.root, failure);
        }
    }

    @Override
    public StoredFile put(InputStream content, long maxBytes) throws IOException {
        String name = UUID.randomUUID().toString();
        Path temporary = root.resolve(TEMPORARY).resolve(name + ".part");
        try {
            MessageDigest sha256 = sha256();
            long size = copy(new DigestInputStream(content, sha256), temporary, maxBytes);
            String key = name.substring(0, 2) + "/" + name.substring(2, 4) + "/" + name;
            Path target = path(key);
            Files.createDirectories(target.getParent());
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            return new StoredFile(key, size, HexFormat.of().formatHex(sha256.digest()));
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static long copy(InputStream in, Path temporary, long maxBytes) throws IOException {
        long size = 0;
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                OutputStream out = Channels.newOutputStream(channel)) {
            byte[] buffer = new byte[BUFFER_SIZE];
            int read;
            while ((read = in.read(buffer)) != -1) {
                size += read;
                if (size > maxBytes) {
                    throw new FileTooLargeException(maxBytes);
                }
                out.write(buffer, 0, read);
            }
            out.flush();
            channel.force(true);
        }
        return size;
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(path(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(path(key));
    }

    @Override
    public List<String> keysOlderThan(Instant instant) throws IOException {
        try (Stream<Path> files = Files.walk(root, 3)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.getParent().equals(root.resolve(TEMPORARY)))
                    .filter(file -> modifiedBefore(file, instant))
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .filter(key -> KEY.matcher(key).matches())
                    .toList();
        }
    }

    @Override
    public int deleteUnfinishedOlderThan(Instant instant) throws IOException {
        int deleted = 0;
        try (Stream<Path> files = Files.list(root.resolve(TEMPORARY))) {
            for (Path file : files.filter(file -> modifiedBefore(file, instant)).toList()) {
                Files.deleteIfExists(file);
                deleted++;
            }
        }
        return deleted;
    }

    /** The file a key names; a key the store did not make (say, {@code ../x}) names nothing. */
    private Path path(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a document store key: " + key);
        }
        return root.resolve(key);
    }

    private static boolean modifiedBefore(Path file, Instant instant) {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            return modified.toInstant().isBefore(instant);
        } catch (IOException gone) {
            return false;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
