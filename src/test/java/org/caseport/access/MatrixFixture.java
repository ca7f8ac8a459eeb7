package org.caseport.access;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.caseport.identity.Actor;
import org.caseport.identity.FirmSetup;
import org.caseport.shared.Visibility;
import org.caseport.support.Routes.Route;
import org.caseport.support.TestData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The records {@link AuthorizationMatrixTest} addresses: client A with the fixture's own case, client
 * B with another client's case, and a record of each kind on both sides; the requests, with valid
 * form data ({@link MatrixForms}); and a digest of the rows they could change. Routes that destroy
 * what they address get a fresh record on every request, so the order of the requests never matters.
 */
final class MatrixFixture {

    static final long NONEXISTENT_ID = 987654321L;

    /** What a request addresses; a route without path variables addresses nothing in particular. */
    enum Target {
        NONE("—"), OWN_CASE("ownCase"), OTHER_CLIENTS_CASE("anotherClientsCase"), NONEXISTENT("nonexistentId"),
        CHILD_OF_OTHER_CASE("childOfAnotherCase");

        final String label;

        Target(String label) {
            this.label = label;
        }

        /** The targets a route is tried with: a child under the wrong parent only where there is a child. */
        static List<Target> of(Route route) {
            int variables = route.variables().size();
            if (variables == 0) {
                return List.of(NONE);
            }
            return variables == 1 ? List.of(OWN_CASE, OTHER_CLIENTS_CASE, NONEXISTENT)
                    : List.of(OWN_CASE, OTHER_CLIENTS_CASE, NONEXISTENT, CHILD_OF_OTHER_CASE);
        }
    }

    /**
     * One client's records; the contact here is the one staff routes address, never a signed-in
     * actor. The document is shared, open to the client's revisions, and has a comment; the
     * version is its first.
     */
    record Side(long caseId, long clientId, Actor contact, long slipId, long expenseId, long subjectId,
            long profileId, long staffId, long mailId, long documentId, long versionId, long requestId,
            long taskId, long renewalId, long listId) {
    }

    /** A document with a contact's proposal awaiting a decision, fresh for each request that decides one. */
    private record Proposal(long documentId, long versionId) {
    }

    final Actor admin;
    final Actor lead;
    final Actor unassigned;
    final Side a;
    final Side b;
    final long standardProfile;
    final long statusOnlyProfile;

    private final TestData data;
    private final JdbcClient jdbc;
    private final PortalGrants grants;
    private final PortalProfileService profiles;
    private final long firmDefault;
    private final MatrixForms forms;
    private final Path reportsPath;
    /** The report jobs made so far, by case, asker and the contact they act for. */
    private final Map<String, Long> reportJobs = new HashMap<>();
    /** A saved search of each contact that has been asked for one, by contact. */
    private final Map<Long, Long> savedSearches = new HashMap<>();

    MatrixFixture(TestData data, JdbcClient jdbc, PortalGrants grants, PortalProfileService profiles,
            FirmSetup firmSetup, Path reportsPath) {
        this.reportsPath = reportsPath;
        this.data = data;
        this.jdbc = jdbc;
        this.grants = grants;
        this.profiles = profiles;
        admin = data.admin();
        lead = data.investigator();
        unassigned = data.investigator();
        standardProfile = data.portalProfileNamed("Standard");
        statusOnlyProfile = data.portalProfileNamed("Status only");
        firmDefault = jdbc.sql("select id from portal_profiles where is_firm_default").query(Long.class).single();
        a = side(data.kase(admin, lead.id(), new BigDecimal("1000")), "A");
        b = side(data.kase(admin, null, new BigDecimal("500")), "B");
        forms = new MatrixForms(jdbc, firmSetup, a.clientId(), admin.id(), standardProfile, a.caseId());
    }

    private Side side(long caseId, String label) {
        long clientId = data.clientOf(caseId);
        long documentId = data.document(admin, caseId, "Matrix document " + label, Visibility.CLIENT);
        data.allowRevisions(admin, caseId, documentId);
        data.comment(admin, caseId, documentId, "Matrix comment " + label);
        long profileId = data.portalProfile("Matrix " + label, Set.of(PortalSection.OVERVIEW), Set.of());
        return new Side(caseId, clientId, data.contact(clientId),
                data.sharedNote(admin, caseId, "Matrix note " + label),
                data.expense(admin, caseId, "Matrix expense " + label, "12.50", Visibility.CLIENT),
                data.subject(admin, caseId, "Matrix subject " + label, Visibility.CLIENT),
                profileId,
                data.investigator().id(),
                data.mail(TestData.mailRecipient(), "Matrix " + label, "A mail for the matrix"),
                documentId, data.versionId(documentId, 1),
                jdbc.sql("insert into approval_requests (case_id, title, requested_by) values (:c, :t, :s) returning id")
                        .param("c", caseId).param("t", "Matrix request " + label).param("s", admin.id())
                        .query(Long.class).single(),
                jdbc.sql("insert into case_tasks (case_id, title, created_by, visibility) values (:c, :t, :s, 'CLIENT') "
                        + "returning id").param("c", caseId).param("t", "Matrix task " + label).param("s", admin.id())
                        .query(Long.class).single(),
                renewal(clientId, caseId, "Matrix renewal " + label),
                portalList(profileId, "Matrix list " + label));
    }

