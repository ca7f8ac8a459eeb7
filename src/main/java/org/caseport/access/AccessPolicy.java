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
    /** The same cases as {@link #ASSIGNED_TO_ACTOR}, as ids found through the lead's and the assignments' indexes. */
    private static final String IDS_ASSIGNED_TO_ACTOR = "select access_l.id from cases access_l"
            + " where access_l.lead_investigator_id = :accessActorId"
            + " union all select access_a.case_id from case_assignments access_a where access_a.staff_id = :accessActorId";

    /**
     * A case of the contact's client covered by an active grant: one to all of the client's cases
     * (an uncorrelated subquery, read once per query) or one to this case.
     */
    private static final String GRANTED_TO_CONTACT = """
            c.client_id = :portalClientId and (exists (select 1 from portal_grants access_w
                  where access_w.contact_id = :portalContactId and access_w.case_id is null
                    and access_w.revoked_at is null)
              or exists (select 1 from portal_grants access_g where access_g.contact_id = :portalContactId
                  and access_g.case_id = c.id and access_g.revoked_at is null))""";

    /**
     * A client's own item ({@code r.client_id}, no case) shows to a contact granted all of the client's
     * cases, through their own profile, else the client's, else the firm's default.
     */
    private static final String CLIENT_WIDE_GRANT = """
            exists (select 1 from portal_grants access_g where access_g.contact_id = :portalContactId
                      and access_g.client_id = r.client_id and access_g.case_id is null and access_g.revoked_at is null)
            and exists (select 1 from clients access_cl
                  left join client_contacts access_cc on access_cc.id = :portalContactId
                  join portal_profiles access_p on access_p.id = coalesce(access_cc.portal_profile_id,
                       access_cl.portal_profile_id, (select d.id from portal_profiles d where d.is_firm_default))
                  where access_cl.id = r.client_id and cast(:portalRenewalSection as text) = any(access_p.sections)
                    and (cast(:%1$s as text) is null or cast(:%1$s as text) = any(access_p.actions)))""";

    /**
     * The id of the profile that applies to the contact on case {@code c}: the contact's own
     * override, else the case's, else the client's default, else the firm's default. Only the case's
     * own choice differs from case to case; the other three are uncorrelated subqueries, read once
     * per query, so a list over thousands of cases pays for none of them per row. Every use is
     * within the portal case scope, which keeps {@code c} among the contact's client's cases.
     */
    private static final String CONTACTS_PROFILE = """
            (select access_pc.portal_profile_id from client_contacts access_pc
                      where access_pc.id = :portalContactId)""";
    private static final String CLIENTS_PROFILE =
            "(select access_pl.portal_profile_id from clients access_pl where access_pl.id = :portalClientId)";
    private static final String FIRMS_DEFAULT_PROFILE =
            "(select access_pd.id from portal_profiles access_pd where access_pd.is_firm_default)";

    private static final String PROFILE_OF_CASE = "coalesce(" + CONTACTS_PROFILE + ",\n"
            + "         c.portal_profile_id,\n"
            + "         " + CLIENTS_PROFILE + ",\n"
            + "         " + FIRMS_DEFAULT_PROFILE + ")";

    private static final String EFFECTIVE_PROFILE = """
            select p.id, p.name, p.description, p.sections, p.fields, p.actions, p.is_firm_default
            from cases c join portal_profiles p on p.id = """ + PROFILE_OF_CASE + "\n";

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
        return staffScope(actor, ASSIGNED_TO_ACTOR);
    }

    /**
     * The cases of {@link #caseScope}, as a condition on a case id column ({@code c.id}, or
     * {@code t.case_id} of a table keyed by case; a name written in the calling code, never input),
     * for queries over many cases or rows: an investigator's cases are listed first through the
     * indexes of leads and assignments, instead of each row's case being tested against the scope,
     * which walked every case of the firm. For one case, or a few, {@link #caseScope} stays cheaper.
     */
    public SqlCondition caseScopeOfColumn(Actor actor, String caseIdColumn) {
        return staffScope(actor, caseIdColumn + " in (" + IDS_ASSIGNED_TO_ACTOR + ")");
    }

    /** Nothing for contacts, everything for admins, {@code investigatorCases} for investigators. */
    private static SqlCondition staffScope(Actor actor, String investigatorCases) {
        if (!actor.isStaff()) {
            return new SqlCondition("false", Map.of());
        }
        if (actor.isAdmin()) {
            return SqlCondition.always();
        }
        return new SqlCondition(investigatorCases, Map.of("accessActorId", actor.id()));
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
                .params(profileParams(actor))
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

    /**
     * True where the profile applying on case {@code c} lists the value: its id is among the ids of
     * the profiles that list it (an uncorrelated subquery), so no profile is looked up per case.
     */
    private static SqlCondition profileListsValue(Actor actor, String column, String parameter, String value) {
        String sql = "coalesce(" + PROFILE_OF_CASE + """
                 = any(array(select access_p.id from portal_profiles access_p
                             where cast(:%s as text) = any(access_p.%s))), false)""".formatted(parameter, column);
        Map<String, Object> params = new HashMap<>(profileParams(actor));
        params.put(parameter, value);
        return new SqlCondition(sql, params);
    }

    /**
     * An SQL expression, for a portal query about the contact's whole client: true when the contact
     * sees the section on every case of the client, false when on none, and null when that depends on
     * the case — some cases granted one by one, a case with a profile of its own (while the contact
     * has none), or a preview limited to the previewer's cases. Only then must a query ask
     * {@link #portalShowsSection} case by case; a large client's totals can skip that. The profile is
     * chosen as in {@link #PROFILE_OF_CASE}, with no case's own.
     */
    public SqlCondition portalShowsSectionOnEveryCase(Actor actor, PortalSection section) {
        if (!actor.isContact() || actor.isPreview() && !caseScope(actor.previewer()).isAlways()) {
            return new SqlCondition("cast(null as boolean)", Map.of());
        }
        String sql = """
                (case when not exists (select 1 from portal_grants access_w
                                       where access_w.contact_id = :portalContactId and access_w.case_id is null
                                         and access_w.revoked_at is null) then null
                      when %1$s is null
                           and exists (select 1 from cases access_own where access_own.client_id = :portalClientId
                                         and access_own.portal_profile_id is not null) then null
                      else coalesce(coalesce(%1$s, %2$s, %3$s)
                                    = any(array(select access_p.id from portal_profiles access_p
                                                where cast(:portalEverySection as text) = any(access_p.sections))), false)
                 end)""".formatted(CONTACTS_PROFILE, CLIENTS_PROFILE, FIRMS_DEFAULT_PROFILE);
        Map<String, Object> params = new HashMap<>(profileParams(actor));
        params.put("portalEverySection", section.name());
        return new SqlCondition(sql, params);
    }

    /** The parameters {@link #PROFILE_OF_CASE} binds; for anyone but a contact they match nothing. */
    private static Map<String, Object> profileParams(Actor actor) {
        return Map.of("portalContactId", actor.isContact() ? actor.contactId() : -1L,
                "portalClientId", actor.isContact() ? actor.clientId() : -1L);
    }

    /**
     * An SQL expression (not a condition), for a portal query over {@code cases c}: the id of the
     * profile that applies to the contact on that case — the same choice as {@link #portalCase}.
     */
    public SqlCondition portalProfileOfCase(Actor actor) {
        return new SqlCondition(PROFILE_OF_CASE, profileParams(actor));
    }

    /**
     * The profiles that apply to the cases the portal shows this actor, each once, by name: what
     * decides which lists of cases they get. None for anyone but a contact (or a preview of one).
     */
    @Transactional(readOnly = true)
    public List<PortalProfileView> portalProfilesInUse(Actor actor) {
        SqlCondition scope = portalCaseScope(actor);
        SqlCondition profileOf = portalProfileOfCase(actor);
        return jdbc.sql("select p.id, p.name, p.description, p.sections, p.fields, p.actions, p.is_firm_default"
                        + " from portal_profiles p where p.id in (select " + profileOf.sql() + " from cases c where "
                        + scope.sql() + ") order by lower(p.name), p.id")
                .params(scope.params()).params(profileOf.params())
                .query((rs, rowNum) -> PortalProfileView.fromStored(rs.getLong("id"), rs.getString("name"),
                        rs.getString("description"), strings(rs.getArray("sections")), strings(rs.getArray("fields")),
                        strings(rs.getArray("actions")), rs.getBoolean("is_firm_default")))
                .list();
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

    /**
     * The condition a staff query over {@code renewals r} adds: a client's own renewals (no case) are
     * every staff member's, as the client is; a case's renewals follow the case.
     */
    public SqlCondition renewalScope(Actor actor) {
        if (!actor.isStaff() || actor.isAdmin()) {
            return caseScope(actor);
        }
        return new SqlCondition("(r.case_id is null or exists (select 1 from cases c where c.id = r.case_id and "
                + ASSIGNED_TO_ACTOR + "))", Map.of("accessActorId", actor.id()));
    }

    /** Throws {@link NotFoundException} unless the renewal is the client's and the staff member may manage it. */
    @Transactional(readOnly = true)
    public void requireRenewal(Actor actor, long clientId, long renewalId) {
        if (!renewalExists(renewalScope(actor), "r.client_id = :clientId", clientId, renewalId)) {
            throw new NotFoundException("Renewal");
        }
    }

    /**
     * The condition a portal query over {@code renewals r} adds: the renewals the contact sees. A
     * case's renewal shows where the case does and the profile applying on it shows approvals; a
     * client's own renewal shows to the client's contacts granted all of its cases whose profile (their
     * own, else the client's, else the firm default) shows approvals.
     */
    public SqlCondition portalRenewalScope(Actor actor) {
        return portalRenewals(actor, null);
    }

    /**
     * Like {@link #portalRenewalScope}, narrowed to the renewals the contact may instruct: the profile
     * that decides whether they see one allows {@link PortalAction#APPROVE}. None in a preview.
     */
    public SqlCondition portalRenewalsToInstruct(Actor actor) {
        return actor.isPreview() ? new SqlCondition("false", Map.of()) : portalRenewals(actor, PortalAction.APPROVE);
    }

    /** Throws {@link NotFoundException}, audited, unless the contact may instruct the renewal. */
    @Transactional(readOnly = true)
    public void requireRenewalToInstruct(Actor actor, long renewalId) {
        if (!renewalExists(portalRenewalsToInstruct(actor), "true", -1L, renewalId)) {
            throw denied(actor, "RENEWAL", renewalId);
        }
    }

    private SqlCondition portalRenewals(Actor actor, PortalAction action) {
        if (!actor.isContact()) {
            return new SqlCondition("false", Map.of());
        }
        SqlCondition cases = portalCaseScope(actor);
        SqlCondition shows = portalShowsSection(actor, PortalSection.APPROVALS);
        SqlCondition allows = action == null ? new SqlCondition("true", Map.of()) : portalAllowsAction(actor, action);
        // Named per action, so the scope and a narrower condition can share one query's parameters.
        String actionParameter = "portalRenewalAction" + (action == null ? "Any" : action.name());
        String sql = "r.client_id = :portalClientId and (r.case_id is not null and exists (select 1 from cases c"
                + " where c.id = r.case_id and " + cases.sql() + " and " + shows.sql() + " and " + allows.sql()
                + ") or r.case_id is null and " + CLIENT_WIDE_GRANT.formatted(actionParameter) + ")";
        Map<String, Object> params = new HashMap<>(cases.params());
        params.putAll(shows.params());
        params.putAll(allows.params());
        params.put("portalRenewalSection", PortalSection.APPROVALS.name());
        params.put(actionParameter, action == null ? null : action.name());
        return new SqlCondition(sql, params);
    }

    private boolean renewalExists(SqlCondition scope, String parent, long parentId, long renewalId) {
        return jdbc.sql("select exists (select 1 from renewals r where r.id = :renewalId and " + parent + " and "
                        + scope.sql() + ")")
                .param("renewalId", renewalId).param("clientId", parentId).params(scope.params())
                .query(Boolean.class).single();
    }

    /**
     * The contacts who may instruct the renewal right now, to tell them it is due: for a case's
     * renewal, those who see the case's approvals and may answer them; for a client's own, those
     * granted all of the client's cases whose profile shows approvals and allows answering.
     */
    @Transactional(readOnly = true)
    public List<PortalRecipient> renewalRecipients(long renewalId) {
        RenewalOwner owner = ownerOf(renewalId);
        if (owner.caseId() != null) {
            return portalRecipients(owner.caseId(), PortalSection.APPROVALS, PortalAction.APPROVE);
        }
        return jdbc.sql("""
                        select distinct cc.id as contact_id, cc.name, u.email, u.id as account_id
                        from clients cl
                        join portal_grants g on g.client_id = cl.id and g.revoked_at is null and g.case_id is null
                        join client_contacts cc on cc.id = g.contact_id and cc.client_id = cl.id
                        join user_accounts u on u.contact_id = cc.id and u.enabled and u.password_hash is not null
                        join portal_profiles p on p.id = coalesce(cc.portal_profile_id, cl.portal_profile_id,
                             (select d.id from portal_profiles d where d.is_firm_default))
                        where cl.id = :clientId and 'APPROVALS' = any(p.sections) and 'APPROVE' = any(p.actions)
                        order by cc.name""")
                .param("clientId", owner.clientId()).query(PortalRecipient.class).list();
    }

    /**
     * The staff who hear what a client does about a renewal and what became of it: those of the case
     * ({@link #firmRecipients}) for a case's renewal, every enabled admin for a client's own.
     */
    @Transactional(readOnly = true)
    public List<Long> renewalFirmRecipients(long renewalId) {
        RenewalOwner owner = ownerOf(renewalId);
        return owner.caseId() != null ? firmRecipients(owner.caseId())
                : jdbc.sql("select id from user_accounts where role = 'ADMIN' and enabled order by id")
                        .query(Long.class).list();
    }

    private record RenewalOwner(long clientId, Long caseId) {
    }

    private RenewalOwner ownerOf(long renewalId) {
        return jdbc.sql("select client_id, case_id from renewals where id = :id").param("id", renewalId)
                .query(RenewalOwner.class).optional().orElseThrow(() -> new NotFoundException("Renewal"));
    }

    private NotFoundException denied(Actor actor, String targetType, long targetId) {
        auditLog.recordRefusal(actor, AuditAction.ACCESS_DENIED, targetType, targetId);
        return new NotFoundException("Case");
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
