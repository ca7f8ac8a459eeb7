package org.caseport.documents;

import java.util.HashMap;
import java.util.Map;
import org.caseport.access.AccessPolicy;
import org.caseport.access.AccessPolicy.PortalRecipient;
import org.caseport.access.PortalSection;
import org.caseport.identity.Actor;
import org.caseport.notifications.Notice;
import org.caseport.notifications.Notices;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the other side about a comment or a revision, through {@link Notices} in the caller's
 * transaction. What a contact does goes to the firm's recipients of the case (its lead, or the
 * admins), with the comment's text; what staff do goes to the contacts who see the case's
 * documents, with a link to the portal only — never the text, which stays behind the sign-in.
 * Nobody is told about what they did themselves.
 */
@Component
class CollaborationNotices {

    private final Notices notices;
    private final AccessPolicy access;
    private final JdbcClient jdbc;

    CollaborationNotices(Notices notices, AccessPolicy access, JdbcClient jdbc) {
        this.notices = notices;
        this.access = access;
        this.jdbc = jdbc;
    }

    /** A document and its case, as the notices name them. */
    record About(long caseId, long documentId, String documentTitle) {

        String staffPath() {
            return "/app/cases/" + caseId + "/documents/" + documentId;
        }

        String portalPath() {
            return "/portal/cases/" + caseId + "/documents/" + documentId;
        }
    }

    void commentFromContact(About about, Actor contact, String body, String anchor) {
        String caseNumber = caseNumber(about.caseId());
        Map<String, Object> model = model(about, caseNumber, about.staffPath());
        model.put("authorName", contact.displayName());
        model.put("anchor", anchor == null ? "" : anchor);
        model.put("body", body);
        toFirm(about, contact, contact.displayName() + " commented on a document of case " + caseNumber,
                "document-comment-to-firm", model,
                contact.displayName() + " commented on '" + about.documentTitle() + "' (" + caseNumber + ")");
    }

    void commentFromStaff(About about, Actor staff) {
        String caseNumber = caseNumber(about.caseId());
        toContacts(about, staff, "New comment on a document of case " + caseNumber, "document-comment-to-client",
                model(about, caseNumber, about.portalPath()),
                "New comment on '" + about.documentTitle() + "' (" + caseNumber + ")");
    }

    void revisionProposed(About about, Actor contact, int version, String filename) {
        String caseNumber = caseNumber(about.caseId());
        Map<String, Object> model = model(about, caseNumber, about.staffPath());
        model.put("contactName", contact.displayName());
        model.put("version", version);
        model.put("filename", filename);
        toFirm(about, contact, contact.displayName() + " proposed a revised document on case " + caseNumber,
                "document-revision-proposed", model,
                contact.displayName() + " proposed a revised version of '" + about.documentTitle() + "' ("
                        + caseNumber + ")");
    }

    void revisionDecided(About about, Actor staff, int version, boolean accepted) {
        String caseNumber = caseNumber(about.caseId());
        Map<String, Object> model = model(about, caseNumber, about.portalPath());
        model.put("version", version);
        model.put("accepted", accepted);
        toContacts(about, staff, "The firm reviewed a revised document on case " + caseNumber,
                "document-revision-decided", model,
                "The revised version of '" + about.documentTitle() + "' was " + (accepted ? "accepted" : "not accepted")
                        + " (" + caseNumber + ")");
    }

    private void toFirm(About about, Actor author, String subject, String template, Map<String, Object> model,
            String summary) {
        for (long recipient : access.firmRecipients(about.caseId())) {
            if (recipient != author.id()) {
                notices.send(new Notice(recipient, subject, template, model, summary, about.staffPath()));
            }
        }
    }

    private void toContacts(About about, Actor author, String subject, String template, Map<String, Object> model,
            String summary) {
        for (PortalRecipient recipient : access.portalRecipients(about.caseId(), PortalSection.DOCUMENTS)) {
            if (recipient.accountId() != author.id()) {
                notices.send(new Notice(recipient.accountId(), subject, template, model, summary, about.portalPath()));
            }
        }
    }

    private static Map<String, Object> model(About about, String caseNumber, String documentPath) {
        Map<String, Object> model = new HashMap<>();
        model.put("caseNumber", caseNumber);
        model.put("documentTitle", about.documentTitle());
        model.put("documentPath", documentPath);
        return model;
    }

    private String caseNumber(long caseId) {
        return jdbc.sql("select number from cases where id = :id").param("id", caseId).query(String.class).single();
    }
}
