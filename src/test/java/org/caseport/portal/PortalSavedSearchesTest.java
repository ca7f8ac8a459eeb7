package org.caseport.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import org.caseport.access.PortalListColumn;
import org.caseport.access.PortalListDetails;
import org.caseport.access.PortalListPreset;
import org.caseport.access.PortalListService;
import org.caseport.access.PortalSection;
import org.caseport.cases.CaseDetails;
import org.caseport.cases.CaseService;
import org.caseport.identity.Actor;
import org.caseport.support.IntegrationTest;
import org.caseport.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A contact's saved searches: named (required, not too long, unique among theirs whatever the case),
 * listed, run again within the access they have now, deleted; nobody else's answers, and a staff
 * preview runs them but keeps none.
 */
class PortalSavedSearchesTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    CaseService cases;
    @Autowired
    PortalListService lists;

    private Actor admin;
    private long clientId;
    private Actor contact;
    private long profileId;
    private long harbour;
    private String word;

    @BeforeEach
    void aContactWithTwoCases() {
        admin = data.admin();
        clientId = data.client(admin);
        contact = data.contact(clientId);
        data.grantAllCases(contact);
        profileId = data.portalProfile("Saved searches", EnumSet.allOf(PortalSection.class), Set.of());
        data.useProfile(contact, profileId);
        word = TestData.unique("Harbour");
        harbour = kase(word + " warehouse");
        kase("Elsewhere");
    }

    @Test
    void aContactSavesTheSearchSeesItListedAndRunsIt() throws Exception {
        long listId = lists.add(admin, profileId, new PortalListDetails("Open ones", PortalListPreset.OPEN,
                Set.of(PortalListColumn.STATUS)));

        String location = save("Harbour things", listId).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        long searchId = Long.parseLong(location.substring("/portal/searches/".length()));

        assertThat(jdbc.sql("select name || '|' || list_id || '|' || text_query from portal_saved_searches"
                        + " where id = :id").param("id", searchId).query(String.class).single())
                .isEqualTo("Harbour things|" + listId + "|" + word);
        String run = page(get(location));
        assertThat(run).contains("id=\"portal-list-case-" + harbour + "\"", "Saved search:", "Harbour things")
                .contains("value=\"" + word + "\"").containsOnlyOnce("portal-list-case-");
        assertThat(page(get("/portal/cases"))).contains("id=\"saved-search-" + searchId + "\"");
    }

    @Test
    void aNameIsRequiredShortEnoughAndUniqueAmongTheContactsWhateverTheCase() throws Exception {
        save("Mine", null).andExpect(status().is3xxRedirection());

        assertThat(rejected(save("  ", null))).contains("Give the search a name.");
        assertThat(rejected(save("x".repeat(81), null))).contains("Keep the name to 80 characters or fewer.");
        assertThat(rejected(save("MINE", null))).contains("You already have a saved search named “MINE”.");
        assertThat(savedCount(contact)).isEqualTo(1);

        Actor colleague = data.contact(clientId);
        data.grantAllCases(colleague);
        mvc.perform(post("/portal/searches").param("name", "Mine").with(data.signedIn(colleague)).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aRangeEndingBeforeItStartsIsNotSaved() throws Exception {
        String page = rejected(mvc.perform(post("/portal/searches").param("name", "Backwards")
                .param("from", "2025-05-01").param("to", "2025-04-01").with(data.signedIn(contact)).with(csrf())));

        assertThat(page).contains("The end of the range must not be before its start.");
        assertThat(savedCount(contact)).isZero();
    }

    @Test
    void anotherContactsSavedSearchAnswersNotFoundToRunAndToDelete() throws Exception {
        long mine = idOf(save("Private", null));
        Actor other = data.contact(data.client(admin));
        data.grantAllCases(other);

        mvc.perform(get("/portal/searches/{id}", mine).with(data.signedIn(other))).andExpect(status().isNotFound());
        mvc.perform(post("/portal/searches/{id}/delete", mine).with(data.signedIn(other)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(savedCount(contact)).isEqualTo(1);
    }

    @Test
    void theContactDeletesTheirSavedSearch() throws Exception {
        long mine = idOf(save("Short-lived", null));

        mvc.perform(post("/portal/searches/{id}/delete", mine).with(data.signedIn(contact)).with(csrf()))
                .andExpect(redirectedUrl("/portal/cases"));

        assertThat(savedCount(contact)).isZero();
        mvc.perform(get("/portal/searches/{id}", mine).with(data.signedIn(contact))).andExpect(status().isNotFound());
    }

    @Test
    void aSavedSearchRunsWithinTheAccessTheContactHasNow() throws Exception {
        long mine = idOf(save("Before revoking", null));
        assertThat(page(get("/portal/searches/" + mine))).contains("portal-list-case-" + harbour);

        data.revokeGrants(contact);

        assertThat(page(get("/portal/searches/" + mine))).doesNotContain("portal-list-case-")
                .contains("No cases are shared with you yet.");
    }

    @Test
    void aSavedSearchWhoseListIsGoneRunsOverTheFirstListAndSaysSo() throws Exception {
        long listId = lists.add(admin, profileId, new PortalListDetails("Doomed", PortalListPreset.ALL, Set.of()));
        long mine = idOf(save("In a doomed list", listId));

        lists.delete(admin, profileId, listId);

        assertThat(page(get("/portal/searches/" + mine))).contains("id=\"list-gone\"", "portal-list-case-" + harbour);
    }

    @Test
    void aStaffPreviewRunsTheContactsSearchesButSavesAndDeletesNone() throws Exception {
        long mine = idOf(save("Seen in preview", null));
        MockHttpSession session = (MockHttpSession) mvc.perform(post(
                        "/app/clients/{clientId}/contacts/{contactId}/portal/preview", clientId, contact.contactId())
                        .with(data.signedIn(admin)).with(csrf()))
                .andExpect(redirectedUrl("/portal")).andReturn().getRequest().getSession(false);

        String run = mvc.perform(get("/portal/searches/{id}", mine).session(session).with(data.signedIn(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(run).contains("portal-list-case-" + harbour, "id=\"preview-no-saving\"")
                .doesNotContain("id=\"save-search\"", "delete-saved-search-");
        mvc.perform(post("/portal/searches").param("name", "By staff").session(session).with(data.signedIn(admin))
                .with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/portal/searches/{id}/delete", mine).session(session).with(data.signedIn(admin))
                .with(csrf())).andExpect(status().isNotFound());
        assertThat(savedCount(contact)).isEqualTo(1);
    }

    @Test
    void aListNotOfferedToTheContactCannotBeSavedInto() throws Exception {
        long elsewhere = data.portalProfile("Saved elsewhere", Set.of(PortalSection.OVERVIEW), Set.of());
        long notMine = lists.add(admin, elsewhere, new PortalListDetails("Not mine", PortalListPreset.ALL, Set.of()));

        save("Sneaky", notMine).andExpect(status().isNotFound());

        assertThat(savedCount(contact)).isZero();
    }

    @Test
    void savingNeedsTheCsrfToken() throws Exception {
        mvc.perform(post("/portal/searches").param("name", "No token").with(data.signedIn(contact)))
                .andExpect(status().isForbidden());
        assertThat(savedCount(contact)).isZero();
    }

    private ResultActions save(String name, Long listId) throws Exception {
        var request = post("/portal/searches").param("name", name).param("q", word).with(data.signedIn(contact))
                .with(csrf());
        if (listId != null) {
            request.param("list", String.valueOf(listId));
        }
        return mvc.perform(request);
    }

    private static long idOf(ResultActions saved) {
        String location = saved.andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/portal/searches/");
        return Long.parseLong(location.substring("/portal/searches/".length()));
    }

    private static String rejected(ResultActions saved) throws Exception {
        return saved.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(data.signedIn(contact))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private long savedCount(Actor who) {
        return jdbc.sql("select count(*) from portal_saved_searches where contact_id = :id")
                .param("id", who.contactId()).query(Long.class).single();
    }

    private long kase(String title) {
        return cases.open(admin, new CaseDetails(TestData.unique(title), clientId, "Surveillance", null, null,
                Set.of()), BigDecimal.ZERO);
    }
}