    /** A list of the profile holding all of its contacts' cases. */
    private long portalList(long profileId, String name) {
        return jdbc.sql("""
                        insert into portal_lists (profile_id, name, preset, columns, position)
                        values (:profileId, :name, 'ALL', '{STATUS}', (select coalesce(max(position), 0) + 1
                                from portal_lists where profile_id = :profileId))
                        returning id""")
                .param("profileId", profileId).param("name", TestData.unique(name)).query(Long.class).single();
    }

    /** An active, uninstructed renewal on the case, due in a month. */
    private long renewal(long clientId, long caseId, String title) {
        return jdbc.sql("""
                        insert into renewals (client_id, case_id, title, price, term_months, renews_on, default_outcome,
                          notice_days, created_by)
                        values (:clientId, :caseId, :title, 300, 3, current_date + 30, 'RENEW', 14, :staffId)
                        returning id""")
                .param("clientId", clientId).param("caseId", caseId).param("title", title).param("staffId", admin.id())
                .query(Long.class).single();
    }

    /**
     * The value of each path variable of the route for the target, as {@code signedIn} asks (null when
     * nobody is signed in), previewing {@code previewed} if not null.
     */
    Map<String, Long> ids(Route route, Target target, Actor signedIn, Actor previewed) {
        List<String> variables = route.variables();
        Map<String, Long> ids = new LinkedHashMap<>();
        Map<Side, Proposal> proposals = new HashMap<>();
        for (int i = 0; i < variables.size(); i++) {
            boolean last = i == variables.size() - 1;
            Side side = switch (target) {
                case NONE, NONEXISTENT -> null;
                case OWN_CASE -> a;
                case OTHER_CLIENTS_CASE -> b;
                case CHILD_OF_OTHER_CASE -> last ? b : a;
            };
            String variable = variables.get(i);
            ids.put(variable, side == null ? NONEXISTENT_ID : variable.equals("jobId")
                    ? reportJob(route, side, signedIn == null ? admin : signedIn, previewed)
                    : variable.equals("searchId") ? savedSearch(route, side, signedIn, previewed)
                    : id(route, variable, side, proposals));
        }
        return ids;
    }

    /**
     * A finished report of the side's case belonging to the asker: the signed-in account and, on a
     * portal route, the contact it acts for (itself, or the contact a staff member previews). The job
     * is always the asker's own, whatever their access to the case, so that access alone decides;
     * another account's job answering 404 is {@code CaseReportTest}'s business.
     */
    private long reportJob(Route route, Side side, Actor signedIn, Actor previewed) {
        Actor viewed = !route.pattern().startsWith("/portal/") ? null
                : previewed != null ? previewed : signedIn.isContact() ? signedIn : null;
        Long forContact = viewed == null ? null : viewed.id();
        return reportJobs.computeIfAbsent(side.caseId() + "/" + signedIn.id() + "/" + forContact,
                key -> finishedReport(side.caseId(), signedIn.id(), forContact));
    }

    /**
     * A saved search of a contact: on the fixture's own side, the asker's own (the signed-in contact, or
     * the contact a staff member previews; the side's contact for anyone else), on the other side its
     * contact's, never the asker's. A route deleting one gets a fresh one.
     */
    private long savedSearch(Route route, Side side, Actor signedIn, Actor previewed) {
        Actor viewed = previewed != null ? previewed : signedIn != null && signedIn.isContact() ? signedIn : null;
        long contactId = side == a && viewed != null ? viewed.contactId() : side.contact().contactId();
        return route.pattern().endsWith("/delete") ? newSavedSearch(contactId)
                : savedSearches.computeIfAbsent(contactId, this::newSavedSearch);
    }

    private long newSavedSearch(long contactId) {
        return jdbc.sql("insert into portal_saved_searches (contact_id, name, text_query) values (:contactId, :name,"
                        + " 'Matrix') returning id")
                .param("contactId", contactId).param("name", TestData.unique("Matrix search"))
                .query(Long.class).single();
    }

