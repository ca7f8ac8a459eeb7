package org.caseport.notifications;

import java.util.List;
import org.caseport.identity.Actor;
import org.caseport.shared.NotFoundException;
import org.caseport.shared.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The admins' view of the outbox: every mail Caseport rendered, newest first, with its delivery state. */
@Service
public class MailLog {

    private final JdbcClient jdbc;
    private final MailSettings settings;

    MailLog(JdbcClient jdbc, MailSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** Whether mails leave Caseport at all; without a mail server they stay pending in the log. */
    public boolean isMailServerConfigured() {
        return settings.source() != MailSettingsSource.NONE;
    }

    @Transactional(readOnly = true)
    public PageResult<MailSummary> list(Actor actor, int page) {
        requireAdmin(actor);
        long total = jdbc.sql("select count(*) from mail_messages").query(Long.class).single();
        List<MailSummary> rows = jdbc.sql("""
                        select id, created_at, recipient, subject, status, attempts, last_error, sent_at
                        from mail_messages order by created_at desc, id desc limit :limit offset :offset""")
                .param("limit", PageResult.DEFAULT_SIZE)
                .param("offset", (long) page * PageResult.DEFAULT_SIZE)
                .query(MailSummary.class).list();
        return new PageResult<>(rows, page, PageResult.DEFAULT_SIZE, total);
    }

    @Transactional(readOnly = true)
    public MailDetails get(Actor actor, long id) {
        requireAdmin(actor);
        return jdbc.sql("""
                        select id, created_at, recipient, subject, status, attempts, last_error, next_attempt_at,
                               sent_at, text_body, html_body
                        from mail_messages where id = :id""")
                .param("id", id).query(MailDetails.class).optional()
                .orElseThrow(() -> new NotFoundException("Mail"));
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw new AccessDeniedException("admin only");
        }
    }
}
