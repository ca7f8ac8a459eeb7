package org.caseport.documents;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.caseport.access.AccessPolicy;
import org.caseport.access.PortalAction;
import org.caseport.access.PortalCase;
import org.caseport.documents.CollaborationNotices.About;
import org.caseport.identity.Actor;
import org.caseport.shared.NotFoundException;
import org.caseport.shared.PageResult;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The comment thread of a document, which staff and the client's contacts share. A thread exists
 * only while the document is shared: nobody may post on an internal one, and the portal shows its
 * thread only as long as it shows the document; staff keep reading an unshared document's thread.
 * A contact reads where the portal shows them the document and posts where their profile also
 * allows {@link PortalAction#MESSAGE} (never in a staff preview); anything else is 404. Each
 * comment is noted on the case ({@link DocumentCommented}) and told to the other side.
 */
@Service
public class DocumentComments {

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final Documents documents;
    private final PortalDocumentAccess portalAccess;
    private final CollaborationNotices notices;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DocumentComments(JdbcClient jdbc, AccessPolicy access, Documents documents, PortalDocumentAccess portalAccess,
            CollaborationNotices notices, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.documents = documents;
        this.portalAccess = portalAccess;
        this.notices = notices;
        this.events = events;
        this.clock = clock;
    }

    /** The thread of a document of a case the staff member works, oldest first; {@code page} null means the last. */
    @Transactional(readOnly = true)
    public PageResult<CommentRow> thread(Actor actor, long caseId, long documentId, Integer page, int size) {
        load(actor, caseId, documentId);
        return threadPage(documentId, page, size);
    }

    /** A staff member's comment on a shared document; an internal one has no thread and refuses it. */
    @Transactional
    public long comment(Actor actor, long caseId, long documentId, NewComment comment) {
        Document document = load(actor, caseId, documentId);
        if (!document.isShared()) {
            throw new CollaborationRefusedException("This document is internal, so it has no thread: share it with "
                    + "the client to discuss it with them.");
        }
        CommentAnchor anchor = comment.checked();
        long id = insert(documentId, actor, comment.body(), anchor);
        About about = new About(caseId, documentId, document.getTitle());
        events.publishEvent(new DocumentCommented(caseId, documentId, LocalDate.now(clock), actor.id(),
                actor.displayName(), true, document.getTitle(), anchor.label()));
        notices.commentFromStaff(about, actor);
        return id;
    }

    /** The thread of a document the portal shows the contact, oldest first; {@code page} null means the last. */
    @Transactional(readOnly = true)
    public PageResult<CommentRow> portalThread(Actor actor, long caseId, long documentId, Integer page, int size) {
        portalAccess.requireDocument(actor, caseId, documentId);
        return threadPage(documentId, page, size);
    }

    /** Whether the contact may comment on the case's shared documents: {@link PortalAction#MESSAGE}, and no preview. */
    @Transactional(readOnly = true)
    public boolean mayCommentInPortal(Actor actor, long caseId) {
        return portalAccess.mayChange(actor, caseId, PortalAction.MESSAGE);
    }

    /** Throws 404 unless the contact may comment on the document, so nothing about a form answers anyone else. */
    @Transactional(readOnly = true)
    public void requirePortalComment(Actor actor, long caseId, long documentId) {
        portalAccess.requireChange(actor, caseId, documentId, PortalAction.MESSAGE);
    }

    /** A contact's comment on a shared document they see, where their profile allows messages; otherwise 404. */
    @Transactional
    public long commentInPortal(Actor actor, long caseId, long documentId, NewComment comment) {
        PortalCase portalCase = portalAccess.requireChange(actor, caseId, documentId, PortalAction.MESSAGE);
        CommentAnchor anchor = comment.checked();
        Document document = documents.findByIdAndCaseId(documentId, portalCase.caseId())
                .orElseThrow(() -> new NotFoundException("Document"));
        long id = insert(documentId, actor, comment.body(), anchor);
        About about = new About(portalCase.caseId(), documentId, document.getTitle());
        events.publishEvent(new DocumentCommented(portalCase.caseId(), documentId, LocalDate.now(clock), actor.id(),
                actor.displayName(), false, document.getTitle(), anchor.label()));
        notices.commentFromContact(about, actor, comment.body(), anchor.label());
        return id;
    }

    private Document load(Actor actor, long caseId, long documentId) {
        access.requireCase(actor, caseId);
        return documents.findByIdAndCaseId(documentId, caseId).orElseThrow(() -> new NotFoundException("Document"));
    }

    private long insert(long documentId, Actor author, String body, CommentAnchor anchor) {
        return jdbc.sql("""
                        insert into document_comments (document_id, author_id, body, at_page, at_seconds, created_at)
                        values (:documentId, :authorId, :body, :page, :seconds, :now) returning id""")
                .param("documentId", documentId).param("authorId", author.id()).param("body", body)
                .param("page", anchor.page()).param("seconds", anchor.seconds())
                .param("now", Timestamp.from(Instant.now(clock)))
                .query(Long.class).single();
    }

    private PageResult<CommentRow> threadPage(long documentId, Integer page, int size) {
        long total = jdbc.sql("select count(*) from document_comments where document_id = :id")
                .param("id", documentId).query(Long.class).single();
        int lastPage = (int) Math.max(0, (total - 1) / size);
        int shown = page == null ? lastPage : Math.max(0, page);
        List<CommentRow> rows = jdbc.sql("""
                        select c.id, u.display_name as author_name, u.role <> 'CONTACT' as from_firm, c.body,
                               c.at_page, c.at_seconds, c.created_at
                        from document_comments c join user_accounts u on u.id = c.author_id
                        where c.document_id = :id
                        order by c.created_at, c.id limit :limit offset :offset""")
                .param("id", documentId).param("limit", size).param("offset", (long) shown * size)
                .query(CommentRow.class).list();
        return new PageResult<>(rows, shown, size, total);
    }
}
