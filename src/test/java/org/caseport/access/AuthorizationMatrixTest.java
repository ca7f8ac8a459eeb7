package org.caseport.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.caseport.access.MatrixFixture.Target;
import org.caseport.identity.Actor;
import org.caseport.identity.FirmSetup;
import org.caseport.identity.PortalPreview;
import org.caseport.support.IntegrationTest;
import org.caseport.support.Routes;
import org.caseport.support.Routes.Route;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The authorization matrix: every route of the application (read from the handler mapping, so a
 * route added later is covered the day it appears) × every kind of actor × what the request
 * addresses — client A's case (the fixture's own), client B's case (another client's), an id that
 * does not exist, and, where a route addresses a child record, a child of B's case under A's case
 * or client (see {@link MatrixFixture}). Each combination is a test of its own, named like
 * {@code GET /portal/cases/{caseId}/notes × contactOfB × ownCase → 404}.
 *
 * <p>The actors: anonymous; contactOfA (profile "Standard", granted all of A's cases);
 * restrictedContactOfA ("Status only"); noDownloadContactOfA (a profile showing documents without
 * allowing downloads); contactOfB (granted all of B's cases); revokedContactOfA
 * (their grant revoked); disabledContactOfA (their login disabled); leadInvestigatorOfA (leads A's
 * case); unassignedInvestigator; admin; and two staff members previewing contactOfA — the admin, and
 * the unassigned investigator.
 *
 * <p>The rules every expectation is computed from:
 * <ol>
 * <li>A disabled contact is signed out and sent to {@code /login?disabled} by every route.
 * <li>Public routes (sign-in, set-up, password links, the logo) answer everyone: never 401 or 403,
 *     never a server error — except {@code /error} itself, which opened directly reports a 500.
 * <li>Anonymous visitors are sent to {@code /login} from every staff and portal route.
 * <li>Contacts get 403 on every staff route ({@code /app/**}); investigators get 403 on every admin
 *     route ({@code /app/admin/**}).
 * <li>Staff on a staff route get an answer (a GET 2xx or a redirect elsewhere than sign-in, a POST a
 *     redirect) where they may reach what it addresses, and 404 otherwise. Admins reach every
 *     existing record; investigators the cases they lead or are assigned to, with everything under
 *     them, and every client and contact (any staff member manages clients). Nobody reaches an id
 *     that does not exist, nor a child addressed under a parent it does not belong to.
 * <li>Staff who open the portal without previewing are sent to {@code /app}; while previewing, a
 *     portal page answers as it would for the contact, limited to the cases the staff member may see.
 * <li>In the portal a contact gets 200 on the dashboard, and on a case page 200 when the case is
 *     their own client's, covered by an active grant, and the profile that applies shows the page's
 *     section; anything else is 404. A portal route that addresses a record of the case (a shared
 *     document's page) needs the record to be a shared one of that very case: a child of another
 *     client's case addressed under the contact's own case is 404; one that does something with it
 *     also needs the profile to allow that action (a document's {@code /download},
 *     {@link PortalAction#DOWNLOAD}). A portal route that changes something (a POST: uploading
 *     documents or a revised version, {@link PortalAction#UPLOAD}; commenting on a document,
 *     {@link PortalAction#MESSAGE}) answers a redirect where the contact may use it, and 404
 *     otherwise — always 404 in a staff preview, which is read-only. "Message the firm"
 *     ({@code /portal/messages…}) names its case in the form, not the path: it answers where the
 *     profile allows {@link PortalAction#MESSAGE} on a case the contact sees (the fixture's own case
 *     for the message itself), and 404 otherwise and in every preview. The portal pages outside a
 *     case (the dashboard, the contact's own settings under {@code /portal/account/}) answer every
 *     contact 200; saving one's settings answers a redirect, and 404 in a preview. Renewals
 *     ({@code /portal/renewals…}) name no case either: the list answers every contact, and an
 *     instruction is taken where the contact sees the renewal's case with a profile showing approvals
 *     and allowing {@link PortalAction#APPROVE}; 404 otherwise and in every preview. Saved searches
 *     ({@code /portal/searches…}) are a contact's own: their own runs (200) for them and in a preview of
 *     them; saving and deleting their own answer a redirect; anyone else's, and any change in a
 *     preview, is 404. Staff reach a
 *     case's renewal (the fixture's are on its cases) where they reach the case.
 *     Every route of a case's {@link PortalSection#REPORTS} section (its page, asking for the PDF,
 *     its progress and download, the CSV exports) needs {@link PortalAction#GENERATE_REPORT}, and a CSV
 *     export needs the section it exports shown too; asking for a report is the one portal POST a
 *     preview may send (it reads the case, and the report is the staff member's own). A report job
 *     addressed here is always the asker's own, so that only access to its case decides.
 * <li>A refused request changes nothing, and no GET changes anything (a digest of every row the
 *     matrix could touch is compared before and after). The logs of who did what are not in the
 *     digest: the audit log, and the portal's download log, which a download (a read) appends to.
 * </ol>
 * And the rule the portal is trusted for: a record an actor may not reach answers exactly like one
 * that does not exist ({@link #recordsAnActorMayNotReachAnswerExactlyLikeNonexistentOnes()}). It
 * holds for every actor and route where the actor may not reach "another client's case"; admins, and
 * staff on client routes, may reach it, so for them it answers differently, as it should.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest extends IntegrationTest {

    enum Audience { PUBLIC, STAFF, ADMIN, PORTAL }

    private static final Set<String> PUBLIC_ROUTES = Set.of("/", "/login", "/setup", "/error", "/activate",
            "/forgot-password", "/reset-password", "/branding/logo");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PortalGrants grants;
    @Autowired
    PortalProfileService profiles;
    @Autowired
    PortalProfileQueries profileQueries;
    @Autowired
    FirmSetup firmSetup;
    @Value("${caseport.reports.path}")
    Path reportsPath;

    private MatrixFixture fixture;
    private List<Persona> personas;
    private FirmSetup.Logo logoBefore;

    /**
     * Who asks. {@code staffCases} are the fixture's cases a staff member may work; {@code portalCases}
     * those the portal shows, through {@code profile}, to a contact or a staff member previewing one.
     */
    record Persona(String name, Actor account, Actor previewed, boolean disabled, Set<Target> staffCases,
            Set<Target> portalCases, PortalProfileView profile, RequestPostProcessor signIn) {

        boolean isAnonymous() {
            return account == null;
        }

        boolean isStaff() {
            return account != null && account.isStaff();
        }

        AbstractMockHttpServletRequestBuilder<?> sign(AbstractMockHttpServletRequestBuilder<?> request) {
            if (signIn != null) {
                request.with(signIn);
            }
            if (previewed != null) {
                MockHttpSession session = new MockHttpSession();
                PortalPreview.start(session, previewed.id());
                request.session(session);
            }
            return request;
        }
    }

    @BeforeAll
    void aFirmWithTwoClients() {
        logoBefore = firmSetup.logo().orElse(null);
        fixture = new MatrixFixture(data, jdbc, grants, profiles, firmSetup, reportsPath);
        PortalProfileView standard = profileQueries.get(fixture.standardProfile);
        PortalProfileView statusOnly = profileQueries.get(fixture.statusOnlyProfile);
        PortalProfileView documentsWithoutDownload = profileQueries.get(data.portalProfile(
                "Matrix documents without download", Set.of(PortalSection.OVERVIEW, PortalSection.DOCUMENTS),
                Set.of()));
        Persona contactOfA = contact("contactOfA", fixture.a.clientId(), standard, Set.of(Target.OWN_CASE));
        Persona admin = staff("admin", fixture.admin, Set.of(Target.OWN_CASE, Target.OTHER_CLIENTS_CASE));
        Persona unassigned = staff("unassignedInvestigator", fixture.unassigned, Set.of());
        personas = List.of(
                new Persona("anonymous", null, null, false, Set.of(), Set.of(), null, null),
                contactOfA,
                contact("restrictedContactOfA", fixture.a.clientId(), statusOnly, Set.of(Target.OWN_CASE)),
                contact("noDownloadContactOfA", fixture.a.clientId(), documentsWithoutDownload,
                        Set.of(Target.OWN_CASE)),
                contact("contactOfB", fixture.b.clientId(), standard, Set.of(Target.OTHER_CLIENTS_CASE)),
                revoked(contact("revokedContactOfA", fixture.a.clientId(), standard, Set.of())),
                disabled(contact("disabledContactOfA", fixture.a.clientId(), standard, Set.of())),
                staff("leadInvestigatorOfA", fixture.lead, Set.of(Target.OWN_CASE)),
                unassigned,
                admin,
                previewing(admin, contactOfA),
                previewing(unassigned, contactOfA));
    }

    @AfterAll
    void putTheFirmsLogoBack() {
        if (logoBefore == null) {
            firmSetup.removeLogo(fixture.admin);
        } else {
            firmSetup.changeLogo(fixture.admin, logoBefore.bytes());
        }
    }

    /** The admin's saving of mail settings must not outlive the matrix: other tests mail through the environment's. */
    @AfterAll
    void putTheMailSettingsBack() {
        jdbc.sql("delete from mail_settings").update();
    }

    @TestFactory
    Stream<DynamicTest> everyRouteAnswersEveryActorAsTheRulesSay() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Route route : routes()) {
            for (Persona persona : personas) {
                for (Target target : Target.of(route)) {
                    MatrixExpectation expected = expected(route, persona, target);
                    tests.add(dynamicTest(name(route, persona, target) + " → " + expected.description(),
                            () -> answersAsExpected(route, persona, target, expected)));
                }
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> recordsAnActorMayNotReachAnswerExactlyLikeNonexistentOnes() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Route route : routes()) {
            if (route.variables().isEmpty()) {
                continue;
            }
            for (Persona persona : personas) {
                AtomicReference<MatrixAnswer> nonexistent = new AtomicReference<>();
                for (Target target : Target.of(route)) {
                    if (target == Target.NONEXISTENT || expected(route, persona, target).reaches()) {
                        continue;
                    }
                    tests.add(dynamicTest(name(route, persona, target) + " answers like nonexistentId", () -> {
                        MatrixAnswer missing = nonexistent.updateAndGet(known -> known != null ? known
                                : perform(route, persona, Target.NONEXISTENT));
                        assertThat(perform(route, persona, target)).isEqualTo(missing);
                    }));
                }
            }
        }
        return tests.stream();
    }

    private MatrixExpectation expected(Route route, Persona persona, Target target) {
        if (persona.disabled()) {
            return MatrixExpectation.redirect("/login?disabled");
        }
        Audience audience = audienceOf(route);
        if (audience == Audience.PUBLIC) {
            return route.pattern().equals("/error") ? MatrixExpectation.status(500) : MatrixExpectation.notRefused();
        }
        if (persona.isAnonymous()) {
            return MatrixExpectation.redirect("/login");
        }
        if (audience == Audience.PORTAL) {
            if (persona.isStaff() && persona.previewed() == null) {
                return MatrixExpectation.redirect("/app");
            }
            if (route.pattern().startsWith("/portal/messages")) {
                return writesToTheFirm(route, persona);
            }
            if (route.pattern().startsWith("/portal/renewals")) {
                return instructsRenewals(route, persona, target);
            }
            if (route.pattern().startsWith("/portal/searches")) {
                return keepsSearches(route, persona, target);
            }
            if (!route.variables().contains("caseId")) {
                if (route.isGet()) {
                    return MatrixExpectation.status(200);
                }
                requireOwnAccountRoute(route);
                return persona.previewed() == null ? MatrixExpectation.answered(route) : MatrixExpectation.status(404);
            }
            boolean shown = persona.portalCases().contains(target) && persona.profile().shows(sectionOf(route))
                    && exportedSection(route).map(persona.profile()::shows).orElse(true)
                    && actionOf(route).map(persona.profile()::allows).orElse(true)
                    && (route.isGet() || persona.previewed() == null || readsOnly(route));
            if (!shown) {
                return MatrixExpectation.status(404);
            }
            return route.isGet() ? MatrixExpectation.status(200) : MatrixExpectation.answered(route);
        }
        if (!persona.isStaff() || audience == Audience.ADMIN && !persona.account().isAdmin()) {
            return MatrixExpectation.status(403);
        }
        return reaches(persona, route, target) ? MatrixExpectation.answered(route) : MatrixExpectation.status(404);
    }

    /**
     * "Message the firm": its form opens for a contact whose profile allows messages on a case they
     * see, and the message (about the fixture's own case, in the form) is sent where the contact
     * sees that case; otherwise, and always in a preview, 404.
     */
    private static MatrixExpectation writesToTheFirm(Route route, Persona persona) {
        boolean allowed = persona.previewed() == null && persona.profile().allows(PortalAction.MESSAGE);
        if (route.isGet()) {
            return allowed && !persona.portalCases().isEmpty() ? MatrixExpectation.status(200)
                    : MatrixExpectation.status(404);
        }
        return allowed && persona.portalCases().contains(Target.OWN_CASE) ? MatrixExpectation.answered(route)
                : MatrixExpectation.status(404);
    }

    /**
     * Renewals in the portal name no case in the path: the list answers every contact (it shows the
     * renewals they see, maybe none); an instruction is taken where the contact sees the renewal's case
     * with a profile showing approvals and allowing {@link PortalAction#APPROVE}, and 404 otherwise and
     * in every preview.
     */
    private static MatrixExpectation instructsRenewals(Route route, Persona persona, Target target) {
        if (route.isGet()) {
            return MatrixExpectation.status(200);
        }
        boolean allowed = persona.previewed() == null && persona.portalCases().contains(target)
                && persona.profile().shows(PortalSection.APPROVALS) && persona.profile().allows(PortalAction.APPROVE);
        return allowed ? MatrixExpectation.answered(route) : MatrixExpectation.status(404);
    }

    /**
     * Saved searches ({@code /portal/searches…}) are a contact's own: theirs (the fixture gives the asker
     * one on its own side) runs, saving one and deleting theirs answer a redirect; anyone else's is 404,
     * and a preview runs the contact's but saves and deletes none (404).
     */
    private static MatrixExpectation keepsSearches(Route route, Persona persona, Target target) {
        boolean own = target == Target.NONE || target == Target.OWN_CASE;
        if (route.isGet()) {
            return own ? MatrixExpectation.status(200) : MatrixExpectation.status(404);
        }
        return own && persona.previewed() == null ? MatrixExpectation.answered(route) : MatrixExpectation.status(404);
    }

    /** The fixture's renewals are on its cases, and a case's renewal follows its case. */
    private static boolean reaches(Persona staff, Route route, Target target) {
        return switch (target) {
            case NONE -> true;
            case NONEXISTENT, CHILD_OF_OTHER_CASE -> false;
            case OWN_CASE, OTHER_CLIENTS_CASE -> !route.variables().contains("caseId")
                    && !route.variables().contains("renewalId") || staff.staffCases().contains(target);
        };
    }

    private void answersAsExpected(Route route, Persona persona, Target target, MatrixExpectation expected) {
        Map<String, Long> ids = fixture.ids(route, target, persona.account(), persona.previewed());
        String before = fixture.fingerprint();
        MatrixAnswer answer = perform(route, persona, ids);
        assertThat(expected.test().test(answer))
                .as("%s %s as %s (%s) answered %s, expected %s", route.method(), route.path(ids), persona.name(),
                        target.label, answer, expected.description())
                .isTrue();
        if (route.isGet() || !expected.reaches()) {
            assertThat(fixture.fingerprint()).as("%s %s as %s changed the database", route.method(), route.path(ids),
                    persona.name()).isEqualTo(before);
        }
    }

    private MatrixAnswer perform(Route route, Persona persona, Target target) {
        return perform(route, persona, fixture.ids(route, target, persona.account(), persona.previewed()));
    }

    private MatrixAnswer perform(Route route, Persona persona, Map<String, Long> ids) {
        try {
            return MatrixAnswer.of(mvc.perform(persona.sign(fixture.request(route, ids))).andReturn());
        } catch (Exception failure) {
            throw new AssertionError(route.method() + " " + route.path(ids) + " as " + persona.name() + " failed: "
                    + failure, failure);
        } finally {
            fixture.restoreFirmDefault();
        }
    }

    private List<Route> routes() {
        List<Route> routes = Routes.of(handlerMapping);
        assertThat(routes).isNotEmpty();
        return routes;
    }

    private static Audience audienceOf(Route route) {
        String pattern = route.pattern();
        if (PUBLIC_ROUTES.contains(pattern)) {
            return Audience.PUBLIC;
        }
        if (pattern.startsWith("/app/admin/")) {
            return Audience.ADMIN;
        }
        if (pattern.equals("/app") || pattern.startsWith("/app/")) {
            return Audience.STAFF;
        }
        if (pattern.equals("/portal") || pattern.startsWith("/portal/")) {
            return Audience.PORTAL;
        }
        throw new AssertionError("Route " + route + " is neither public, staff, admin nor portal: classify it");
    }

    /**
     * A portal POST outside a case changes the signed-in contact's own account (its id comes from
     * the session, never the request), so every contact may use it and no preview may.
     */
    private static void requireOwnAccountRoute(Route route) {
        if (!route.pattern().startsWith("/portal/account/")) {
            throw new AssertionError("Portal route " + route + " changes something outside a case: classify it here");
        }
    }

    /** The section a portal case page belongs to: the path segment after the case, or the overview. */
    private static PortalSection sectionOf(Route route) {
        String[] after = route.pattern().split("\\{caseId}", 2);
        String segment = after.length < 2 ? "" : after[1].replaceFirst("^/", "").split("/")[0];
        if (segment.isEmpty()) {
            return PortalSection.OVERVIEW;
        }
        try {
            return PortalSection.valueOf(segment.toUpperCase().replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            throw new AssertionError("Portal route " + route + " belongs to no PortalSection: classify it here");
        }
    }

    /** The section a portal export holds the rows of (its CSV needs it shown too), if the route is one. */
    private static Optional<PortalSection> exportedSection(Route route) {
        return switch (route.pattern()) {
            case "/portal/cases/{caseId}/reports/export/time.csv" -> Optional.of(PortalSection.NOTES);
            case "/portal/cases/{caseId}/reports/export/expenses.csv" -> Optional.of(PortalSection.EXPENSES);
            default -> {
                if (route.pattern().contains("/export/")) {
                    throw new AssertionError("Portal route " + route + " exports something: say here which section");
                }
                yield Optional.empty();
            }
        };
    }

    /**
     * A portal POST a staff preview may send too: asking for a case report reads the case, as the
     * contact would see it, and the report belongs to the staff member; it changes no record of the case.
     */
    private static boolean readsOnly(Route route) {
        return route.pattern().equals("/portal/cases/{caseId}/reports");
    }

    /** The action a portal route performs beyond showing its section's page, if any. */
    private static Optional<PortalAction> actionOf(Route route) {
        if (!route.pattern().startsWith("/portal/")) {
            return Optional.empty();
        }
        if (route.pattern().startsWith("/portal/cases/{caseId}/") && sectionOf(route) == PortalSection.REPORTS) {
            return Optional.of(PortalAction.GENERATE_REPORT);
        }
        if (route.pattern().endsWith("/download")) {
            return Optional.of(PortalAction.DOWNLOAD);
        }
        if (route.pattern().equals("/portal/cases/{caseId}/approvals/{requestId}/decision")) {
            return Optional.of(PortalAction.APPROVE);
        }
        if (!route.isGet()) {
            return switch (route.pattern()) {
                case "/portal/cases/{caseId}/documents", "/portal/cases/{caseId}/documents/{documentId}/revisions" ->
                        Optional.of(PortalAction.UPLOAD);
                case "/portal/cases/{caseId}/documents/{documentId}/comments" -> Optional.of(PortalAction.MESSAGE);
                default -> throw new AssertionError("Portal route " + route + " changes something: say here which "
                        + "PortalAction it needs");
            };
        }
        if (route.pattern().equals("/portal/cases/{caseId}/documents/{documentId}")) {
            return Optional.empty();
        }
        if (route.variables().stream().anyMatch(variable -> !variable.equals("caseId"))) {
            throw new AssertionError("Portal route " + route + " addresses a record of the case: say here which "
                    + "PortalAction it needs, if any");
        }
        return Optional.empty();
    }

    private static String name(Route route, Persona persona, Target target) {
        return route + " × " + persona.name() + (target == Target.NONE ? "" : " × " + target.label);
    }

    private Persona contact(String name, long clientId, PortalProfileView profile, Set<Target> cases) {
        Actor contact = data.contact(clientId);
        data.grantAllCases(contact);
        data.useProfile(contact, profile.id());
        return new Persona(name, contact, null, false, Set.of(), cases, profile, data.signedIn(contact));
    }

    private Persona revoked(Persona contact) {
        data.revokeGrants(contact.account());
        return contact;
    }

    private Persona disabled(Persona contact) {
        data.disable(contact.account());
        return new Persona(contact.name(), contact.account(), null, true, Set.of(), Set.of(), contact.profile(),
                contact.signIn());
    }

    private Persona staff(String name, Actor staff, Set<Target> cases) {
        return new Persona(name, staff, null, false, cases, Set.of(), null, data.signedIn(staff));
    }

    private static Persona previewing(Persona staff, Persona contact) {
        Set<Target> visible = new HashSet<>(contact.portalCases());
        visible.retainAll(staff.staffCases());
        String name = staff.name() + "Previewing" + Character.toUpperCase(contact.name().charAt(0))
                + contact.name().substring(1);
        return new Persona(name, staff.account(), contact.account(), false,
                staff.staffCases(), Set.copyOf(visible), contact.profile(), staff.signIn());
    }
}
