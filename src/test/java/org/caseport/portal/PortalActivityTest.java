package org.caseport.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caseport.access.PortalSection;
import org.caseport.cases.CaseService;
import org.caseport.cases.CaseStatus;
import org.caseport.identity.Actor;
import org.caseport.portal.PortalActivity.Kind;
import org.caseport.shared.Visibility;
import org.caseport.support.Browserless;
import org.caseport.support.IntegrationTest;
import org.caseport.support.TestData;
import org.caseport.timeslips.TimeSlipService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;

/**
 * Recent shared activity on the contact's dashboard: shared notes, shared documents and status
 * changes of the granted cases, each only where the case's profile shows its section — never an
 * internal item or another client's — newest first, marked new when shared after the contact's last
 * visit (their previous sign-in), which reloading does not move and a staff preview never touches.
 */
class PortalActivityTest extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    PortalDashboardQueries dashboards;
    @Autowired
    CaseService cases;
    @Autowired
    TimeSlipService timeSlips;
    @Autowired
    JdbcClient jdbc;

    private Actor admin;
    private long clientId;
    private long showsAll;
    private Actor contact;

    @BeforeEach
    void aContactGrantedACaseWhoseProfileShowsNotesDocumentsAndStatus() {
        admin = data.admin();
        clientId = data.client(admin);
        showsAll = data.kaseFor(admin, clientId, admin.id());
        cases.choosePortalProfile(admin, showsAll, data.portalProfile("Activity",
                EnumSet.of(PortalSection.OVERVIEW, PortalSection.NOTES, PortalSection.DOCUMENTS), Set.of()));
        contact = data.contact(clientId);
        data.grantAllCases(contact);
    }

    @Test
    void onlySharedItemsOfSectionsTheCasesProfileShowsAppear() throws Exception {
        String reason = TestData.unique("internal reason");
        long sharedNote = data.note(admin, showsAll, "Subject left at 07:42", "1.50", "987.65", Visibility.CLIENT);
        data.internalNote(admin, showsAll, TestData.unique("internal note"));
        long sharedDocument = data.document(admin, showsAll, TestData.unique("Shared report"), Visibility.CLIENT);
        String internalTitle = TestData.unique("Internal draft");
        data.document(admin, showsAll, internalTitle, Visibility.INTERNAL);
        cases.changeStatus(admin, showsAll, CaseStatus.ACTIVE, reason);
        long statusOnly = data.kaseFor(admin, clientId, admin.id());
        cases.choosePortalProfile(admin, statusOnly, data.portalProfile("Status", EnumSet.of(PortalSection.OVERVIEW),
                Set.of()));
        String hiddenNote = TestData.unique("note of a hidden section");
        data.sharedNote(admin, statusOnly, hiddenNote);
        data.document(admin, statusOnly, TestData.unique("document of a hidden section"), Visibility.CLIENT);
        cases.changeStatus(admin, statusOnly, CaseStatus.ON_HOLD, null);
        long otherClients = data.kase(admin, admin.id(), BigDecimal.ZERO);
        String othersNote = TestData.unique("other client's note");
        data.sharedNote(admin, otherClients, othersNote);
        data.document(admin, otherClients, TestData.unique("other client's document"), Visibility.CLIENT);
        cases.changeStatus(admin, otherClients, CaseStatus.ACTIVE, null);

        List<PortalActivity> activity = dashboards.recentActivity(contact);

        assertThat(activity).extracting(PortalActivity::kind, PortalActivity::caseId, PortalActivity::text)
                .containsExactly(
                        tuple(Kind.STATUS, statusOnly, "Open → On hold"),
                        tuple(Kind.STATUS, showsAll, "Open → Active"),
                        tuple(Kind.DOCUMENT, showsAll, activity.get(2).text()),
                        tuple(Kind.NOTE, showsAll, "Subject left at 07:42"));
        assertThat(activity.get(2).itemId()).isEqualTo(sharedDocument);
        assertThat(activity.get(3).itemId()).isEqualTo(sharedNote);
        String page = dashboard(contact);
        assertThat(page).contains("id=\"activity-note-" + sharedNote + "\"",
                        "href=\"/portal/cases/" + showsAll + "/notes\"",
                        "href=\"/portal/cases/" + showsAll + "/documents/" + sharedDocument + "\"")
                .doesNotContain(reason, internalTitle, hiddenNote, othersNote, "987.65");
    }

    @Test
    void longNotesShowAnExcerptAndAtMostFifteenItemsShowNewestFirst() {
        for (int i = 1; i <= 17; i++) {
            data.sharedNote(admin, showsAll, "Note " + i + " " + "observed and recorded ".repeat(i == 17 ? 20 : 1));
        }

        List<PortalActivity> activity = dashboards.recentActivity(contact);

        assertThat(activity).hasSize(PortalDashboardQueries.ACTIVITY_SHOWN);
        assertThat(activity.get(0).text()).startsWith("Note 17 observed").endsWith("…")
                .hasSizeLessThanOrEqualTo(PortalDashboardQueries.EXCERPT_LENGTH + 1);
        assertThat(activity.get(1).text()).isEqualTo("Note 16 observed and recorded");
        assertThat(activity).extracting(PortalActivity::sharedAt).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void itemsSharedSinceTheLastVisitStayNewThroughReloadsUntilALaterSignIn() throws Exception {
        long before = data.sharedNote(admin, showsAll, "Shared before the first visit");
        long sharedLater = data.internalNote(admin, showsAll, "Written before, shared during the first visit");

        Browserless firstVisit = signedIn();
        assertThat(newMarkers(firstVisit.get("/portal").body())).containsEntry(before, true);
        timeSlips.changeVisibility(admin, showsAll, sharedLater, Visibility.CLIENT);
        String reloaded = firstVisit.get("/portal").body();
        assertThat(newMarkers(reloaded)).containsEntry(before, true).containsEntry(sharedLater, true);
        assertThat(reloaded).contains("New<span class=\"visually-hidden\"> since your last visit:</span>");

        Browserless secondVisit = signedIn();
        long during = data.sharedNote(admin, showsAll, "Shared during the second visit");
        Map<Long, Boolean> markers = newMarkers(secondVisit.get("/portal").body());
        assertThat(markers).containsEntry(before, false).containsEntry(sharedLater, true).containsEntry(during, true);
        assertThat(newMarkers(secondVisit.get("/portal").body())).isEqualTo(markers);

        Browserless thirdVisit = signedIn();
        assertThat(newMarkers(thirdVisit.get("/portal").body()))
                .containsEntry(before, false).containsEntry(sharedLater, false).containsEntry(during, true);
    }

    @Test
    void aStaffPreviewShowsTheContactsMarkersAndLeavesTheirLastVisitAlone() throws Exception {
        long note = data.sharedNote(admin, showsAll, "Shared before any visit");
        signedIn();
        signedIn();
        Map<String, Object> visits = lastVisit();

        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/app/clients/{clientId}/contacts/{contactId}/portal/preview", clientId, contact.contactId())
                .session(session).with(data.signedIn(admin)).with(csrf())).andExpect(redirectedUrl("/portal"));
        String preview = mvc.perform(get("/portal").session(session).with(data.signedIn(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        mvc.perform(get("/portal").session(session).with(data.signedIn(admin))).andExpect(status().isOk());

        assertThat(newMarkers(preview)).containsEntry(note, false);
        assertThat(lastVisit()).isEqualTo(visits);
        assertThat(visits.get("previous_sign_in_at")).isNotNull();
    }

    private Browserless signedIn() throws Exception {
        Browserless browser = new Browserless(port);
        assertThat(browser.signIn(TestData.emailOf(contact), TestData.PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/portal"));
        return browser;
    }

    private Map<String, Object> lastVisit() {
        return jdbc.sql("select last_sign_in_at, previous_sign_in_at from user_accounts where id = :id")
                .param("id", contact.id()).query().singleRow();
    }

    /** Each shared note on the page, by id, and whether it carries the "New" badge. */
    private static Map<Long, Boolean> newMarkers(String page) {
        Map<Long, Boolean> markers = new java.util.HashMap<>();
        String prefix = "id=\"activity-note-";
        for (int at = page.indexOf(prefix); at >= 0; at = page.indexOf(prefix, at + 1)) {
            int idEnd = page.indexOf('"', at + prefix.length());
            String item = page.substring(at, page.indexOf("</li>", at));
            markers.put(Long.parseLong(page.substring(at + prefix.length(), idEnd)), item.contains("activity-new"));
        }
        return markers;
    }

    private String dashboard(Actor who) throws Exception {
        return mvc.perform(get("/portal").with(data.signedIn(who))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
