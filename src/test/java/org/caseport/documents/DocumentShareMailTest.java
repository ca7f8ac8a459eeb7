package org.caseport.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.caseport.identity.Actor;
import org.caseport.shared.Visibility;
import org.caseport.support.IntegrationTest;
import org.caseport.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sharing a document tells exactly the contacts who can see it: a link, never the file. */
class DocumentShareMailTest extends IntegrationTest {

    @Autowired
    DocumentService documents;
    @Autowired
    JdbcClient jdbc;

    private Actor admin;
    private long caseId;
    private Actor contact;

    @BeforeEach
    void aContactWhoSeesTheCasesDocuments() {
        admin = data.admin();
        caseId = data.kase(admin, admin.id(), BigDecimal.ZERO);
        contact = data.contact(data.clientOf(caseId));
        data.grantAllCases(contact);
    }

    @Test
    void sharingADocumentMailsTheContactALinkToThePortal() {
        String title = TestData.unique("Surveillance report");
        long documentId = data.document(admin, caseId, title, Visibility.INTERNAL);
        assertThat(mails()).isEmpty();

        documents.changeVisibility(admin, caseId, documentId, Visibility.CLIENT);

        assertThat(mails()).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).startsWith("New document on case ");
            assertThat(mail.textBody()).contains(title).contains("/portal/cases/" + caseId + "/documents");
            assertThat(mail.htmlBody()).contains(title);
        });
    }

    @Test
    void uploadingAnAlreadySharedDocumentMailsOnceAndSharingAgainDoesNot() {
        long documentId = data.document(admin, caseId, TestData.unique("Report"), Visibility.CLIENT);
        documents.changeVisibility(admin, caseId, documentId, Visibility.CLIENT);
        assertThat(mails()).hasSize(1);
    }

    @Test
    void contactsWhoseProfileHidesDocumentsGetNoMail() {
        long statusOnly = jdbc.sql("select id from portal_profiles where name = 'Status only'").query(Long.class).single();
        jdbc.sql("update client_contacts set portal_profile_id = :p where id = :id").param("p", statusOnly)
                .param("id", contact.contactId()).update();
        data.document(admin, caseId, TestData.unique("Report"), Visibility.CLIENT);
        assertThat(mails()).isEmpty();
    }

    @Test
    void internalUploadsMailNobodyAndOtherClientsContactsNeverHear() {
        data.document(admin, caseId, TestData.unique("Internal"), Visibility.INTERNAL);
        Actor otherClientsContact = data.contact(data.client(admin));
        data.grantAllCases(otherClientsContact);
        data.document(admin, caseId, TestData.unique("Shared"), Visibility.CLIENT);
        assertThat(data.mailsTo(TestData.emailOf(otherClientsContact.displayName()))).isEmpty();
        assertThat(mails()).hasSize(1);
    }

    private List<TestData.QueuedMail> mails() {
        return data.mailsTo(TestData.emailOf(contact.displayName()));
    }
}
