package org.caseport.staff.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.caseport.access.PortalList;
import org.caseport.access.PortalListColumn;
import org.caseport.access.PortalListDetails;
import org.caseport.access.PortalListPreset;
import org.caseport.access.PortalListQueries;
import org.caseport.access.PortalListService;
import org.caseport.access.PortalProfileDetails;
import org.caseport.access.PortalProfileQueries;
import org.caseport.access.PortalProfileService;
import org.caseport.access.PortalSection;
import org.caseport.identity.Actor;
import org.caseport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Admins give a portal profile its lists on the profile's edit page: name, preset and columns from
 * what the profile shows (anything else refused on its field, nothing saved), in an order they
 * choose, deleted after a confirmation.
 */
class PortalListWebTest extends IntegrationTest {

    @Autowired
    PortalListQueries lists;
    @Autowired
    PortalListService listService;
    @Autowired
    PortalProfileService profiles;
    @Autowired
    PortalProfileQueries profileQueries;

    private Actor admin;
    private long profileId;
    private String base;

    @BeforeEach
    void aProfileShowingTheOverviewAndNotes() {
        admin = data.admin();
        profileId = data.portalProfile("List admin", Set.of(PortalSection.OVERVIEW, PortalSection.NOTES), Set.of());
        base = "/app/admin/portal-profiles/" + profileId + "/lists";
    }

    @Test
    void anAdminAddsAListWithColumnsTheProfileShowsAndSeesItOnTheProfilePage() throws Exception {
        add("Open cases", "OPEN", "STATUS", "INVESTIGATOR", "OPENED_ON")
                .andExpect(redirectedUrl("/app/admin/portal-profiles/" + profileId + "/edit#portal-lists"));

        PortalList saved = lists.ofProfile(profileId).get(0);
        assertThat(saved.name()).isEqualTo("Open cases");
        assertThat(saved.preset()).isEqualTo(PortalListPreset.OPEN);
        assertThat(saved.columns()).containsExactly(PortalListColumn.STATUS, PortalListColumn.OPENED_ON,
                PortalListColumn.INVESTIGATOR);
        String page = profilePage();
        assertThat(page).contains("id=\"portal-list-" + saved.id() + "\"", "Open cases (not closed)",
                ", Status", ", Opened on", ", Investigator");
    }

    @Test
    void aColumnOrPresetOfASectionTheProfileHidesIsRefusedOnItsFieldAndNothingIsSaved() throws Exception {
        String column = add("Money", "ALL", "STATUS", "SPENT").andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        String preset = add("Over budget", "BUDGET_80_PERCENT_USED").andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();

        assertThat(column).contains("“Spent” needs the profile to show Budget and retainer.");
        assertThat(preset).contains("“80% or more of the budget used” needs the profile to show Budget and retainer.");
        assertThat(lists.ofProfile(profileId)).isEmpty();
    }

    @Test
    void aNameIsRequiredShortEnoughAndUniqueWithinTheProfile() throws Exception {
        add("Mine", "ALL").andExpect(status().is3xxRedirection());

        assertThat(rejected(add(" ", "ALL"))).contains("Enter a name for the list.");
        assertThat(rejected(add("x".repeat(61), "ALL"))).contains("Keep the name to 60 characters or fewer.");
        assertThat(rejected(add("MINE", "ALL"))).contains("This profile already has a list named “MINE”.");
        assertThat(rejected(mvc.perform(post(base).param("name", "No preset").with(data.signedIn(admin))
                .with(csrf())))).contains("Choose which cases the list holds.");
        assertThat(lists.ofProfile(profileId)).hasSize(1);

        long other = data.portalProfile("List admin other", Set.of(PortalSection.OVERVIEW), Set.of());
        listService.add(admin, other, new PortalListDetails("Mine", PortalListPreset.ALL, Set.of()));
    }

