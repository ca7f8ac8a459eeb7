package org.caseport.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import org.caseport.access.PortalSection;
import org.caseport.identity.Actor;
import org.caseport.identity.PortalPreview;
import org.caseport.shared.Visibility;
import org.caseport.support.IntegrationTest;
import org.caseport.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Documents in the portal: shared ones of the contact's cases only, downloads as the profile allows, each recorded. */
class PortalDocumentsTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private Actor admin;
    private long caseId;
    private Actor contact;
    private String sharedTitle;
    private String internalTitle;
    private long sharedId;
    private long internalId;

    @BeforeEach
    void aCaseWithASharedAndAnInternalDocument() {
        admin = data.admin();
        caseId = data.kase(admin, admin.id(), new BigDecimal("1000"));
        contact = data.contact(data.clientOf(caseId));
        data.grantAllCases(contact);
        data.useProfile(contact, data.portalProfileNamed("Standard"));
        sharedTitle = TestData.unique("Final report");
        internalTitle = TestData.unique("Internal surveillance log");
        sharedId = data.document(admin, caseId, sharedTitle, Visibility.CLIENT);
        internalId = data.document(admin, caseId, internalTitle, Visibility.INTERNAL);
    }

    @Test
    void contactSeesTheSharedDocumentWithItsFingerprintAndNeverAnInternalOne() throws Exception {
        mvc.perform(get(documents()).with(data.signedIn(contact)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(sharedTitle)))
                .andExpect(content().string(containsString(sha256(TestData.pdf(sharedTitle)))))
                .andExpect(content().string(containsString("Report")))
                .andExpect(content().string(containsString(download(sharedId))))
                .andExpect(content().string(not(containsString(internalTitle))))
                .andExpect(content().string(not(containsString(download(internalId)))));

        mvc.perform(get(download(internalId)).with(data.signedIn(contact))).andExpect(status().isNotFound());
    }

    @Test
    void theDownloadIsTheCurrentFileServedSafely() throws Exception {
        byte[] body = mvc.perform(get(download(sharedId)).with(data.signedIn(contact)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy", containsString("sandbox")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(sha256(body)).isEqualTo(sha256(TestData.pdf(sharedTitle)));
    }

    @Test
    void aProfileWithoutDownloadsListsTheDocumentsButDownloadingIsNotFound() throws Exception {
        data.useProfile(contact, data.portalProfile("Documents, no downloads",
                Set.of(PortalSection.OVERVIEW, PortalSection.DOCUMENTS), Set.of()));

        mvc.perform(get(documents()).with(data.signedIn(contact)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(sharedTitle)))
                .andExpect(content().string(not(containsString(download(sharedId)))));
        mvc.perform(get(download(sharedId)).with(data.signedIn(contact))).andExpect(status().isNotFound());
        assertThat(downloadsOf(sharedId)).isZero();
    }

    @Test
    void aStatusOnlyProfileHasNoDocumentsAtAll() throws Exception {
        data.useProfile(contact, data.portalProfileNamed("Status only"));

        mvc.perform(get(documents()).with(data.signedIn(contact))).andExpect(status().isNotFound());
        mvc.perform(get(download(sharedId)).with(data.signedIn(contact))).andExpect(status().isNotFound());
    }

    @Test
    void anotherClientsDocumentAnswersExactlyLikeAMissingOne() throws Exception {
        long otherCase = data.kase(admin, null, BigDecimal.ZERO);
        long othersDocument = data.document(admin, otherCase, TestData.unique("Other client's report"),
                Visibility.CLIENT);
        String missing = mvc.perform(get("/portal/cases/" + caseId + "/documents/987654321/download")
                .with(data.signedIn(contact))).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();

        for (String path : new String[] {"/portal/cases/" + caseId + "/documents/" + othersDocument + "/download",
                "/portal/cases/" + otherCase + "/documents/" + othersDocument + "/download",
                "/portal/cases/" + otherCase + "/documents"}) {
            mvc.perform(get(path).with(data.signedIn(contact)))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(missing));
        }
        assertThat(downloadsOf(othersDocument)).isZero();
    }

    @Test
    void everyDownloadIsRecordedAndStaffSeeIt() throws Exception {
        Instant before = Instant.now().minusSeconds(5);
        mvc.perform(get(download(sharedId)).with(data.signedIn(contact)).with(from("203.0.113.7")))
                .andExpect(status().isOk());

        Map<String, Object> row = jdbc.sql("""
                        select version, account_id, downloaded_at, source_address from document_downloads
                        where document_id = :id""").param("id", sharedId).query().singleRow();
        assertThat(row).containsEntry("version", 1).containsEntry("account_id", contact.id())
                .containsEntry("source_address", "203.0.113.7");
        assertThat(((java.sql.Timestamp) row.get("downloaded_at")).toInstant()).isAfter(before);
        assertThat(jdbc.sql("""
                        select count(*) from audit_events where action = 'DOCUMENT_DOWNLOAD' and target_id = :id
                        and actor_id = :actor and source_address = '203.0.113.7'""")
                .param("id", sharedId).param("actor", contact.id()).query(Long.class).single()).isOne();

        mvc.perform(get("/app/cases/" + caseId + "/documents").with(data.signedIn(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Downloaded by " + contact.displayName())));
        mvc.perform(get("/app/cases/" + caseId + "/documents/" + sharedId + "/downloads").with(data.signedIn(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(contact.displayName())))
                .andExpect(content().string(containsString("203.0.113.7")));
    }

    @Test
    void staffPreviewingMayDownloadButItIsNotRecordedAsTheContactsDownload() throws Exception {
        MockHttpSession session = new MockHttpSession();
        PortalPreview.start(session, contact.id());

        mvc.perform(get(download(sharedId)).with(data.signedIn(admin)).session(session)).andExpect(status().isOk());

        assertThat(downloadsOf(sharedId)).isZero();
        assertThat(jdbc.sql("""
                        select count(*) from audit_events where action = 'DOCUMENT_DOWNLOAD' and target_id = :id
                        and actor_id = :actor""")
                .param("id", sharedId).param("actor", admin.id()).query(Long.class).single()).isOne();
    }

    private String documents() {
        return "/portal/cases/" + caseId + "/documents";
    }

    private String download(long documentId) {
        return "/portal/cases/" + caseId + "/documents/" + documentId + "/download";
    }

    private long downloadsOf(long documentId) {
        return jdbc.sql("select count(*) from document_downloads where document_id = :id").param("id", documentId)
                .query(Long.class).single();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
