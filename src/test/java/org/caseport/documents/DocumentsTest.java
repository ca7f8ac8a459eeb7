package org.caseport.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import org.caseport.identity.Actor;
import org.caseport.shared.NotFoundException;
import org.caseport.shared.Visibility;
import org.caseport.support.IntegrationTest;
import org.caseport.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.transaction.support.TransactionTemplate;

class DocumentsTest extends IntegrationTest {

    @Autowired
    DocumentService documents;
    @Autowired
    DocumentStore store;
    @Autowired
    DocumentStoreCleanup cleanup;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Value("${caseport.documents.path}")
    Path root;

    Actor admin;
    Actor lead;
    long caseId;

    @BeforeEach
    void aCaseWithALead() {
        admin = data.admin();
        lead = data.investigator();
        caseId = data.kase(admin, lead.id(), new BigDecimal("100"));
    }

    @Test
    void anUploadStoresARowAndAFileWhoseSha256Matches() throws Exception {
        byte[] pdf = TestData.pdf("surveillance report");
        mvc.perform(multipart("/app/cases/{c}/documents", caseId)
                        .file(new MockMultipartFile("files", "Report 1.pdf", "application/pdf", pdf))
                        .param("title", "Week one").param("category", "REPORT").param("visibility", "INTERNAL")
                        .with(data.signedIn(lead)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/app/cases/" + caseId + "/documents"));

        Map<String, Object> row = jdbc.sql("""
                        select d.title, d.category, d.visibility, v.version, v.original_filename, v.content_type,
                               v.size_bytes, v.sha256, v.storage_key, v.uploaded_by
                        from documents d join document_versions v on v.document_id = d.id where d.case_id = :c""")
                .param("c", caseId).query().singleRow();
        assertThat(row).containsEntry("title", "Week one").containsEntry("category", "REPORT")
                .containsEntry("visibility", "INTERNAL").containsEntry("version", 1)
                .containsEntry("original_filename", "Report 1.pdf").containsEntry("content_type", "application/pdf")
                .containsEntry("size_bytes", (long) pdf.length).containsEntry("sha256", sha256(pdf))
                .containsEntry("uploaded_by", lead.id());
        Path file = root.resolve((String) row.get("storage_key"));
        assertThat(Files.readAllBytes(file)).isEqualTo(pdf);
        assertThat(sha256(Files.readAllBytes(file))).isEqualTo(row.get("sha256"));
    }

    @Test
    void severalFilesAtOnceBecomeOneDocumentEachTitledByTheirNames() throws Exception {
        mvc.perform(multipart("/app/cases/{c}/documents", caseId)
                        .file(new MockMultipartFile("files", "a.txt", "text/plain", "first".getBytes()))
                        .file(new MockMultipartFile("files", "b.csv", "text/csv", "x,y\n1,2\n".getBytes()))
                        .param("title", "ignored with several files").param("category", "EVIDENCE")
                        .with(data.signedIn(lead)).with(csrf()))
                .andExpect(status().isFound());

        assertThat(jdbc.sql("select title from documents where case_id = :c order by title").param("c", caseId)
                .query(String.class).list()).containsExactly("a.txt", "b.csv");
    }


    @Test
    void eachFileTakesTheTitleAndCategoryGivenForItAndABlankTitleMeansTheFileName() throws Exception {
        mvc.perform(multipart("/app/cases/{c}/documents", caseId)
                        .file(new MockMultipartFile("files", "day1.txt", "text/plain", "first day".getBytes()))
                        .file(new MockMultipartFile("files", "fees.csv", "text/csv", "x,y\n1,2\n".getBytes()))
                        .file(new MockMultipartFile("files", "letter.txt", "text/plain", "dear sir".getBytes()))
                        .param("titles", "Surveillance day 1", "Fee schedule", " ")
                        .param("categories", "REPORT", "CORRESPONDENCE", "EVIDENCE")
                        .param("title", "not used").param("category", "OTHER")
                        .with(data.signedIn(lead)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "3 documents uploaded."));

        assertThat(jdbc.sql("select title || ':' || category from documents where case_id = :c order by id")
                .param("c", caseId).query(String.class).list())
                .containsExactly("Surveillance day 1:REPORT", "Fee schedule:CORRESPONDENCE", "letter.txt:EVIDENCE");
    }
    @Test
    void aDownloadStreamsTheSameBytesAsAnAttachmentThatCannotRun() throws Exception {
        long documentId = documents.upload(lead, caseId, new NewDocument("Rapport é\u202E.pdf", null,
                DocumentCategory.REPORT, null), new ByteArrayInputStream(TestData.pdf("report")));

        var response = mvc.perform(get("/app/cases/{c}/documents/{d}/download", caseId, documentId)
                        .with(data.signedIn(lead)))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy", "sandbox; default-src 'none'"))
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse();
        assertThat(response.getContentAsByteArray()).isEqualTo(TestData.pdf("report"));
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment;")
                .contains("filename*=UTF-8''Rapport%20%C3%A9.pdf").doesNotContain("\u202E");
    }

    @Test
    void anInvestigatorNotOnTheCaseGets404OnListUploadAndDownload() throws Exception {
        long documentId = data.document(admin, caseId, "Secret", Visibility.INTERNAL);
        Actor outsider = data.investigator();
        mvc.perform(get("/app/cases/{c}/documents", caseId).with(data.signedIn(outsider)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/app/cases/{c}/documents/{d}/download", caseId, documentId).with(data.signedIn(outsider)))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/app/cases/{c}/documents", caseId)
                        .file(new MockMultipartFile("files", "x.pdf", "application/pdf", TestData.pdf("x")))
                        .with(data.signedIn(outsider)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(data.count("documents", caseId)).isEqualTo(1);
    }

    @Test
    void anotherCasesDocumentUnderThisCasesAddressIsNotFound() throws Exception {
        long otherCase = data.kase(admin, lead.id(), new BigDecimal("100"));
        long elsewhere = data.document(admin, otherCase, "Elsewhere", Visibility.CLIENT);
        mvc.perform(get("/app/cases/{c}/documents/{d}/download", caseId, elsewhere).with(data.signedIn(lead)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/app/cases/{c}/documents/{d}/visibility", caseId, elsewhere).param("visibility", "INTERNAL")
                        .with(data.signedIn(lead)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThatThrownBy(() -> documents.download(lead, caseId, elsewhere)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theListShowsEachDocumentWithItsFingerprintAndTheShareToggleWorks() throws Exception {
        long documentId = data.document(admin, caseId, "Night watch", Visibility.INTERNAL);
        String page = mvc.perform(get("/app/cases/{c}/documents", caseId).with(data.signedIn(lead)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Night watch").contains(sha256(TestData.pdf("Night watch")))
                .contains("/app/cases/" + caseId + "/documents/" + documentId + "/visibility");

        mvc.perform(post("/app/cases/{c}/documents/{d}/visibility", caseId, documentId).param("visibility", "CLIENT")
                        .with(data.signedIn(lead)).with(csrf()))
                .andExpect(status().isFound());
        assertThat(jdbc.sql("select visibility from documents where id = :id").param("id", documentId)
                .query(String.class).single()).isEqualTo("CLIENT");
    }

    @Test
    void aNewVersionIsWhatDownloadsFromThenOn() throws Exception {
        long documentId = data.document(admin, caseId, "Draft", Visibility.INTERNAL);
        byte[] second = TestData.pdf("final");
        mvc.perform(multipart("/app/cases/{c}/documents/{d}/versions", caseId, documentId)
                        .file(new MockMultipartFile("file", "Final.pdf", "application/pdf", second))
                        .with(data.signedIn(lead)).with(csrf()))
                .andExpect(status().isFound());

        assertThat(jdbc.sql("select count(*) from document_versions where document_id = :id").param("id", documentId)
                .query(Long.class).single()).isEqualTo(2);
        byte[] downloaded = mvc.perform(get("/app/cases/{c}/documents/{d}/download", caseId, documentId)
                .with(data.signedIn(lead))).andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(second);
    }

    @Test
    void aRolledBackUploadLeavesNoFile() {
        var before = DocumentFiles.under(root);
        transactions.executeWithoutResult(status -> {
            documents.upload(lead, caseId, new NewDocument("r.pdf", null, null, null),
                    new ByteArrayInputStream(TestData.pdf("rolled back")));
            assertThat(DocumentFiles.under(root)).hasSize(before.size() + 1);
            status.setRollbackOnly();
        });

        assertThat(DocumentFiles.under(root)).isEqualTo(before);
        assertThat(data.count("documents", caseId)).isZero();
    }

    @Test
    void theCleanupRemovesUnfinishedAndUnreferencedFilesOlderThanAnHour() throws Exception {
        long documentId = data.document(admin, caseId, "Kept", Visibility.INTERNAL);
        String kept = jdbc.sql("select storage_key from document_versions where document_id = :id")
                .param("id", documentId).query(String.class).single();
        String stray = store.put(new ByteArrayInputStream("stray".getBytes(StandardCharsets.UTF_8)), 100).key();
        String recentStray = store.put(new ByteArrayInputStream("recent".getBytes(StandardCharsets.UTF_8)), 100).key();
        Path unfinished = Files.writeString(root.resolve("tmp").resolve("crashed.part"), "half");
        FileTime twoHoursAgo = FileTime.from(Instant.now().minus(2, ChronoUnit.HOURS));
        for (Path old : new Path[] {root.resolve(kept), root.resolve(stray), unfinished}) {
            Files.setLastModifiedTime(old, twoHoursAgo);
        }

        cleanup.removeLeftovers(Instant.now().minus(DocumentStoreCleanup.GRACE));

        assertThat(root.resolve(kept)).exists();
        assertThat(root.resolve(recentStray)).exists();
        assertThat(root.resolve(stray)).doesNotExist();
        assertThat(unfinished).doesNotExist();
        store.delete(recentStray);
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
