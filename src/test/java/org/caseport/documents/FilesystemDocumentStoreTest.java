package org.caseport.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.caseport.documents.DocumentStore.FileTooLargeException;
import org.caseport.documents.DocumentStore.StoredFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilesystemDocumentStoreTest {

    @TempDir
    Path root;

    @Test
    void aStoredFileIsCompleteFingerprintedAndReadableByItsKey() throws Exception {
        FilesystemDocumentStore store = new FilesystemDocumentStore(root);
        byte[] content = new byte[200_000];
        new java.util.Random(4).nextBytes(content);

        StoredFile stored = store.put(new ByteArrayInputStream(content), content.length);

        assertThat(stored.size()).isEqualTo(content.length);
        assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(content)));
        try (InputStream in = store.open(stored.key())) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(Files.list(root.resolve("tmp"))).isEmpty();
    }

    @Test
    void passingTheLimitLeavesNothingBehind() throws Exception {
        FilesystemDocumentStore store = new FilesystemDocumentStore(root);

        assertThatThrownBy(() -> store.put(new ByteArrayInputStream(new byte[100_001]), 100_000))
                .isInstanceOf(FileTooLargeException.class);

        try (var files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void aKeyTheStoreDidNotMakeNamesNothing() {
        FilesystemDocumentStore store = new FilesystemDocumentStore(root);

        for (String key : new String[] {"../../etc/passwd", "tmp/x.part", "/etc/passwd", "ab/cd/../../x"}) {
            assertThatThrownBy(() -> store.open(key)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.delete(key)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void onlyOldFilesAreListedForTheCleanup() throws Exception {
        FilesystemDocumentStore store = new FilesystemDocumentStore(root);
        String old = store.put(new ByteArrayInputStream(new byte[] {1}), 10).key();
        String recent = store.put(new ByteArrayInputStream(new byte[] {2}), 10).key();
        Path unfinished = Files.write(root.resolve("tmp").resolve("a.part"), new byte[] {3});
        FileTime yesterday = FileTime.from(Instant.now().minus(1, ChronoUnit.DAYS));
        Files.setLastModifiedTime(root.resolve(old), yesterday);
        Files.setLastModifiedTime(unfinished, yesterday);

        Instant anHourAgo = Instant.now().minus(1, ChronoUnit.HOURS);
        assertThat(store.keysOlderThan(anHourAgo)).containsExactly(old).doesNotContain(recent);
        assertThat(store.deleteUnfinishedOlderThan(anHourAgo)).isEqualTo(1);
        assertThat(unfinished).doesNotExist();
    }
}