    private long finishedReport(long caseId, long requestedBy, Long forContact) {
        String file = UUID.randomUUID() + ".pdf";
        byte[] content = TestData.pdf("Matrix report");
        try {
            Files.write(reportsPath.resolve(file), content);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        return jdbc.sql("""
                        insert into report_jobs (case_id, kind, audience, requested_by, for_contact, status, progress,
                                                 file_key, file_size, finished_at)
                        values (:caseId, 'CASE_REPORT', :audience, :requestedBy, :forContact, 'DONE', 100,
                                :file, :size, now()) returning id""")
                .param("caseId", caseId).param("audience", forContact == null ? "STAFF" : "PORTAL")
                .param("requestedBy", requestedBy).param("forContact", forContact).param("file", file)
                .param("size", content.length)
                .query(Long.class).single();
    }

    private long id(Route route, String variable, Side side, Map<Side, Proposal> proposals) {
        boolean destroys = route.pattern().endsWith("/delete");
        boolean decides = route.pattern().contains("/proposals/");
        return switch (variable) {
            case "caseId" -> side.caseId();
            case "clientId" -> side.clientId();
            case "contactId" -> destroys ? data.invitee(side.clientId()).contactId() : side.contact().contactId();
            case "slipId" -> side.slipId();
            case "expenseId" -> side.expenseId();
            case "subjectId" -> side.subjectId();
            case "grantId" -> activeGrant(side);
            case "profileId" -> destroys && !route.variables().contains("listId")
                    ? data.portalProfile("Matrix doomed", Set.of(PortalSection.OVERVIEW), Set.of()) : side.profileId();
            case "listId" -> destroys ? portalList(side.profileId(), "Matrix doomed list") : side.listId();
            case "staffId" -> side.staffId();
            case "mailId" -> side.mailId();
            case "documentId" -> decides ? proposals.computeIfAbsent(side, this::proposal).documentId()
                    : side.documentId();
            case "versionId" -> decides ? proposals.computeIfAbsent(side, this::proposal).versionId()
                    : side.versionId();
            case "requestId" -> side.requestId();
            case "taskId" -> side.taskId();
            // A change (an instruction, an edit, a cancellation) gets a renewal of its own, still open to it.
            case "renewalId" -> route.isGet() ? side.renewalId()
                    : renewal(side.clientId(), side.caseId(), "Matrix renewal to change");
            default -> throw new AssertionError("Route " + route + " addresses {" + variable
                    + "}: give MatrixFixture a record of that kind on both sides");
        };
    }

    /** A shared document of the side's case with a proposal of its contact awaiting a decision. */
    private Proposal proposal(Side side) {
        long documentId = data.document(admin, side.caseId(), "Matrix proposal", Visibility.CLIENT);
        data.allowRevisions(admin, side.caseId(), documentId);
        grants.grantCase(admin, side.contact().contactId(), side.caseId());
        return new Proposal(documentId, data.proposal(side.contact(), side.caseId(), documentId, "Matrix proposal"));
    }

    /** An active grant of the side's contact (an earlier request may have revoked the last one). */
    private long activeGrant(Side side) {
        grants.grantCase(admin, side.contact().contactId(), side.caseId());
        return grants.activeGrants(side.contact().contactId()).stream()
                .filter(grant -> Long.valueOf(side.caseId()).equals(grant.caseId()))
                .findFirst().orElseThrow().id();
    }

    /** The request for the route and ids, with CSRF token and valid form data where it changes something. */
    AbstractMockHttpServletRequestBuilder<?> request(Route route, Map<String, Long> ids) {
        String path = route.path(ids);
        Optional<String> file = route.uploadedFile();
        AbstractMockHttpServletRequestBuilder<?> request = file.isPresent()
                ? multipart(route.method(), path)
                        .file(new MockMultipartFile(file.get(), "logo.png", "image/png", png()))
                : MockMvcRequestBuilders.request(route.method(), path);
        if (!route.isGet()) {
            request.with(csrf());
        }
        request.params(forms.of(route, ids));
        return request;
    }

    /**
     * A digest of every row the matrix could touch: both clients and all below them, the fixture's
     * staff, their and the contacts' notification choices, profiles, firm, mail and budget alert
     * settings, and the number of clients, cases, accounts and mails, and of report jobs on the
     * clients' cases (whose progress a worker may write at any time, so only their number is compared).
     */
    String fingerprint() {
        return jdbc.sql("""
                select md5(concat_ws('|',
                  (select string_agg(c::text, ',' order by c.id) from cases c where c.client_id in (:clients)),
                  (select string_agg(x::text, ',' order by x.case_id, x.staff_id) from case_assignments x
                     join cases c on c.id = x.case_id where c.client_id in (:clients)),
                  (select string_agg(x::text, ',' order by x.id) from time_slips x
                     join cases c on c.id = x.case_id where c.client_id in (:clients)),
                  (select string_agg(x::text, ',' order by x.id) from expenses x
                     join cases c on c.id = x.case_id where c.client_id in (:clients)),
                  (select string_agg(x::text, ',' order by x.id) from ledger_entries x
                     join cases c on c.id = x.case_id where c.client_id in (:clients)),
                  (select string_agg(x::text, ',' order by x.id) from subjects x
                     join cases c on c.id = x.case_id where c.client_id in (:clients)),
                  (select string_agg(x::text, ',' order by x.id) from documents x
                     join cases c on c.id = x.case_id where c.client_id in (:clients)),
                  (select string_agg(x::text, ',' order by x.id) from document_versions x
                     join documents d on d.id = x.document_id
                     join cases c on c.id = d.case_id where c.client_id in (:clients)),
                  (select string_agg(x::text, ',' order by x.case_id) from message_threads x
                     join cases c on c.id = x.case_id where c.client_id in (:clients)),
                  (select string_agg(x::text, ',' order by x.id) from case_messages x
                     join cases c on c.id = x.case_id where c.client_id in (:clients)),
                  (select string_agg(x::text, ',' order by x.id) from case_tasks x
                     join cases c on c.id = x.case_id where c.client_id in (:clients)),
                  (select string_agg(x::text, ',' order by x.id) from approval_requests x
                     join cases c on c.id = x.case_id where c.client_id in (:clients)),
                  (select string_agg(x::text, ',' order by x.id) from document_comments x
                     join documents d on d.id = x.document_id
                     join cases c on c.id = d.case_id where c.client_id in (:clients)),
                  (select string_agg(x::text, ',' order by x.case_id, x.threshold) from budget_alerts x
                     join cases c on c.id = x.case_id where c.client_id in (:clients)),
                  (select string_agg(x::text, ',' order by x.id) from renewals x where x.client_id in (:clients)),
                  (select count(*) from report_jobs x join cases c on c.id = x.case_id where c.client_id in (:clients)),
                  (select string_agg(x::text, ',' order by x.id) from clients x where x.id in (:clients)),
                  (select string_agg(x::text, ',' order by x.id) from client_contacts x
                     where x.client_id in (:clients)),
                  (select string_agg(x::text, ',' order by x.id) from portal_grants x where x.client_id in (:clients)),
                  (select string_agg(x::text, ',' order by x.id) from user_accounts x where x.id in (:staff)
                     or x.contact_id in (select cc.id from client_contacts cc where cc.client_id in (:clients))),
                  (select string_agg(x::text, ',' order by x.id) from account_tokens x
                     join user_accounts u on u.id = x.user_account_id
                     join client_contacts cc on cc.id = u.contact_id where cc.client_id in (:clients)),
                  (select string_agg(x::text, ',' order by x.account_id) from notification_preferences x
                     where x.account_id in (:staff) or x.account_id in (select u.id from user_accounts u
                       join client_contacts cc on cc.id = u.contact_id where cc.client_id in (:clients))),
                  (select string_agg(x::text, ',' order by x.id) from portal_profiles x),
                  (select string_agg(x::text, ',' order by x.id) from portal_lists x),
                  (select string_agg(x::text, ',' order by x.id) from portal_saved_searches x
                     join client_contacts cc on cc.id = x.contact_id where cc.client_id in (:clients)),
                  (select string_agg(md5(x::text), ',') from firm_settings x),
                  (select string_agg(md5(x::text), ',') from message_settings x),
                  (select string_agg(md5(x::text), ',') from budget_alert_settings x),
                  (select string_agg(md5(x::text), ',') from mail_settings x),
                  (select count(*) from clients), (select count(*) from cases),
                  (select count(*) from user_accounts), (select count(*) from mail_messages)))""")
                .param("clients", List.of(a.clientId(), b.clientId()))
                .param("staff", List.of(admin.id(), lead.id(), unassigned.id(), a.staffId(), b.staffId()))
                .query(String.class).single();
    }

    /** Puts the firm default back after a request made another profile the default. */
    void restoreFirmDefault() {
        long now = jdbc.sql("select id from portal_profiles where is_firm_default").query(Long.class).single();
        if (now != firmDefault) {
            profiles.makeFirmDefault(admin, firmDefault);
        }
    }

    private static byte[] png() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", bytes);
            return bytes.toByteArray();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
