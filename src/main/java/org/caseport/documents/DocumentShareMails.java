package org.caseport.documents;

import java.util.Map;
import org.caseport.access.AccessPolicy;
import org.caseport.access.AccessPolicy.PortalRecipient;
import org.caseport.access.PortalSection;
import org.caseport.notifications.MailOutbox;
import org.caseport.notifications.OutgoingMail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the contacts who see a case's documents that a new one was shared with them: a link to
 * the portal, never the file. Queued in the transaction that shares the document.
 */
@Component
class DocumentShareMails {

    private final AccessPolicy access;
    private final MailOutbox outbox;
    private final JdbcClient jdbc;

    DocumentShareMails(AccessPolicy access, MailOutbox outbox, JdbcClient jdbc) {
        this.access = access;
        this.outbox = outbox;
        this.jdbc = jdbc;
    }

    void announce(long caseId, String documentTitle) {
        String caseNumber = jdbc.sql("select number from cases where id = :id").param("id", caseId)
                .query(String.class).single();
        for (PortalRecipient recipient : access.portalRecipients(caseId, PortalSection.DOCUMENTS)) {
            outbox.queue(new OutgoingMail(recipient.email(), "New document on case " + caseNumber, "document-shared",
                    Map.of("contactName", recipient.name(), "caseNumber", caseNumber, "documentTitle", documentTitle,
                            "documentsPath", "/portal/cases/" + caseId + "/documents")));
        }
    }
}
