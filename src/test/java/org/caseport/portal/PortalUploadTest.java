package org.caseport.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.caseport.access.PortalSection;
import org.caseport.identity.Actor;
import org.caseport.identity.PortalPreview;
import org.caseport.support.IntegrationTest;
import org.caseport.support.TestData;
import org.caseport.support.TestData.QueuedMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A contact sends the firm files through the portal, where the profile allows uploads: each an
 * INTERNAL document uploaded by the contact, noted on the case as a no-charge internal slip, mailed
 * to the lead investigator (or the admins) and audited; nothing at all when refused.
 */
class PortalUploadTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Value("${caseport.documents.path}")
    Path root;

    private Actor admin;
    private Actor lead;
    private long caseId;
    private Actor contact;

    @BeforeEach
    void aCaseLedByAnInvestigatorWithAContactAllowedToUpload() {
        admin = data.admin();
        lead = data.investigator();
        caseId = data.kase(admin, lead.id(), new BigDecimal("1000"));
        contact = data.contact(data.clientOf(caseId));
        data.grantAllCases(contact);
        data.useProfile(contact, data.portalProfileNamed("Standard"));
    }

    @Test
    void theUploadIsAnInternalDocumentOfTheContactNotedOnTheCaseAndMailedToTheLead() throws Exception {
        byte[] pdf = TestData.pdf("Witness statement");
        upload(contact, file("Smith & Jones statement.pdf", pdf))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(documentsPage()))
                .andExpect(flash().attribute("notice", containsString("Sent to the firm")));

        Map<String, Object> row = jdbc.sql("""
                        select d.id, d.visibility, d.category, d.created_by, v.uploaded_by, v.storage_key, v.size_bytes
                        from documents d join document_versions v on v.document_id = d.id where d.case_id = :caseId""")
                .param("caseId", caseId).query().singleRow();
        assertThat(row.get("visibility")).isEqualTo("INTERNAL");
        assertThat(row.get("category")).isEqualTo("OTHER");
        assertThat(row.get("created_by")).isEqualTo(contact.id());
        assertThat(row.get("uploaded_by")).isEqualTo(contact.id());
        assertThat(Files.readAllBytes(root.resolve((String) row.get("storage_key")))).isEqualTo(pdf);

        Map<String, Object> slip = jdbc.sql("""
                        select hours, rate, billable, visibility, origin, body from time_slips where case_id = :caseId""")
                .param("caseId", caseId).query().singleRow();
        assertThat((BigDecimal) slip.get("hours")).isZero();
        assertThat(slip.get("billable")).isEqualTo(false);
        assertThat(slip.get("visibility")).isEqualTo("INTERNAL");
        assertThat(slip.get("origin")).isEqualTo("SYSTEM");
        assertThat(slip.get("body")).isEqualTo(contact.displayName()
                + " uploaded Smith & Jones statement.pdf in the portal.");

        List<QueuedMail> mails = data.mailsTo(TestData.emailOf(lead));
        assertThat(mails).hasSize(1);
        QueuedMail mail = mails.get(0);
        assertThat(mail.subject()).contains(contact.displayName()).contains(caseNumber());
        assertThat(mail.textBody()).contains(contact.displayName(), caseNumber(), "Smith & Jones statement.pdf");
        assertThat(mail.htmlBody()).contains(contact.displayName(), caseNumber(), "Smith &amp; Jones statement.pdf")
                .doesNotContain("Smith & Jones");
        assertThat(data.mailsTo(TestData.emailOf(admin))).isEmpty();

        assertThat(data.auditOf("DOCUMENT", (Long) row.get("id")))
                .anySatisfy(event -> {
                    assertThat(event.action()).isEqualTo("PORTAL_UPLOAD");
                    assertThat(event.actorId()).isEqualTo(contact.id());
                });

        // INTERNAL: not in the contact's list of shared documents.
        mvc.perform(get(documentsPage()).with(data.signedIn(contact)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("portal-upload")))
                .andExpect(content().string(not(containsString("Smith &amp; Jones statement.pdf"))));
    }

    @Test
    void withoutALeadEveryEnabledAdminIsMailed() throws Exception {
        Actor otherAdmin = data.admin();
        long unled = data.kaseFor(admin, data.clientOf(caseId), null);
        data.grantAllCases(contact);

        upload(contact, unled, file("photo.pdf", TestData.pdf("Photo"))).andExpect(status().isFound());

        assertThat(data.mailsTo(TestData.emailOf(admin))).hasSize(1);
        assertThat(data.mailsTo(TestData.emailOf(otherAdmin))).hasSize(1);
        assertThat(data.mailsTo(TestData.emailOf(lead))).isEmpty();
    }

    @Test
    void aProfileWithoutUploadAnswers404AndShowsNoForm() throws Exception {
        data.useProfile(contact, data.portalProfile("Documents without upload",
                Set.of(PortalSection.OVERVIEW, PortalSection.DOCUMENTS), Set.of()));

        upload(contact, file("statement.pdf", TestData.pdf("x"))).andExpect(status().isNotFound());
        assertNothingStored(caseId);
        mvc.perform(get(documentsPage()).with(data.signedIn(contact)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("portal-upload"))));
    }

    @Test
    void anotherClientsCaseAnswers404() throws Exception {
        long other = data.kase(admin, lead.id(), new BigDecimal("1000"));

        upload(contact, other, file("statement.pdf", TestData.pdf("x"))).andExpect(status().isNotFound());
        assertNothingStored(other);
    }

    @Test
    void aHostileFileIsRefusedWithAClearMessageAndNothingIsStored() throws Exception {
        long filesBefore = storedFiles();
        byte[] html = "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

        upload(contact, file("invoice.pdf", html))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("problem", containsString("invoice.pdf")))
                .andExpect(flash().attributeCount(1));

        assertNothingStored(caseId);
        assertThat(storedFiles()).isEqualTo(filesBefore);
    }

    @Test
    void aStaffPreviewCannotUploadAndShowsNoForm() throws Exception {
        MockHttpSession session = new MockHttpSession();
        PortalPreview.start(session, contact.id());

        mvc.perform(multipart(documentsPage()).file(file("statement.pdf", TestData.pdf("x")))
                        .with(data.signedIn(admin)).with(csrf()).session(session))
                .andExpect(status().isNotFound());
        assertNothingStored(caseId);

        MockHttpSession viewing = new MockHttpSession();
        PortalPreview.start(viewing, contact.id());
        mvc.perform(get(documentsPage()).with(data.signedIn(admin)).session(viewing))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("portal-upload"))));
    }

    private void assertNothingStored(long kase) {
        assertThat(data.count("documents", kase)).isZero();
        assertThat(data.count("time_slips", kase)).isZero();
        assertThat(data.mailsTo(TestData.emailOf(lead))).isEmpty();
        assertThat(data.mailsTo(TestData.emailOf(admin))).isEmpty();
    }

    private long storedFiles() throws IOException {
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private ResultActions upload(Actor actor, MockMultipartFile file) throws Exception {
        return upload(actor, caseId, file);
    }

    private ResultActions upload(Actor actor, long kase, MockMultipartFile file) throws Exception {
        return mvc.perform(multipart("/portal/cases/" + kase + "/documents").file(file)
                .with(data.signedIn(actor)).with(csrf()));
    }

    private static MockMultipartFile file(String name, byte[] bytes) {
        return new MockMultipartFile("files", name, "application/pdf", bytes);
    }

    private String documentsPage() {
        return "/portal/cases/" + caseId + "/documents";
    }

    private String caseNumber() {
        return jdbc.sql("select number from cases where id = :id").param("id", caseId).query(String.class).single();
    }
}
