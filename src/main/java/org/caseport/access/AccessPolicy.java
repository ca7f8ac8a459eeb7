package org.caseport.access;

import java.util.Map;
import org.caseport.identity.Actor;
import org.caseport.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see and work which case. Admins work every case; investigators the cases they lead or
 * are assigned to. Anything on a case (notes, expenses, ledger, subjects) follows its case.
 * A case the actor may not see answers exactly like a case that does not exist.
 */
@Service
public class AccessPolicy {

    /** Investigators' scope, for a query whose cases table is aliased {@code c}. */
    private static final String ASSIGNED_TO_ACTOR = "(c.lead_investigator_id = :accessActorId or exists ("
            + "select 1 from case_assignments access_a where access_a.case_id = c.id and access_a.staff_id = :accessActorId))";

    private final JdbcClient jdbc;

    AccessPolicy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The condition a staff list query over {@code cases c} adds so it returns only cases the
     * actor may work. Contacts get nothing here: the portal has its own, narrower questions.
     */
    public SqlCondition caseScope(Actor actor) {
        if (!actor.isStaff()) {
            return new SqlCondition("false", Map.of());
        }
        if (actor.isAdmin()) {
            return new SqlCondition("true", Map.of());
        }
        return new SqlCondition(ASSIGNED_TO_ACTOR, Map.of("accessActorId", actor.id()));
    }

    @Transactional(readOnly = true)
    public boolean canViewCase(Actor actor, long caseId) {
        SqlCondition scope = caseScope(actor);
        return jdbc.sql("select exists (select 1 from cases c where c.id = :caseId and " + scope.sql() + ")")
                .param("caseId", caseId)
                .params(scope.params())
                .query(Boolean.class).single();
    }

    /**
     * Throws {@link NotFoundException} unless the actor may see the case. Staff who may see a case
     * may also work it: add notes, expenses and subjects, edit it, change its status.
     */
    public void requireCase(Actor actor, long caseId) {
        if (!canViewCase(actor, caseId)) {
            throw new NotFoundException("Case");
        }
    }

    public boolean canManageStaff(Actor actor) {
        return actor.isAdmin();
    }

    /** Only admins create, change and delete portal access profiles and choose the firm default. */
    public boolean canManagePortalProfiles(Actor actor) {
        return actor.isAdmin();
    }
}
