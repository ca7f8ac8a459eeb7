package org.caseport.notifications;

import java.util.HashMap;
import java.util.Map;
import org.caseport.identity.FirmSetup;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactional outbox every feature sends mail through: a queued mail is rendered at once and
 * stored in the caller's transaction, so it exists if and only if the caller's change commits;
 * {@link MailDispatcher} sends it afterwards.
 */
@Service
public class MailOutbox {

    private final MailTemplates templates;
    private final FirmSetup firmSetup;
    private final JdbcClient jdbc;
    private final String baseUrl;

    MailOutbox(MailTemplates templates, FirmSetup firmSetup, JdbcClient jdbc,
            @Value("${caseport.base-url}") String baseUrl) {
        this.templates = templates;
        this.firmSetup = firmSetup;
        this.jdbc = jdbc;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /**
     * Renders the mail's templates with its model plus {@code firmName} and {@code baseUrl} (for
     * absolute links) and stores it as pending; returns its id.
     * <p>
     * Propagation is MANDATORY, not REQUIRED: a mail queued outside a transaction would commit on
     * its own, whatever became of the change that caused it, which is exactly what the outbox is
     * there to prevent. Such a call is a bug, and it fails at once.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long queue(OutgoingMail mail) {
        Map<String, Object> model = new HashMap<>(mail.model());
        model.put("firmName", firmSetup.firmName());
        model.put("baseUrl", baseUrl);
        MailTemplates.Rendered body = templates.render(mail.template(), model);
        return jdbc.sql("""
                        insert into mail_messages (recipient, subject, text_body, html_body)
                        values (:recipient, :subject, :text, :html) returning id""")
                .param("recipient", mail.recipient())
                .param("subject", mail.subject())
                .param("text", body.text())
                .param("html", body.html())
                .query(Long.class).single();
    }
}
