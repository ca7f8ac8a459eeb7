package org.caseport.messages;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.caseport.access.AccessPolicy;
import org.caseport.access.AccessPolicy.PortalRecipient;
import org.caseport.access.PortalAction;
import org.caseport.access.PortalCase;
import org.caseport.access.PortalSection;
import org.caseport.audit.AuditAction;
import org.caseport.audit.AuditLog;
import org.caseport.identity.Actor;
import org.caseport.notifications.Notice;
import org.caseport.notifications.Notices;
import org.caseport.shared.NotFoundException;
import org.caseport.shared.RejectedInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing to a case's thread. A contact writes where the access policy shows them the case and
 * their profile allows {@link PortalAction#MESSAGE} (never in a staff preview); the lead
 * investigator, or the admins, hear of it with its text. Staff who may see the case answer it,
 * or mark it handled; the contacts who see the case's messages hear that an answer waits — with
 * a link, and its text only where the firm chose so. Every message is noted on the case.
 */
@Service
public class CaseMessages {

    public static final int MAX_BODY = 4000;
    public static final int MAX_ABOUT = 200;

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final AuditLog auditLog;
    private final Notices notices;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseMessages(JdbcClient jdbc, AccessPolicy access, AuditLog auditLog, Notices notices,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.auditLog = auditLog;
        this.notices = notices;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the contact may write to the firm about this case; 404 if they may not see it at all. */
    @Transactional(readOnly = true)
    public boolean mayWrite(Actor actor, long caseId) {
        return !actor.isPreview() && access.portalCase(actor, caseId).profile().allows(PortalAction.MESSAGE);
    }

    /** A contact's message to the firm about a case, from the screen named in {@code about}. */
    @Transactional
    public long send(Actor contact, long caseId, String about, String body) {
        PortalCase portalCase = access.portalCase(contact, caseId);
        if (contact.isPreview() || !portalCase.profile().allows(PortalAction.MESSAGE)) {
            auditLog.recordRefusal(contact, AuditAction.ACCESS_DENIED, "CASE", caseId);
            throw new NotFoundException("Case");
        }
        String text = requireBody(body);
        String topic = about == null || about.isBlank() ? null : about.strip();
        if (topic != null && topic.length() > MAX_ABOUT) {
            throw new RejectedInputException("about", "Keep the subject under " + MAX_ABOUT + " characters.");
        }
        long messageId = post(caseId, contact, true, topic, text);
        String caseNumber = caseNumber(caseId);
        for (long staffId : access.firmRecipients(caseId)) {
            notices.send(new Notice(staffId, "Message from " + contact.displayName() + " on case " + caseNumber,
                    "client-message", Map.of("contactName", contact.displayName(), "caseNumber", caseNumber,
                            "about", topic == null ? "" : topic, "body", text,
                            "threadPath", "/app/cases/" + caseId + "/messages"),
                    contact.displayName() + " wrote about case " + caseNumber
                            + (topic == null ? "" : " (" + topic + ")"),
                    "/app/cases/" + caseId + "/messages"));
        }
        return messageId;
    }

    /** Staff answer the case's thread: the client's wait is over, and the contacts are told. */
    @Transactional
    public long reply(Actor staff, long caseId, String body) {
        access.requireCase(staff, caseId);
        String text = requireBody(body);
        long messageId = post(caseId, staff, false, null, text);
        handled(staff, caseId);
        String caseNumber = caseNumber(caseId);
        boolean withText = textInMails();
        for (PortalRecipient contact : access.portalRecipients(caseId, PortalSection.MESSAGES)) {
            notices.send(new Notice(contact.accountId(), "A reply from the firm on case " + caseNumber,
                    "message-reply", Map.of("caseNumber", caseNumber, "staffName", staff.displayName(),
                            "body", withText ? text : "", "threadPath", "/portal/cases/" + caseId + "/messages"),
                    "The firm replied on case " + caseNumber, "/portal/cases/" + caseId + "/messages"));
        }
        return messageId;
    }

    /** Staff mark the thread handled without answering (the client's question was settled by phone). */
    @Transactional
    public void markHandled(Actor staff, long caseId) {
        access.requireCase(staff, caseId);
        handled(staff, caseId);
    }

    /** Whether the firm's reply mails to contacts carry the reply's text; admins only. */
    @Transactional
    public void chooseTextInMails(Actor admin, boolean withText) {
        if (!admin.isAdmin()) {
            throw new NotFoundException("Setting");
        }
        jdbc.sql("update message_settings set text_in_mails = :withText, updated_at = now() where id = 1")
                .param("withText", withText).update();
        auditLog.record(admin, AuditAction.FIRM_SETTINGS_CHANGED, "FIRM", 1L,
                withText ? "Reply mails carry the text" : "Reply mails carry a link only");
    }

    /** Whether reply mails to contacts carry the text. */
    @Transactional(readOnly = true)
    public boolean textInMails() {
        return jdbc.sql("select text_in_mails from message_settings where id = 1").query(Boolean.class).single();
    }

    private long post(long caseId, Actor author, boolean fromClient, String about, String body) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        jdbc.sql("""
                        insert into message_threads (case_id, last_message_at, awaiting_reply_since)
                        values (:caseId, :now, case when :fromClient then cast(:now as timestamptz) end)
                        on conflict (case_id) do update set last_message_at = excluded.last_message_at,
                          awaiting_reply_since = case when :fromClient
                            then coalesce(message_threads.awaiting_reply_since, excluded.last_message_at)
                            else message_threads.awaiting_reply_since end""")
                .param("caseId", caseId).param("now", now).param("fromClient", fromClient).update();
        long messageId = jdbc.sql("""
                        insert into case_messages (case_id, author_id, author_name, from_client, about, body, created_at)
                        values (:caseId, :authorId, :authorName, :fromClient, :about, :body, :now) returning id""")
                .param("caseId", caseId).param("authorId", author.id()).param("authorName", author.displayName())
                .param("fromClient", fromClient).param("about", about).param("body", body).param("now", now)
                .query(Long.class).single();
        events.publishEvent(new MessagePosted(caseId, messageId, LocalDate.now(clock), author.id(),
                author.displayName(), fromClient, about, body));
        return messageId;
    }

    private void handled(Actor staff, long caseId) {
        jdbc.sql("""
                        update message_threads set awaiting_reply_since = null, handled_at = :now, handled_by = :staffId
                        where case_id = :caseId""")
                .param("now", Timestamp.from(Instant.now(clock))).param("staffId", staff.id())
                .param("caseId", caseId).update();
    }

    private String caseNumber(long caseId) {
        return jdbc.sql("select number from cases where id = :id").param("id", caseId).query(String.class).single();
    }

    private static String requireBody(String body) {
        if (body == null || body.isBlank()) {
            throw new RejectedInputException("body", "Write your message.");
        }
        String text = body.strip();
        if (text.length() > MAX_BODY) {
            throw new RejectedInputException("body", "Keep the message under " + MAX_BODY + " characters.");
        }
        return text;
    }
}
