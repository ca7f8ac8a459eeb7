package org.caseport.messages;

import java.util.List;
import org.caseport.access.AccessPolicy;
import org.caseport.access.PortalAction;
import org.caseport.access.PortalCase;
import org.caseport.access.PortalSection;
import org.caseport.access.SqlCondition;
import org.caseport.identity.Actor;
import org.caseport.shared.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading threads: a case's thread for staff who may see the case, the same thread in the portal
 * where the profile shows messages, and the staff inbox of cases whose client waits for an answer,
 * limited to the cases the staff member may see. Newest messages first, a page at a time.
 */
@Service
public class MessageQueries {

    private static final String MESSAGES = """
            select id, author_name, from_client, about, body, created_at from case_messages
            where case_id = :caseId order by id desc limit :limit offset :offset""";

    private final JdbcClient jdbc;
    private final AccessPolicy access;

    MessageQueries(JdbcClient jdbc, AccessPolicy access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public PageResult<MessageRow> thread(Actor staff, long caseId, int page, int size) {
        access.requireCase(staff, caseId);
        return messages(caseId, page, size);
    }

    @Transactional(readOnly = true)
    public ThreadState state(Actor staff, long caseId) {
        access.requireCase(staff, caseId);
        return jdbc.sql("""
                        select true as started, t.awaiting_reply_since, t.handled_at, u.display_name as handled_by
                        from message_threads t left join user_accounts u on u.id = t.handled_by
                        where t.case_id = :caseId""")
                .param("caseId", caseId).query(ThreadState.class).optional().orElse(ThreadState.EMPTY);
    }

    /** The thread as a contact reads it: 404 unless the profile shows the case's messages. */
    @Transactional(readOnly = true)
    public PageResult<MessageRow> portalThread(Actor contact, long caseId, int page, int size) {
        PortalCase portalCase = access.requirePortalSection(contact, caseId, PortalSection.MESSAGES);
        return messages(portalCase.caseId(), page, size);
    }

    /** Cases of the staff member whose client's latest message nobody answered, longest waiting first. */
    @Transactional(readOnly = true)
    public PageResult<InboxRow> inbox(Actor staff, int page, int size) {
        SqlCondition scope = access.caseScopeOfColumn(staff, "c.id");
        long total = countAwaiting(staff, null);
        List<InboxRow> rows = jdbc.sql("""
                        select c.id as case_id, c.number as case_number, c.title as case_title,
                               cl.name as client_name, t.awaiting_reply_since,
                               m.author_name, m.about, m.body, m.created_at as sent_at
                        from message_threads t
                        join cases c on c.id = t.case_id
                        join clients cl on cl.id = c.client_id
                        join lateral (select author_name, about, body, created_at from case_messages x
                                      where x.case_id = t.case_id and x.from_client
                                      order by x.id desc limit 1) m on true
                        where t.awaiting_reply_since is not null and %s
                        order by t.awaiting_reply_since, c.id limit :limit offset :offset""".formatted(scope.sql()))
                .params(scope.params()).param("limit", size).param("offset", (long) page * size)
                .query(InboxRow.class).list();
        return new PageResult<>(rows, page, size, total);
    }

    /** How many of the staff member's cases wait for an answer. */
    @Transactional(readOnly = true)
    public long awaitingCount(Actor staff) {
        return countAwaiting(staff, null);
    }

    /**
     * The same count for the navigation bar, which asks on every staff page: it stops at
     * {@code limit}, so a firm with thousands of unanswered threads does not count them all on
     * every page ({@code 0 < limit}).
     */
    @Transactional(readOnly = true)
    public long awaitingCountUpTo(Actor staff, int limit) {
        return countAwaiting(staff, limit);
    }

    /**
     * Threads awaiting a reply on the staff member's cases, all of them or at most {@code limit}.
     * They are found from the partial index of awaiting threads (an admin's count reads it alone)
     * and, for an investigator, by the ids of their cases, instead of joining and testing each case.
     */
    private long countAwaiting(Actor staff, Integer limit) {
        SqlCondition scope = access.caseScopeOfColumn(staff, "t.case_id");
        String threads = "select 1 from message_threads t where t.awaiting_reply_since is not null"
                + (scope.isAlways() ? "" : " and " + scope.sql());
        if (limit == null) {
            return jdbc.sql("select count(*) from (" + threads + ") waiting").params(scope.params())
                    .query(Long.class).single();
        }
        return jdbc.sql("select count(*) from (" + threads + " limit :limit) waiting")
                .params(scope.params()).param("limit", limit).query(Long.class).single();
    }

    /** The cases the contact may write to the firm about (none in a preview), newest first. */
    @Transactional(readOnly = true)
    public List<MessageableCase> messageableCases(Actor contact) {
        if (contact.isPreview() || !contact.isContact()) {
            return List.of();
        }
        SqlCondition scope = access.portalCaseScope(contact);
        SqlCondition allows = access.portalAllowsAction(contact, PortalAction.MESSAGE);
        return jdbc.sql("select c.id, c.number, c.title from cases c where " + scope.sql() + " and " + allows.sql()
                        + " order by c.opened_on desc, c.id desc limit 500")
                .params(scope.params()).params(allows.params())
                .query(MessageableCase.class).list();
    }

    /** Whether the contact may write to the firm about any case: the portal shows "Message the firm". */
    @Transactional(readOnly = true)
    public boolean mayWriteToTheFirm(Actor contact) {
        if (contact.isPreview() || !contact.isContact()) {
            return false;
        }
        SqlCondition scope = access.portalCaseScope(contact);
        SqlCondition allows = access.portalAllowsAction(contact, PortalAction.MESSAGE);
        return jdbc.sql("select exists (select 1 from cases c where " + scope.sql() + " and " + allows.sql() + ")")
                .params(scope.params()).params(allows.params()).query(Boolean.class).single();
    }

    private PageResult<MessageRow> messages(long caseId, int page, int size) {
        long total = jdbc.sql("select count(*) from case_messages where case_id = :caseId")
                .param("caseId", caseId).query(Long.class).single();
        List<MessageRow> rows = jdbc.sql(MESSAGES).param("caseId", caseId).param("limit", size)
                .param("offset", (long) page * size).query(MessageRow.class).list();
        return new PageResult<>(rows, page, size, total);
    }
}
