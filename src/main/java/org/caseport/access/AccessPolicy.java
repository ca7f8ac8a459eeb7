package org.caseport.access;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caseport.audit.AuditAction;
import org.caseport.audit.AuditLog;
import org.caseport.identity.Actor;
import org.caseport.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see and work which case. Admins work every case; investigators the cases they lead or
 * are assigned to; a client's contact sees, in the portal, the cases of their own client they were
 * granted, through the profile that applies. Anything on a case (notes, expenses, ledger,
 * subjects) follows its case. A case the actor may not see answers exactly like a case that does
 * not exist.
 */
@Service
public class AccessPolicy {

    /** Investigators' scope, for a query whose cases table is aliased {@code c}. */
    private static final String ASSIGNED_TO_ACTOR = "(c.lead_investigator_id = :accessActorId or exists ("
            + "select 1 from case_assignments access_a where access_a.case_id = c.id and access_a.staff_id = :accessActorId))";

    private static final String GRANTED_TO_CONTACT = "c.client_id = :portalClientId and exists ("
            + "select 1 from portal_grants access_g where access_g.contact_id = :portalContactId"
            + " and access_g.revoked_at is null and (access_g.case_id is null or access_g.case_id = c.id))";

    /**
     * The profile that applies to a contact on a case: the contact's own override, else the case's,
     * else the client's default, else the firm's default.
     */
    private static final String EFFECTIVE_PROFILE = """
            select p.id, p.name, p.description, p.sections, p.fields, p.actions, p.is_firm_default
            from cases c
            join clients cl on cl.id = c.client_id
            left join client_contacts cc on cc.id = :profileContactId
            join portal_profiles p on p.id = coalesce(cc.portal_profile_id, c.portal_profile_id,
                 cl.portal_profile_id, (select d.id from portal_profiles d where d.is_firm_default))
            """;

    private final JdbcClient jdbc;
    private final AuditLog auditLog;

