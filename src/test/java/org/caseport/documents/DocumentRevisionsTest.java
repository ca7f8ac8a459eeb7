package org.caseport.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caseport.access.PortalAction;
import org.caseport.access.PortalSection;
import org.caseport.identity.Actor;
import org.caseport.identity.PortalPreview;
import org.caseport.shared.Visibility;
import org.caseport.support.IntegrationTest;
import org.caseport.support.TestData;
import org.caseport.support.TestData.QueuedMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Revised versions a contact proposes for a document staff marked "client may revise": a pending
 * proposal in the version chain that the portal never serves until staff accept it; accepted it
 * is the current version, rejected it shows the contact the reason; one at a time; its file
 * checked like any upload, and nothing kept of a refused one.
 */
class DocumentRevisionsTest extends IntegrationTest {

    /** What {@link TestData#document} stores for a document titled so. */
    private static final byte[] ORIGINAL = TestData.pdf("Authorisation form");
    private static final byte[] SIGNED = TestData.pdf("Authorisation form, signed by the claimant");

    @Autowired
    JdbcClient jdbc;
    @Value("${caseport.documents.path}")
    Path root;

    private Actor admin;
    private Actor lead;
    private long caseId;
    private long documentId;
    private Actor contact;

    @BeforeEach
    void aSharedFormTheClientMayRevise() throws Exception {
        admin = data.admin();
        lead = data.investigator();
        caseId = data.kase(admin, lead.id(), new BigDecimal("1000"));
        documentId = data.document(lead, caseId, "Authorisation form", Visibility.CLIENT);
        contact = data.contact(data.clientOf(caseId));
        data.grantAllCases(contact);
        data.useProfile(contact, data.portalProfileNamed("Standard"));
        mvc.perform(post(staffPage() + "/revisable").param("clientMayRevise", "true").with(data.signedIn(lead))
                        .with(csrf()))
                .andExpect(status().isFound());
    }

    @Test
    void aRevisionIsAPendingProposalThatThePortalDoesNotServe() throws Exception {
        propose(contact, "form-signed.pdf", SIGNED)
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(portalPage() + "#revision"))
                .andExpect(flash().attribute("notice", containsString("version 2")));

        Map<String, Object> version = jdbc.sql("""
                        select version, proposal_state, uploaded_by, original_filename from document_versions
                        where document_id = :id order by version desc limit 1""")
                .param("id", documentId).query().singleRow();
        assertThat(version).containsEntry("version", 2).containsEntry("proposal_state", "PENDING")
                .containsEntry("uploaded_by", contact.id()).containsEntry("original_filename", "form-signed.pdf");
        assertThat(currentVersion()).isEqualTo(1);
        assertThat(portalDownload()).isEqualTo(ORIGINAL);
        mvc.perform(get("/portal/cases/" + caseId + "/documents").with(data.signedIn(contact)))
                .andExpect(content().string(containsString(sha256(ORIGINAL))))
                .andExpect(content().string(not(containsString(sha256(SIGNED)))));
        mvc.perform(get(portalPage()).with(data.signedIn(contact)))
                .andExpect(content().string(containsString("Awaiting the firm&#39;s review")))
                .andExpect(content().string(not(containsString("id=\"revision-form\""))));

