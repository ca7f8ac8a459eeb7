package org.caseport.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.caseport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Keeps the benchmark harness from rotting: generates a tiny firm into the test database (its own
 * emails and profiles, beside the other tests' data) and runs bench/load.sh against this test's
 * server for a second per scenario. No timing is asserted; only that every scenario ran without
 * an error. The real runs stay on demand (bench/README.md).
 */
class BenchHarnessSmokeTest extends IntegrationTest {

    static final List<String> SCENARIOS = List.of("static-asset", "portal-dashboard", "portal-case",
            "portal-notes-page", "staff-case-search", "download-small", "download-big", "static-big-file", "upload-big");

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Value("${caseport.documents.path}")
    Path documents;

    @Test
    void theGeneratorAndTheLoadScriptRunAtTinySizeWithoutAnError(@TempDir Path work) throws Exception {
        String tag = "smoke" + ProcessHandle.current().pid() + "t" + System.currentTimeMillis();
        Path documentsRoot = documents.toAbsolutePath();
        BenchFirm firm;
        try (Connection connection = dataSource.getConnection()) {
            firm = new FirmGenerator(connection, new FirmGenerator.Options(FirmSize.TINY, 42, tag,
                    BenchFirmTool.DEFAULT_AS_OF, documentsRoot, 64 * 1024, 512 * 1024,
                    passwordEncoder.encode(FirmGenerator.PASSWORD))).generate();
        }
        assertThat(firm.rows()).containsEntry("cases", (long) FirmSize.TINY.cases);
        Path firmFile = work.resolve("firm.env");
        firm.writeTo(firmFile);
        String uploadTitle = "bench-upload-" + tag;

        Path output = work.resolve("load.out");
        Process load = new ProcessBuilder("bash", "bench/load.sh", "--url", "http://127.0.0.1:" + port,
                "--firm", firmFile.toString(), "--documents", documentsRoot.toString(),
                "--static-dir", Path.of("target/bench-static").toAbsolutePath().toString(),
                "--duration", "1s", "--transfer-duration", "1s", "--upload-duration", "1s", "--connections", "2", "--runs", "1",
                "--warmup", "0", "--jit-warmup", "0", "--upload-bytes", "200000", "--upload-title", uploadTitle)
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean finished = load.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            load.destroyForcibly().waitFor();
        }
        String printed = Files.readString(output);

        assertThat(finished).as("load.sh finished within 120 s:%n%s", printed).isTrue();
        assertThat(load.exitValue()).as("load.sh's exit status:%n%s", printed).isZero();
        for (String scenario : SCENARIOS) {
            assertThat(printed).as("a figure line for %s", scenario)
                    .containsPattern("(?m)^RESULT scenario=" + scenario + " rps=[0-9.]+ .* errors=0 ");
        }
        try (Connection connection = dataSource.getConnection()) {
            int removed = BenchUploads.remove(connection, documentsRoot, firm.portalCaseId(), uploadTitle);
            assertThat(removed).as("documents the upload scenario stored").isPositive();
        }
    }
}
