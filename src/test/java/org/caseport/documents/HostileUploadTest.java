package org.caseport.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.caseport.identity.Actor;
import org.caseport.shared.RejectedInputException;
import org.caseport.support.IntegrationTest;
import org.caseport.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Hostile files and names, each either refused (no row, no file left on disk) or neutralised
 * (stored under a safe name, as the type its content really is).
 */
class HostileUploadTest extends IntegrationTest {

    private static final long SMALL_LIMIT = 1024;

    @Autowired
    DocumentService documents;
    @Autowired
    JdbcClient jdbc;
    @Value("${caseport.documents.path}")
    Path root;

    Actor lead;
    long caseId;

    @BeforeEach
    void aCase() {
        lead = data.investigator();
        caseId = data.kase(data.admin(), lead.id(), new BigDecimal("100"));
    }

    static Stream<Arguments> refusedFiles() {
        return Stream.of(
                Arguments.of("HTML renamed .pdf", "invoice.pdf", text("<!DOCTYPE html><html><script>alert(1)</script></html>")),
                Arguments.of("HTML renamed .txt", "notes.txt", text("<html><body onload=\"alert(1)\">hi</body></html>")),
                Arguments.of("HTML named .html", "page.html", text("<html><head><title>x</title></head></html>")),
                Arguments.of("SVG with script renamed .png", "logo.png",
                        text("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")),
                Arguments.of("SVG with an XML prolog", "chart.svg", text("<?xml version=\"1.0\"?>\n"
                        + "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"></svg>")),
                Arguments.of("XHTML", "report.pdf", text("<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC "
                        + "\"-//W3C//DTD XHTML 1.0 Strict//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n"
                        + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body></body></html>")),
                Arguments.of("JavaScript named .js", "app.js", text("window.location = 'https://evil.example/';\n")),
                Arguments.of("Windows executable renamed .jpg", "holiday.jpg", exe()),
                Arguments.of("ELF executable", "photo.png", bytes(0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                        2, 0, 0x3E, 0, 1, 0, 0, 0)),
                Arguments.of("Mach-O executable", "scan.pdf", bytes(0xCF, 0xFA, 0xED, 0xFE, 7, 0, 0, 1, 3, 0, 0, 0, 2, 0,
                        0, 0)),
                Arguments.of("Shell script renamed .txt", "notes.txt", text("#!/bin/sh\nrm -rf / --no-preserve-root\n")),
                Arguments.of("ZIP archive renamed .docx", "contract.docx", zip()),
                Arguments.of("gzip archive renamed .pdf", "statement.pdf", bytes(0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3, 1, 0)),
                Arguments.of("Zero-byte file", "empty.pdf", new byte[0]),
                Arguments.of("Unknown binary", "data.bin", bytes(0, 1, 2, 3, 0xFF, 0xFE, 0, 0, 9, 0, 0x80, 0x81)));
    }

    @ParameterizedTest(name = "{0} is refused")
    @MethodSource("refusedFiles")
    void hostileContentIsRefusedAndLeavesNothingBehind(String what, String name, byte[] content) {
        var filesBefore = DocumentFiles.under(root);

        assertThatThrownBy(() -> documents.upload(lead, caseId, new NewDocument(name, null, null, null),
                new ByteArrayInputStream(content), SMALL_LIMIT * 64))
                .isInstanceOf(RejectedInputException.class);

        assertThat(data.count("documents", caseId)).isZero();
        assertThat(DocumentFiles.under(root)).isEqualTo(filesBefore);
    }

    @Test
    void aFileOverTheLimitIsRefusedWhileStreamingAndLeavesNothingBehind() {
        var filesBefore = DocumentFiles.under(root);
        byte[] large = Arrays.copyOf(TestData.pdf("large"), (int) SMALL_LIMIT * 3);

        assertThatThrownBy(() -> documents.upload(lead, caseId, new NewDocument("large.pdf", null, null, null),
                new ByteArrayInputStream(large), SMALL_LIMIT))
                .isInstanceOf(RejectedInputException.class).hasMessageContaining("larger than the limit");

        assertThat(data.count("documents", caseId)).isZero();
        assertThat(DocumentFiles.under(root)).isEqualTo(filesBefore);
    }

    static Stream<Arguments> hostileNames() {
        return Stream.of(
                Arguments.of("../../etc/passwd", "passwd"),
                Arguments.of("..\\..\\Windows\\System32\\evil.pdf", "evil.pdf"),
                Arguments.of("C:\\fakepath\\report.pdf", "report.pdf"),
                Arguments.of("invoice\u202Efdp.exe", "invoicefdp.exe"),
                Arguments.of("report\u2066.pdf\u2069\u202A.exe\u202C", "report.pdf.exe"),
                Arguments.of("re\u0000port\u0007\u001B[31m.pdf", "report[31m.pdf"),
                Arguments.of("report.pdf\r\nContent-Type: text/html", "html"),
                Arguments.of(".htaccess", "htaccess"),
                Arguments.of("...", "document"),
                Arguments.of("   ", "document"),
                Arguments.of("\u200F\u202E", "document"),
                Arguments.of("a".repeat(500) + ".pdf", "a".repeat(FileNames.MAX_LENGTH)));
    }

    @ParameterizedTest(name = "the name \"{0}\" is stored as \"{1}\"")
    @MethodSource("hostileNames")
    void hostileNamesAreNeutralised(String name, String stored) {
        long documentId = documents.upload(lead, caseId, new NewDocument(name, null, null, null),
                new ByteArrayInputStream(TestData.pdf("named")));

        Map<String, Object> row = jdbc.sql("""
                        select d.title, v.original_filename, v.content_type from documents d
                        join document_versions v on v.document_id = d.id where d.id = :id""")
                .param("id", documentId).query().singleRow();
        assertThat(row).containsEntry("original_filename", stored).containsEntry("title", stored)
                .containsEntry("content_type", "application/pdf");
    }

    @Test
    void aGifScriptPolyglotIsKeptOnlyAsAnImageServedAsAnAttachment() throws Exception {
        byte[] polyglot = text("GIF89a/*\u0001\u0001\u0000\u0000*/=alert(document.domain);//");
        long documentId = documents.upload(lead, caseId, new NewDocument("avatar.gif.js", null, null, null),
                new ByteArrayInputStream(polyglot));

        var response = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/app/cases/{c}/documents/{d}/download", caseId, documentId).with(data.signedIn(lead)))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("image/gif");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment;");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Content-Security-Policy")).contains("sandbox");
    }

    @Test
    void aRefusedUploadThroughTheFormSaysWhyAndStoresNothing() throws Exception {
        var filesBefore = DocumentFiles.under(root);
        mvc.perform(multipart("/app/cases/{c}/documents", caseId)
                        .file(new MockMultipartFile("files", "invoice.pdf", "application/pdf",
                                text("<html><script>alert(1)</script></html>")))
                        .with(data.signedIn(lead)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("problem", org.hamcrest.Matchers.containsString("invoice.pdf")));

        assertThat(data.count("documents", caseId)).isZero();
        assertThat(DocumentFiles.under(root)).isEqualTo(filesBefore);
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static byte[] exe() {
        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3C] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        return exe;
    }

    private static byte[] zip() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
                zip.putNextEntry(new java.util.zip.ZipEntry("payload.exe"));
                zip.write(exe());
                zip.closeEntry();
            }
            return bytes.toByteArray();
        } catch (java.io.IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
