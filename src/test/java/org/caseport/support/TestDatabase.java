package org.caseport.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One PostgreSQL for the whole test JVM: the one named by SPRING_DATASOURCE_URL when set,
 * otherwise an embedded PostgreSQL 17 started once in a fresh directory under target/.
 */
public final class TestDatabase {

    private static EmbeddedPostgres embedded;

    private TestDatabase() {
    }

    public static synchronized void register(DynamicPropertyRegistry registry) {
        if (System.getenv("SPRING_DATASOURCE_URL") != null) {
            return;
        }
        EmbeddedPostgres postgres = embedded();
        registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    private static EmbeddedPostgres embedded() {
        if (embedded == null) {
            try {
                Path dir = Files.createTempDirectory(Path.of("target"), "test-postgres-");
                embedded = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true).start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        embedded.close();
                    } catch (IOException ignored) {
                        // the JVM is going away; nothing left to clean up
                    }
                }));
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded test database", e);
            }
        }
        return embedded;
    }
}
