package org.caseport.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.validation.BindingResult;

/**
 * The comment thread of a shared document: staff and the client's contacts write in it, each
 * comment noted on the case as a no-charge slip and told to the other side (the firm with the
 * text, contacts with a link only); whoever may not see the document gets 404 reading or posting.
 */
class DocumentCommentsTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private Actor admin;
    private Actor lead;
    private long caseId;
    private long documentId;
    private Actor contact;

    @BeforeEach
    void aSharedStatementAndAContactWhoSeesIt() {
        admin = data.admin();
        lead = data.investigator();
        caseId = data.kase(admin, lead.id(), new BigDecimal("1000"));
        documentId = data.document(lead, caseId, "Statement", Visibility.CLIENT);
        contact = data.contact(data.clientOf(caseId));
        data.grantAllCases(contact);
        data.useProfile(contact, data.portalProfileNamed("Standard"));
    }

    @Test
    void aContactsCommentIsInTheThreadNotedOnTheCaseAndMailedWithItsTextToTheLead() throws Exception {
        postInPortal(contact, documentId, Map.of("body", "Page 2 gives the wrong date.", "atPage", "2"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(portalPage(documentId) + "#thread"))
                .andExpect(flash().attribute("notice", containsString("Comment sent")));

        mvc.perform(get(portalPage(documentId)).with(data.signedIn(contact)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Page 2 gives the wrong date.")))
                .andExpect(content().string(containsString("p. 2")));
        mvc.perform(get(staffPage(documentId)).with(data.signedIn(lead)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Page 2 gives the wrong date.")))
                .andExpect(content().string(containsString("Comments (1)")));

        Map<String, Object> slip = lastSlip();
        assertThat(slip).containsEntry("body", contact.displayName() + " commented on 'Statement' (p. 2).")
                .containsEntry("billable", false).containsEntry("visibility", "INTERNAL")
                .containsEntry("origin", "SYSTEM").containsEntry("staff_id", null);
        assertThat((BigDecimal) slip.get("hours")).isZero();

        List<QueuedMail> mails = data.mailsTo(TestData.emailOf(lead));
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).subject()).contains(contact.displayName(), caseNumber());
        assertThat(mails.get(0).textBody()).contains("Page 2 gives the wrong date.", "p. 2", "Statement",
                "/app/cases/" + caseId + "/documents/" + documentId);
        assertThat(mails.get(0).htmlBody()).contains("Page 2 gives the wrong date.");
        assertThat(data.mailsTo(TestData.emailOf(admin))).isEmpty();
        assertThat(data.mailsTo(TestData.emailOf(contact.displayName()))).as("the author is not told").isEmpty();
    }

    @Test
    void aStaffCommentReachesTheContactsAsALinkOnlyAndIsNotedAsTheStaffMembers() throws Exception {
        Actor statusOnly = data.contact(data.clientOf(caseId));
        data.grantAllCases(statusOnly);
        data.useProfile(statusOnly, data.portalProfileNamed("Status only"));
        long before = data.mailsTo(TestData.emailOf(contact.displayName())).size();

        mvc.perform(post(staffPage(documentId) + "/comments").param("body", "Please sign at 1:02:03 of the recording.")
                        .param("atTime", "1:02:03").with(data.signedIn(lead)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(staffPage(documentId) + "#thread"));

        assertThat(lastSlip()).containsEntry("body", lead.displayName() + " commented on 'Statement' (at 1:02:03).")
                .containsEntry("staff_id", lead.id()).containsEntry("billable", false);
        List<QueuedMail> mails = data.mailsTo(TestData.emailOf(contact.displayName()));
        assertThat(mails).hasSize((int) before + 1);
        QueuedMail mail = mails.get(mails.size() - 1);
        assertThat(mail.subject()).contains(caseNumber());
        assertThat(mail.textBody()).contains("/portal/cases/" + caseId + "/documents/" + documentId)
                .doesNotContain("Please sign");
        assertThat(mail.htmlBody()).doesNotContain("Please sign");
        assertThat(data.mailsTo(TestData.emailOf(statusOnly.displayName()))).as("no documents, no mail").isEmpty();
        assertThat(data.mailsTo(TestData.emailOf(lead))).as("the author is not told").isEmpty();
        mvc.perform(get(portalPage(documentId)).with(data.signedIn(contact)))
                .andExpect(content().string(containsString("Please sign at 1:02:03 of the recording.")))
                .andExpect(content().string(containsString("at 1:02:03")));
    }

    @Test
    void theThreadIsOldestFirstAndOpensOnItsLastPage() throws Exception {
        for (int i = 1; i <= 27; i++) {
            data.comment(i % 2 == 0 ? lead : contact, caseId, documentId, "Comment number " + i + ".");
        }

        String lastPage = mvc.perform(get(portalPage(documentId)).with(data.signedIn(contact)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(lastPage).contains("Comment number 26.", "Comment number 27.", "Page 2 of 2", "Comments (27)")
                .doesNotContain("Comment number 1.");
        assertThat(lastPage.indexOf("Comment number 26.")).isLessThan(lastPage.indexOf("Comment number 27."));
        String firstPage = mvc.perform(get(staffPage(documentId)).param("page", "0").with(data.signedIn(lead)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(firstPage).contains("Comment number 1.", "Comment number 25.", "Page 1 of 2")
                .doesNotContain("Comment number 26.");
    }

    @Test
    void contactsWhoMayNotSeeTheDocumentGet404ReadingAndPosting() throws Exception {
        long otherCase = data.kase(admin, lead.id(), new BigDecimal("100"));
        Actor otherClientsContact = data.contact(data.clientOf(otherCase));
        data.grantAllCases(otherClientsContact);
        Actor revoked = data.contact(data.clientOf(caseId));
        data.grantAllCases(revoked);
        data.revokeGrants(revoked);
        Actor withoutDocuments = data.contact(data.clientOf(caseId));
        data.grantAllCases(withoutDocuments);
        data.useProfile(withoutDocuments, data.portalProfile("Overview and messages", Set.of(PortalSection.OVERVIEW,
                PortalSection.MESSAGES), Set.of(), Set.of(PortalAction.MESSAGE)));
        data.comment(lead, caseId, documentId, "Only for this client.");

        for (Actor outsider : List.of(otherClientsContact, revoked, withoutDocuments)) {
            mvc.perform(get(portalPage(documentId)).with(data.signedIn(outsider))).andExpect(status().isNotFound());
            postInPortal(outsider, documentId, Map.of("body", "Let me in.")).andExpect(status().isNotFound());
            postInPortal(outsider, documentId, Map.of("body", "")).andExpect(status().isNotFound());
        }
        long otherDocument = data.document(admin, otherCase, "Their statement", Visibility.CLIENT);
        mvc.perform(get("/portal/cases/" + caseId + "/documents/" + otherDocument).with(data.signedIn(contact)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/portal/cases/" + caseId + "/documents/" + otherDocument + "/comments")
                        .param("body", "Wrong case.").with(data.signedIn(contact)).with(csrf()))
                .andExpect(status().isNotFound());

        assertThat(bodies(documentId)).containsExactly("Only for this client.");
        assertThat(bodies(otherDocument)).isEmpty();
        assertThat(data.auditOf("DOCUMENT", otherDocument)).extracting(TestData.AuditRow::action)
                .contains("ACCESS_DENIED");
    }

    @Test
    void anInternalDocumentHasNoThreadAndRefusesComments() throws Exception {
        long internal = data.document(lead, caseId, "Draft", Visibility.INTERNAL);

        mvc.perform(get(portalPage(internal)).with(data.signedIn(contact))).andExpect(status().isNotFound());
        postInPortal(contact, internal, Map.of("body", "Hello?")).andExpect(status().isNotFound());
        mvc.perform(post(staffPage(internal) + "/comments").param("body", "Internal thoughts.")
                        .with(data.signedIn(lead)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(staffPage(internal)))
                .andExpect(flash().attribute("problem", containsString("internal")));
        mvc.perform(get(staffPage(internal)).with(data.signedIn(lead)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Internal documents have no thread")))
                .andExpect(content().string(not(containsString("id=\"comment-form\""))));

        assertThat(bodies(internal)).isEmpty();
        assertThat(data.noteBodies(caseId)).isEmpty();
        assertThat(data.mailsTo(TestData.emailOf(contact.displayName()))).isEmpty();
    }

    @Test
    void aThreadLeavesThePortalWithItsDocumentAndStaffKeepReadingIt() throws Exception {
        data.comment(contact, caseId, documentId, "Before it was unshared.");
        data.changeVisibility(lead, caseId, documentId, Visibility.INTERNAL);

        mvc.perform(get(portalPage(documentId)).with(data.signedIn(contact))).andExpect(status().isNotFound());
        postInPortal(contact, documentId, Map.of("body", "Still there?")).andExpect(status().isNotFound());
        mvc.perform(get(staffPage(documentId)).with(data.signedIn(lead)))
                .andExpect(content().string(containsString("Before it was unshared.")))
                .andExpect(content().string(containsString("internal again")))
                .andExpect(content().string(not(containsString("id=\"comment-form\""))));
        mvc.perform(get("/portal/cases/" + caseId + "/documents").with(data.signedIn(contact)))
                .andExpect(content().string(not(containsString("Details and comments"))));
    }

    @Test
    void withoutTheMessageActionAContactReadsTheThreadButCannotPost() throws Exception {
        data.useProfile(contact, data.portalProfile("Documents, no messages", Set.of(PortalSection.OVERVIEW,
                PortalSection.DOCUMENTS), Set.of(), Set.of(PortalAction.DOWNLOAD)));
        data.comment(lead, caseId, documentId, "Read this.");

        mvc.perform(get(portalPage(documentId)).with(data.signedIn(contact)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Read this.")))
                .andExpect(content().string(not(containsString("id=\"comment-form\""))));
        postInPortal(contact, documentId, Map.of("body", "I would like to answer.")).andExpect(status().isNotFound());
        assertThat(bodies(documentId)).containsExactly("Read this.");
    }

    @Test
    void aStaffPreviewReadsTheThreadButCannotPost() throws Exception {
        data.comment(contact, caseId, documentId, "Seen in the preview.");
        MockHttpSession preview = new MockHttpSession();
        PortalPreview.start(preview, contact.id());

        mvc.perform(get(portalPage(documentId)).with(data.signedIn(admin)).session(preview))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Seen in the preview.")))
                .andExpect(content().string(not(containsString("id=\"comment-form\""))));
        mvc.perform(post(portalPage(documentId) + "/comments").param("body", "As the contact.")
                        .with(data.signedIn(admin)).session(preview).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(bodies(documentId)).containsExactly("Seen in the preview.");
    }

    @Test
    void invalidCommentsComeBackWithAnErrorOnEachField() throws Exception {
        MvcResult result = postInPortal(contact, documentId, Map.of("body", " ", "atPage", "0", "atTime", "61:00"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(portalPage(documentId) + "#comment-form"))
                .andReturn();
        BindingResult errors = (BindingResult) result.getFlashMap()
                .get(BindingResult.MODEL_KEY_PREFIX + "commentForm");
        assertThat(errors.getFieldError("body").getDefaultMessage()).isEqualTo("Write your comment.");
        assertThat(errors.getFieldError("atPage").getDefaultMessage()).contains("1 to 100,000");
        assertThat(errors.getFieldError("atTime").getDefaultMessage()).contains("2:05");
        mvc.perform(get(portalPage(documentId)).with(data.signedIn(contact)).flashAttrs(result.getFlashMap()))
                .andExpect(content().string(containsString("Write your comment.")))
                .andExpect(content().string(containsString("61:00")));

        assertFieldError(Map.of("body", "x".repeat(4001)), "body", "4,000");
        assertFieldError(Map.of("body", "Both.", "atPage", "3", "atTime", "1:00"), "atTime", "not both");
        assertFieldError(Map.of("body", "Huge.", "atPage", "100001"), "atPage", "1 to 100,000");
        MvcResult notANumber = postInPortal(contact, documentId, Map.of("body", "Not a number.", "atPage", "three"))
                .andReturn();
        mvc.perform(get(portalPage(documentId)).with(data.signedIn(contact)).flashAttrs(notANumber.getFlashMap()))
                .andExpect(content().string(containsString("Enter a page number from 1 to 100,000.")))
                .andExpect(content().string(not(containsString("Failed to convert"))));
        mvc.perform(post(staffPage(documentId) + "/comments").param("body", "").with(data.signedIn(lead)).with(csrf()))
                .andExpect(redirectedUrl(staffPage(documentId) + "#comment-form"));
        assertThat(bodies(documentId)).isEmpty();
        assertThat(data.noteBodies(caseId)).isEmpty();
    }

    @Test
    void commentTextIsStoredExactlyAsWritten() throws Exception {
        String text = "  Line one,\r\n\tline two — naïve café 👍  ";
        postInPortal(contact, documentId, Map.of("body", text, "atTime", " 0:07 ")).andExpect(status().isFound());

        Map<String, Object> row = jdbc.sql("select body, at_page, at_seconds from document_comments where document_id = :id")
                .param("id", documentId).query().singleRow();
        assertThat(row).containsEntry("body", text).containsEntry("at_page", null).containsEntry("at_seconds", 7);
    }

    private void assertFieldError(Map<String, String> form, String field, String message) throws Exception {
        MvcResult result = postInPortal(contact, documentId, form).andExpect(status().isFound()).andReturn();
        BindingResult errors = (BindingResult) result.getFlashMap().get(BindingResult.MODEL_KEY_PREFIX + "commentForm");
        assertThat(errors.getFieldError(field)).as("an error on %s for %s", field, form).isNotNull();
        assertThat(errors.getFieldError(field).getDefaultMessage()).contains(message);
    }

    private ResultActions postInPortal(Actor author, long document, Map<String, String> form) throws Exception {
        var request = post(portalPage(document) + "/comments").with(data.signedIn(author)).with(csrf());
        form.forEach(request::param);
        return mvc.perform(request);
    }

    private List<String> bodies(long document) {
        return jdbc.sql("select body from document_comments where document_id = :id order by id")
                .param("id", document).query(String.class).list();
    }

    private Map<String, Object> lastSlip() {
        return jdbc.sql("""
                        select body, hours, billable, visibility, origin, staff_id from time_slips
                        where case_id = :caseId order by id desc limit 1""")
                .param("caseId", caseId).query().singleRow();
    }

    private String portalPage(long document) {
        return "/portal/cases/" + caseId + "/documents/" + document;
    }

    private String staffPage(long document) {
        return "/app/cases/" + caseId + "/documents/" + document;
    }

    private String caseNumber() {
        return jdbc.sql("select number from cases where id = :id").param("id", caseId).query(String.class).single();
    }
}
