package org.caseport.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.caseport.identity.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Records audit events; the source address is taken from the current request when there is one. */
@Service
public class AuditLog {

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records an event by a signed-in actor as part of the caller's transaction: a change and its
     * audit event commit together or not at all. A preview is recorded as the staff member who looked.
     */
    @Transactional
    public void record(Actor actor, AuditAction action, String targetType, Long targetId, String detail) {
        Actor who = actor != null && actor.isPreview() ? actor.previewer() : actor;
        String label = who == null ? null : who.displayName()
                + (actor != null && actor.isPreview() ? " (previewing as " + actor.displayName() + ")" : "");
        insert(who == null ? null : who.id(), label, action, targetType, targetId, detail);
    }

    /**
     * Records a refusal in a transaction of its own, so that it stays on the record although the
     * refused request's own (often read-only) transaction rolls back.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRefusal(Actor actor, AuditAction action, String targetType, Long targetId) {
        record(actor, action, targetType, targetId, null);
    }

    /** Records an event nobody signed in is behind, such as a failed sign-in for a typed email. */
    @Transactional
    public void recordAnonymous(String label, AuditAction action, String detail) {
        insert(null, label, action, null, null, detail);
    }

    private void insert(Long actorId, String label, AuditAction action, String targetType, Long targetId,
            String detail) {
        jdbc.sql("""
                        insert into audit_events (actor_id, actor_label, action, target_type, target_id, source_address, detail)
                        values (:actorId, :label, :action, :targetType, :targetId, :address, :detail)""")
                .param("actorId", actorId)
                .param("label", truncate(label))
                .param("action", action.name())
                .param("targetType", targetType)
                .param("targetId", targetId)
                .param("address", sourceAddress())
                .param("detail", truncate(detail))
                .update();
    }

    private static String sourceAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500);
    }
}