    AccessPolicy(JdbcClient jdbc, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
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

    /** Only admins create, change and delete portal access profiles and choose the firm default. */
    public boolean canManagePortalProfiles(Actor actor) {
        return actor.isAdmin();
    }

    /**
     * The condition a portal list query over {@code cases c} adds: cases of the contact's own
     * client covered by one of their active grants. In a preview it is narrowed further to what
     * the previewing staff member may see, so a preview never shows more than its viewer may.
     */
    public SqlCondition portalCaseScope(Actor actor) {
        if (!actor.isContact()) {
            return new SqlCondition("false", Map.of());
        }
        Map<String, Object> params = new HashMap<>(Map.of("portalClientId", actor.clientId(),
                "portalContactId", actor.contactId()));
        String sql = GRANTED_TO_CONTACT;
        if (actor.isPreview()) {
            SqlCondition viewer = caseScope(actor.previewer());
            sql = sql + " and " + viewer.sql();
            params.putAll(viewer.params());
        }
        return new SqlCondition(sql, params);
    }

    /**
     * The case as the portal may show it to this actor, with the profile that applies; a case they
     * may not see answers {@link NotFoundException} and the attempt is audited.
     */
    @Transactional(readOnly = true)
    public PortalCase portalCase(Actor actor, long caseId) {
        SqlCondition scope = portalCaseScope(actor);
        return jdbc.sql(EFFECTIVE_PROFILE + " where c.id = :caseId and " + scope.sql())
                .param("caseId", caseId)
                .param("profileContactId", actor.isContact() ? actor.contactId() : -1L)
                .params(scope.params())
                .query((rs, rowNum) -> new PortalCase(caseId, PortalProfileView.fromStored(rs.getLong("id"),
                        rs.getString("name"), rs.getString("description"), strings(rs.getArray("sections")),
                        strings(rs.getArray("fields")), strings(rs.getArray("actions")),
                        rs.getBoolean("is_firm_default"))))
                .optional()
                .orElseThrow(() -> denied(actor, "CASE", caseId));
    }

    /** Like {@link #portalCase}, and the profile must show the section; otherwise 404, audited. */
    @Transactional(readOnly = true)
    public PortalCase requirePortalSection(Actor actor, long caseId, PortalSection section) {
        PortalCase portalCase = portalCase(actor, caseId);
        if (!portalCase.profile().shows(section)) {
            throw denied(actor, "CASE", caseId);
        }
        return portalCase;
    }

    /**
     * Like {@link #requirePortalSection}, and the profile must allow the action too; otherwise 404
     * like a missing case, audited.
     */
    @Transactional(readOnly = true)
    public PortalCase requirePortalAction(Actor actor, long caseId, PortalSection section, PortalAction action) {
        PortalCase portalCase = requirePortalSection(actor, caseId, section);
        if (!portalCase.profile().allows(action)) {
            throw denied(actor, "CASE", caseId);
        }
        return portalCase;
    }

    /**
     * A condition, for a portal query over {@code cases c}, that is true where the profile applying
     * to the contact on that case shows the section — to compute a column only where it may show.
     */
    public SqlCondition portalShowsSection(Actor actor, PortalSection section) {
        return profileListsValue(actor, "sections", "portalSection" + section.name(), section.name());
    }

    /**
     * A condition, for a portal query over {@code cases c}, that is true where the profile applying
     * to the contact on that case allows the action.
     */
    public SqlCondition portalAllowsAction(Actor actor, PortalAction action) {
        return profileListsValue(actor, "actions", "portalAction" + action.name(), action.name());
    }

    private static SqlCondition profileListsValue(Actor actor, String column, String parameter, String value) {
        String sql = """
                exists (select 1 from portal_profiles access_p
                  join clients access_cl on access_cl.id = c.client_id
                  left join client_contacts access_cc on access_cc.id = :portalContactId
                  where access_p.id = coalesce(access_cc.portal_profile_id, c.portal_profile_id,
                        access_cl.portal_profile_id, (select d.id from portal_profiles d where d.is_firm_default))
                    and cast(:%s as text) = any(access_p.%s))""".formatted(parameter, column);
        return new SqlCondition(sql, Map.of("portalContactId", actor.isContact() ? actor.contactId() : -1L,
                parameter, value));
    }

    /** A contact who sees a section of a case in the portal, to tell about something new there. */
    public record PortalRecipient(long contactId, String name, String email, long accountId) {
    }

    /**
     * The contacts who can see the section of the case right now: an enabled login with a password,
     * an active grant covering the case, and a profile that shows the section.
     */
    @Transactional(readOnly = true)
    public List<PortalRecipient> portalRecipients(long caseId, PortalSection section) {
        return recipients(caseId, section, null);
    }

    /** Like {@link #portalRecipients(long, PortalSection)}, and the profile allows the action too. */
    @Transactional(readOnly = true)
    public List<PortalRecipient> portalRecipients(long caseId, PortalSection section, PortalAction action) {
        return recipients(caseId, section, action);
    }

    private List<PortalRecipient> recipients(long caseId, PortalSection section, PortalAction action) {
        return jdbc.sql("""
                        select distinct cc.id as contact_id, cc.name, u.email, u.id as account_id
                        from cases c
                        join clients cl on cl.id = c.client_id
                        join portal_grants g on g.client_id = c.client_id and g.revoked_at is null
                             and (g.case_id is null or g.case_id = c.id)
                        join client_contacts cc on cc.id = g.contact_id and cc.client_id = c.client_id
                        join user_accounts u on u.contact_id = cc.id and u.enabled and u.password_hash is not null
                        join portal_profiles p on p.id = coalesce(cc.portal_profile_id, c.portal_profile_id,
                             cl.portal_profile_id, (select d.id from portal_profiles d where d.is_firm_default))
                        where c.id = :caseId and cast(:section as text) = any(p.sections)
                          and (cast(:action as text) is null or cast(:action as text) = any(p.actions))
                        order by cc.name""")
                .param("caseId", caseId).param("section", section.name())
                .param("action", action == null ? null : action.name())
                .query(PortalRecipient.class).list();
    }

    /**
     * The staff who hear about what a client does on a case: its lead investigator, or every
     * enabled admin when the case has no lead or its lead's login is disabled. Account ids.
     */
    @Transactional(readOnly = true)
    public List<Long> firmRecipients(long caseId) {
        List<Long> lead = jdbc.sql("""
                        select u.id from cases c join user_accounts u on u.id = c.lead_investigator_id
                        where c.id = :caseId and u.enabled""")
                .param("caseId", caseId).query(Long.class).list();
        return lead.isEmpty()
                ? jdbc.sql("select id from user_accounts where role = 'ADMIN' and enabled order by id")
                        .query(Long.class).list()
                : lead;
    }

    private NotFoundException denied(Actor actor, String targetType, long targetId) {
        auditLog.recordRefusal(actor, AuditAction.ACCESS_DENIED, targetType, targetId);
        return new NotFoundException("Case");
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