    @Test
    void anAdminEditsAList() throws Exception {
        long listId = listService.add(admin, profileId, new PortalListDetails("First", PortalListPreset.ALL,
                Set.of()));

        String form = mvc.perform(get(base + "/" + listId + "/edit").with(data.signedIn(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("value=\"First\"");
        mvc.perform(post(base + "/" + listId).param("name", "Renamed").param("preset", "CLOSED_THIS_YEAR")
                        .param("columns", "CLOSED_ON").with(data.signedIn(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        PortalList edited = lists.get(profileId, listId);
        assertThat(edited.name()).isEqualTo("Renamed");
        assertThat(edited.preset()).isEqualTo(PortalListPreset.CLOSED_THIS_YEAR);
        assertThat(edited.columns()).containsExactly(PortalListColumn.CLOSED_ON);
    }

    @Test
    void listsMoveUpAndDownAndStayPutAtTheEnds() throws Exception {
        long a = listService.add(admin, profileId, new PortalListDetails("A", PortalListPreset.ALL, Set.of()));
        long b = listService.add(admin, profileId, new PortalListDetails("B", PortalListPreset.ALL, Set.of()));
        long c = listService.add(admin, profileId, new PortalListDetails("C", PortalListPreset.ALL, Set.of()));

        move(c, "up");
        assertThat(order()).containsExactly(a, c, b);
        move(a, "up");
        assertThat(order()).containsExactly(a, c, b);
        move(a, "down");
        assertThat(order()).containsExactly(c, a, b);
        move(b, "down");
        assertThat(order()).containsExactly(c, a, b);
    }

    @Test
    void anAdminDeletesAListAfterAConfirmation() throws Exception {
        long listId = listService.add(admin, profileId, new PortalListDetails("Short-lived", PortalListPreset.ALL,
                Set.of()));
        assertThat(profilePage()).contains("data-confirm=\"Delete the list Short-lived?");

        mvc.perform(post(base + "/" + listId + "/delete").with(data.signedIn(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(lists.ofProfile(profileId)).isEmpty();
    }

    @Test
    void aListOfAnotherProfileAnswersNotFoundUnderThisOne() throws Exception {
        long other = data.portalProfile("List admin foreign", Set.of(PortalSection.OVERVIEW), Set.of());
        long foreign = listService.add(admin, other, new PortalListDetails("Foreign", PortalListPreset.ALL, Set.of()));

        mvc.perform(get(base + "/" + foreign + "/edit").with(data.signedIn(admin))).andExpect(status().isNotFound());
        mvc.perform(post(base + "/" + foreign + "/delete").with(data.signedIn(admin)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(lists.ofProfile(other)).hasSize(1);
    }

    @Test
    void aProfileThatStopsShowingASectionKeepsTheColumnsButSaysTheyAreNotShown() throws Exception {
        long budgetProfile = data.portalProfile("List admin budget", Set.of(PortalSection.BUDGET), Set.of());
        listService.add(admin, budgetProfile, new PortalListDetails("Money", PortalListPreset.BUDGET_80_PERCENT_USED,
                Set.of(PortalListColumn.SPENT, PortalListColumn.STATUS)));
        profiles.update(admin, budgetProfile, new PortalProfileDetails(profileQueries.get(budgetProfile).name(), null,
                Set.of(PortalSection.NOTES), Set.of(), Set.of()));

        String page = mvc.perform(get("/app/admin/portal-profiles/" + budgetProfile + "/edit")
                        .with(data.signedIn(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Not offered: the profile does not show",
                "Not shown while the profile hides their section");
        assertThat(lists.ofProfile(budgetProfile).get(0).columns()).contains(PortalListColumn.SPENT);
    }

    @Test
    void investigatorsMayNotManageLists() throws Exception {
        Actor investigator = data.investigator();

        mvc.perform(post(base).param("name", "Sneaky").param("preset", "ALL").with(data.signedIn(investigator))
                .with(csrf())).andExpect(status().isForbidden());

        assertThat(lists.ofProfile(profileId)).isEmpty();
    }

    private ResultActions add(String name, String preset, String... columns) throws Exception {
        return mvc.perform(post(base).param("name", name).param("preset", preset).param("columns", columns)
                .with(data.signedIn(admin)).with(csrf()));
    }

    private void move(long listId, String direction) throws Exception {
        mvc.perform(post(base + "/" + listId + "/move").param("direction", direction).with(data.signedIn(admin))
                .with(csrf())).andExpect(status().is3xxRedirection());
    }

    private List<Long> order() {
        return lists.ofProfile(profileId).stream().map(PortalList::id).toList();
    }

    private String profilePage() throws Exception {
        return mvc.perform(get("/app/admin/portal-profiles/" + profileId + "/edit").with(data.signedIn(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String rejected(ResultActions result) throws Exception {
        return result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