        mvc.perform(get(staffPage()).with(data.signedIn(lead)))
                .andExpect(content().string(containsString("awaiting your decision")))
                .andExpect(content().string(containsString(sha256(SIGNED))));
        byte[] proposal = mvc.perform(get(staffPage() + "/versions/" + data.versionId(documentId, 2) + "/download")
                        .with(data.signedIn(lead)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(proposal).isEqualTo(SIGNED);

        assertThat(data.noteBodies(caseId)).contains(contact.displayName()
                + " proposed a revised version of 'Authorisation form' in the portal (version 2, form-signed.pdf).");
        List<QueuedMail> mails = data.mailsTo(TestData.emailOf(lead));
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).textBody()).contains(contact.displayName(), "form-signed.pdf", "version 2",
                "/app/cases/" + caseId + "/documents/" + documentId);
        assertThat(data.auditOf("DOCUMENT", documentId)).anySatisfy(event -> {
            assertThat(event.action()).isEqualTo("PORTAL_UPLOAD");
            assertThat(event.actorId()).isEqualTo(contact.id());
        });
    }

    @Test
    void anAcceptedProposalBecomesTheCurrentVersion() throws Exception {
        long proposal = proposeSigned();
        long before = data.mailsTo(TestData.emailOf(contact.displayName())).size();

        mvc.perform(post(staffPage() + "/proposals/" + proposal + "/accept").with(data.signedIn(lead)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(staffPage()))
                .andExpect(flash().attribute("notice", containsString("current version")));

        assertThat(currentVersion()).isEqualTo(2);
        assertThat(portalDownload()).isEqualTo(SIGNED);
        mvc.perform(get(portalPage()).with(data.signedIn(contact)))
                .andExpect(content().string(containsString("Accepted")))
                .andExpect(content().string(containsString(sha256(SIGNED))));
        assertThat(data.noteBodies(caseId)).contains(lead.displayName() + " accepted " + contact.displayName()
                + "'s revised version 2 of 'Authorisation form'; it is now the current version.");
        List<QueuedMail> mails = data.mailsTo(TestData.emailOf(contact.displayName()));
        assertThat(mails).hasSize((int) before + 1);
        assertThat(mails.get(mails.size() - 1).textBody()).contains("accepted",
                "/portal/cases/" + caseId + "/documents/" + documentId);

        mvc.perform(post(staffPage() + "/proposals/" + proposal + "/reject").with(data.signedIn(lead)).with(csrf()))
                .andExpect(flash().attribute("problem", containsString("already accepted")));
        assertThat(currentVersion()).isEqualTo(2);
    }

    @Test
    void aRejectedProposalKeepsTheCurrentVersionAndShowsTheContactTheReason() throws Exception {
        long proposal = proposeSigned();

        mvc.perform(post(staffPage() + "/proposals/" + proposal + "/reject")
                        .param("reason", "The signature is missing on page 2.").with(data.signedIn(lead)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", containsString("Rejected")));

        assertThat(currentVersion()).isEqualTo(1);
        assertThat(portalDownload()).isEqualTo(ORIGINAL);
        mvc.perform(get(portalPage()).with(data.signedIn(contact)))
                .andExpect(content().string(containsString("Not accepted")))
                .andExpect(content().string(containsString("The signature is missing on page 2.")))
                .andExpect(content().string(containsString("id=\"revision-form\"")));
        assertThat(data.noteBodies(caseId)).contains(lead.displayName() + " rejected " + contact.displayName()
                + "'s revised version 2 of 'Authorisation form'. Reason: The signature is missing on page 2.");
        QueuedMail mail = lastMailTo(contact);
        assertThat(mail.textBody()).contains("not accepted").doesNotContain("signature is missing");
        assertThat(mail.htmlBody()).doesNotContain("signature is missing");

        propose(contact, "form-signed-again.pdf", TestData.pdf("Signed, page 2 too")).andExpect(status().isFound());
        assertThat(jdbc.sql("select proposal_state from document_versions where document_id = :id order by version")
                .param("id", documentId).query(String.class).list()).containsExactly(null, "REJECTED", "PENDING");
    }

    @Test
    void aSecondProposalWhileOneAwaitsADecisionIsRefused() throws Exception {
        proposeSigned();
        var filesBefore = DocumentFiles.under(root);

        propose(contact, "another.pdf", TestData.pdf("Another")).andExpect(status().isFound())
                .andExpect(flash().attribute("problem", containsString("already waiting")));

        assertThat(versions()).isEqualTo(2);
        assertThat(DocumentFiles.under(root)).isEqualTo(filesBefore);
    }

    @Test
    void aDocumentTheFirmDidNotOpenToRevisionRefusesThem() throws Exception {
        long closed = data.document(lead, caseId, "Final report", Visibility.CLIENT);

        mvc.perform(multipart(portalPage(closed) + "/revisions").file(file("report.pdf", SIGNED))
                        .with(data.signedIn(contact)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("problem", containsString("has not asked")));
        mvc.perform(get(portalPage(closed)).with(data.signedIn(contact)))
                .andExpect(content().string(not(containsString("id=\"revision-form\""))));
        assertThat(jdbc.sql("select count(*) from document_versions where document_id = :id").param("id", closed)
                .query(Long.class).single()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} is refused")
    @MethodSource("org.caseport.documents.HostileUploadTest#refusedFiles")
    void hostileRevisionFilesAreRefusedLikeEveryUploadAndLeaveNothing(String what, String name, byte[] content)
            throws Exception {
        var filesBefore = DocumentFiles.under(root);

        propose(contact, name, content).andExpect(status().isFound())
                .andExpect(flash().attributeExists("problem"))
                .andExpect(flash().attributeCount(1));

        assertThat(versions()).isEqualTo(1);
        assertThat(DocumentFiles.under(root)).isEqualTo(filesBefore);
        assertThat(data.noteBodies(caseId)).isEmpty();
        assertThat(data.mailsTo(TestData.emailOf(lead))).isEmpty();
    }

    @Test
    void aRevisionOverTheSizeLimitIsRefusedWhileStreamingAndLeavesNothing() throws Exception {
        var filesBefore = DocumentFiles.under(root);
        byte[] large = Arrays.copyOf(TestData.pdf("large"), 1024 * 1024 + 1);

        propose(contact, "large.pdf", large)
                .andExpect(flash().attribute("problem", containsString("larger than the limit")));

        assertThat(versions()).isEqualTo(1);
        assertThat(DocumentFiles.under(root)).isEqualTo(filesBefore);
    }

    @Test
    void withoutUploadsOrInAPreviewARevisionAnswers404() throws Exception {
        data.useProfile(contact, data.portalProfile("Documents, no uploads", Set.of(PortalSection.OVERVIEW,
                PortalSection.DOCUMENTS), Set.of(), Set.of(PortalAction.DOWNLOAD, PortalAction.MESSAGE)));
        propose(contact, "form.pdf", SIGNED).andExpect(status().isNotFound());
        mvc.perform(get(portalPage()).with(data.signedIn(contact)))
                .andExpect(content().string(not(containsString("id=\"revision-form\""))));

        data.useProfile(contact, data.portalProfileNamed("Standard"));
        MockHttpSession preview = new MockHttpSession();
        PortalPreview.start(preview, contact.id());
        mvc.perform(multipart(portalPage() + "/revisions").file(file("form.pdf", SIGNED)).with(data.signedIn(admin))
                        .session(preview).with(csrf()))
                .andExpect(status().isNotFound());

        long otherCase = data.kase(admin, lead.id(), BigDecimal.TEN);
        Actor otherClientsContact = data.contact(data.clientOf(otherCase));
        data.grantAllCases(otherClientsContact);
        propose(otherClientsContact, "form.pdf", SIGNED).andExpect(status().isNotFound());
        assertThat(versions()).isEqualTo(1);
    }

    @Test
    void staffCannotAddAVersionWhileAProposalAwaitsTheirDecision() throws Exception {
        proposeSigned();

        mvc.perform(multipart(staffPage() + "/versions").file(new MockMultipartFile("file", "v3.pdf",
                        "application/pdf", TestData.pdf("v3"))).with(data.signedIn(lead)).with(csrf()))
                .andExpect(flash().attribute("problem", containsString("accept or reject it")));
        assertThat(versions()).isEqualTo(2);
        assertThat(currentVersion()).isEqualTo(1);
    }

    @Test
    void theReviseSwitchNeedsASharedDocumentIsAuditedAndEndsWithSharing() throws Exception {
        long internal = data.document(lead, caseId, "Draft", Visibility.INTERNAL);
        mvc.perform(post(staffPage(internal) + "/revisable").param("clientMayRevise", "true")
                        .with(data.signedIn(lead)).with(csrf()))
                .andExpect(flash().attribute("problem", containsString("Share the document")));
        assertThat(mayRevise(internal)).isFalse();

        assertThat(mayRevise(documentId)).isTrue();
        assertThat(data.auditOf("DOCUMENT", documentId)).extracting(TestData.AuditRow::action)
                .contains("CLIENT_REVISIONS_ALLOWED");
        mvc.perform(post(staffPage() + "/visibility").param("visibility", "INTERNAL").with(data.signedIn(lead))
                .with(csrf()));
        assertThat(mayRevise(documentId)).isFalse();

        mvc.perform(post(staffPage() + "/visibility").param("visibility", "CLIENT").with(data.signedIn(lead))
                .with(csrf()));
        mvc.perform(post(staffPage() + "/revisable").param("clientMayRevise", "true").param("from", "list")
                        .with(data.signedIn(lead)).with(csrf()))
                .andExpect(redirectedUrl("/app/cases/" + caseId + "/documents"));
        mvc.perform(post(staffPage() + "/revisable").param("clientMayRevise", "false").with(data.signedIn(lead))
                        .with(csrf()))
                .andExpect(redirectedUrl(staffPage()));
        assertThat(mayRevise(documentId)).isFalse();
        assertThat(data.auditOf("DOCUMENT", documentId)).extracting(TestData.AuditRow::action)
                .contains("CLIENT_REVISIONS_CLOSED");
    }

    @Test
    void aProposalIsDecidedOnlyUnderItsOwnDocumentAndCase() throws Exception {
        long proposal = proposeSigned();
        long otherDocument = data.document(lead, caseId, "Other", Visibility.CLIENT);
        Actor unassigned = data.investigator();

        mvc.perform(post(staffPage(otherDocument) + "/proposals/" + proposal + "/accept").with(data.signedIn(lead))
                .with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post(staffPage() + "/proposals/" + data.versionId(documentId, 1) + "/accept")
                .with(data.signedIn(lead)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post(staffPage() + "/proposals/" + proposal + "/accept").with(data.signedIn(unassigned))
                .with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get(staffPage(otherDocument) + "/versions/" + proposal + "/download").with(data.signedIn(lead)))
                .andExpect(status().isNotFound());
        assertThat(currentVersion()).isEqualTo(1);
    }

    private long proposeSigned() throws Exception {
        propose(contact, "form-signed.pdf", SIGNED).andExpect(status().isFound())
                .andExpect(flash().attribute("notice", containsString("version 2")));
        return data.versionId(documentId, 2);
    }

    private ResultActions propose(Actor author, String name, byte[] content) throws Exception {
        return mvc.perform(multipart(portalPage() + "/revisions").file(file(name, content))
                .with(data.signedIn(author)).with(csrf()));
    }

    private static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("file", name, "application/octet-stream", content);
    }

    private byte[] portalDownload() throws Exception {
        return mvc.perform(get(portalPage() + "/download").with(data.signedIn(contact)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private QueuedMail lastMailTo(Actor recipient) {
        List<QueuedMail> mails = data.mailsTo(TestData.emailOf(recipient.displayName()));
        return mails.get(mails.size() - 1);
    }

    private int currentVersion() {
        return jdbc.sql("select current_version from documents where id = :id").param("id", documentId)
                .query(Integer.class).single();
    }

    private long versions() {
        return jdbc.sql("select count(*) from document_versions where document_id = :id").param("id", documentId)
                .query(Long.class).single();
    }

    private boolean mayRevise(long document) {
        return jdbc.sql("select client_may_revise from documents where id = :id").param("id", document)
                .query(Boolean.class).single();
    }

    private String portalPage() {
        return portalPage(documentId);
    }

    private String portalPage(long document) {
        return "/portal/cases/" + caseId + "/documents/" + document;
    }

    private String staffPage() {
        return staffPage(documentId);
    }

    private String staffPage(long document) {
        return "/app/cases/" + caseId + "/documents/" + document;
    }

    private static String sha256(byte[] content) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
    }
}
