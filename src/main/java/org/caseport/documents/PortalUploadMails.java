package org.caseport.documents;

import java.util.List;
import java.util.Map;
import org.caseport.notifications.MailOutbox;
import org.caseport.notifications.OutgoingMail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the firm that a contact sent a file through the portal: the case's lead investigator, or
 * every enabled admin when the case has no lead (or its lead's login is disabled). Queued in the
 * upload's transaction; the mail names the file, it never carries it.
 */
@Component
class PortalUploadMails {

    private final MailOutbox outbox;
    private final JdbcClient jdbc;

    PortalUploadMails(MailOutbox outbox, JdbcClient jdbc) {
        this.outbox = outbox;
        this.jdbc = jdbc;
    }

    void announce(long caseId, long documentId, String contactName, String filename) {
        String caseNumber = jdbc.sql("select number from cases where id = :id").param("id", caseId)
                .query(String.class).single();
        List<Recipient> recipients = jdbc.sql("""
                        select u.email, u.display_name from cases c join user_accounts u on u.id = c.lead_investigator_id
                        where c.id = :id and u.enabled""")
                .param("id", caseId).query(Recipient.class).list();
        if (recipients.isEmpty()) {
            recipients = jdbc.sql("select email, display_name from user_accounts where role = 'ADMIN' and enabled order by id")
                    .query(Recipient.class).list();
        }
        for (Recipient recipient : recipients) {
            outbox.queue(new OutgoingMail(recipient.email(), contactName + " uploaded a document to case " + caseNumber,
                    "document-uploaded", Map.of("staffName", recipient.displayName(), "contactName", contactName,
                            "caseNumber", caseNumber, "filename", filename,
                            "documentPath", "/app/cases/" + caseId + "/documents")));
        }
    }

    private record Recipient(String email, String displayName) {
    }
}
