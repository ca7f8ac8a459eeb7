package org.caseport.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import ch.qos.logback.classic.Level;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * The command line behind bench/generate.sh and bench/load.sh (see bench/README.md):
 *
 * <pre>
 * generate --size tiny|small|medium|large --seed 42 --data-dir DIR [--tag T] [--as-of 2026-11-01]
 *          [--small-file BYTES] [--big-file BYTES]
 * remove-uploads --jdbc-url URL --documents DIR --case ID --title-prefix PREFIX
 * </pre>
 *
 * {@code generate} starts an embedded PostgreSQL in {@code DIR/postgres} (where the app looks for
 * it), migrates it with the app's Flyway migrations, writes the firm and its two real files under
 * {@code DIR/documents}, and describes it in {@code DIR/firm.env}.
 */
public final class BenchFirmTool {

    static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 11, 1);

    /** The triggers that keep the portal's rollups (V18), by name, with their tables. */
    private static final Map<String, String> ROLLUP_TRIGGERS = Map.of(
            "time_slips_track_spend", "time_slips", "expenses_track_spend", "expenses",
            "time_slips_track_last_shared", "time_slips", "expenses_track_last_shared", "expenses",
            "subjects_track_last_shared", "subjects", "time_slips_track_note_shared", "time_slips",
            "documents_track_document_shared", "documents", "case_status_changes_track_changed", "case_status_changes");

    private BenchFirmTool() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: generate … | remove-uploads … (see bench/README.md)");
        }
        // Quiet: the embedded PostgreSQL and Flyway would log every line at debug level.
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        Map<String, String> options = options(args);
        switch (args[0]) {
            case "generate" -> generate(options);
            case "remove-uploads" -> removeUploads(options);
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    private static void generate(Map<String, String> options) throws Exception {
        FirmSize size = FirmSize.named(required(options, "size"));
        long seed = Long.parseLong(options.getOrDefault("seed", "42"));
        Path dataDir = Path.of(required(options, "data-dir")).toAbsolutePath();
        Path pgData = dataDir.resolve("postgres");
        if (Files.exists(pgData)) {
            throw new IllegalStateException(pgData + " exists: delete " + dataDir + " to generate a firm there again");
        }
        Files.createDirectories(dataDir);
        var generation = new FirmGenerator.Options(size, seed, options.getOrDefault("tag", "s" + seed),
                LocalDate.parse(options.getOrDefault("as-of", DEFAULT_AS_OF.toString())), dataDir.resolve("documents"),
                Long.parseLong(options.getOrDefault("small-file", Long.toString(1L << 20))),
                Long.parseLong(options.getOrDefault("big-file", Long.toString(100L << 20))),
                PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(FirmGenerator.PASSWORD));
        long started = System.nanoTime();
        // A generated firm is made again rather than recovered, so the load skips durability.
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(pgData)
                .setCleanDataDirectory(false).setServerConfig("max_connections", "50")
                .setServerConfig("fsync", "off").setServerConfig("full_page_writes", "off")
                .setServerConfig("max_wal_size", "8GB").setServerConfig("maintenance_work_mem", "512MB")
                .start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            log("migrated in %.1f s", started);
            BenchFirm firm;
            try (Connection connection = dataSource.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("insert into firm_settings (id, name) values (1, 'Benchmark Investigations')");
                }
                // The rollup triggers would update a case once per row loaded: they are off for the
                // load, and the rollups are computed once afterwards, by the migration's own function.
                try (Statement statement = connection.createStatement()) {
                    for (Map.Entry<String, String> trigger : ROLLUP_TRIGGERS.entrySet()) {
                        statement.execute("alter table " + trigger.getValue() + " disable trigger " + trigger.getKey());
                    }
                }
                firm = new FirmGenerator(connection, generation).generate();
                try (Statement statement = connection.createStatement()) {
                    for (Map.Entry<String, String> trigger : ROLLUP_TRIGGERS.entrySet()) {
                        statement.execute("alter table " + trigger.getValue() + " enable trigger " + trigger.getKey());
                    }
                    statement.execute("select rebuild_portal_rollups()");
                }
                log("loaded in %.1f s", started);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("vacuum analyze");
                }
                log("vacuumed and analysed in %.1f s", started);
            }
            firm.writeTo(dataDir.resolve("firm.env"));
            firm.entries().forEach((key, value) -> System.out.println(key + "=" + value));
        }
        log("done in %.1f s (embedded PostgreSQL stopped)", started);
    }

    private static void removeUploads(Map<String, String> options) throws Exception {
        try (Connection connection = DriverManager.getConnection(required(options, "jdbc-url"), "postgres", "")) {
            int removed = BenchUploads.remove(connection, Path.of(required(options, "documents")),
                    Long.parseLong(required(options, "case")), required(options, "title-prefix"));
            System.out.println("removed " + removed + " uploaded documents");
        }
    }

    private static void log(String format, long started) {
        System.err.printf("· " + format + "%n", (System.nanoTime() - started) / 1e9);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int index = 1; index < args.length; index += 2) {
            if (!args[index].startsWith("--") || index + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value, not " + args[index]);
            }
            options.put(args[index].substring(2), args[index + 1]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is needed");
        }
        return value;
    }
}
