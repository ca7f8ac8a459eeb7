package org.caseport.staff.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Set;
import org.caseport.cases.CaseDetails;
import org.caseport.cases.CaseQueries;
import org.caseport.cases.CaseService;
import org.caseport.cases.CaseStatus;
import org.caseport.identity.Actor;
import org.caseport.support.IntegrationTest;
import org.caseport.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The case list narrows by status, client, assignee and text, pages, and answers htmx with a fragment. */
class CaseListWebTest extends IntegrationTest {

    @Autowired
    CaseService caseService;
    @Autowired
    CaseQueries caseQueries;
    @Autowired
    JdbcClient jdbc;

    private Actor admin;
    private Actor investigator;
    private long clientId;
    private String marker;

    @BeforeEach
    void casesOfOneClient() {
        admin = data.admin();
        investigator = data.investigator();
        clientId = data.client(admin);
        marker = TestData.unique("Marker");
    }

    @Test
    void filtersByStatusClientAssigneeAndText() throws Exception {
        long active = open(marker + " alpha", investigator.id());
        caseService.changeStatus(admin, active, CaseStatus.ACTIVE, null);
        open(marker + " beta", null);

        mvc.perform(get("/app/cases").param("q", marker).param("status", "ACTIVE").with(data.signedIn(admin)))
                .andExpect(content().string(containsString(marker + " alpha")))
                .andExpect(content().string(not(containsString(marker + " beta"))));
        mvc.perform(get("/app/cases").param("clientId", String.valueOf(clientId)).with(data.signedIn(admin)))
                .andExpect(content().string(containsString(marker + " alpha")))
                .andExpect(content().string(containsString(marker + " beta")));
        mvc.perform(get("/app/cases").param("assigneeId", String.valueOf(investigator.id())).param("q", marker)
                        .with(data.signedIn(admin)))
                .andExpect(content().string(containsString(marker + " alpha")))
                .andExpect(content().string(not(containsString(marker + " beta"))));
    }

    @Test
    void filtersByPartOfTheClientsNameWithoutListingEveryClient() throws Exception {
        open(marker + " ours", null);
        long otherClient = data.client(admin);
        caseService.open(admin, new CaseDetails(marker + " theirs", otherClient, "Surveillance", null, null, Set.of()),
                BigDecimal.ZERO);
        String ourName = nameOf(clientId);
        String theirName = nameOf(otherClient);

        String page = mvc.perform(get("/app/cases").param("q", marker)
                        .param("client", ourName.substring(ourName.length() - 8)).with(data.signedIn(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains(marker + " ours").doesNotContain(marker + " theirs")
                .as("the filter is a text field, not a drop-down of every client").doesNotContain(theirName);
        mvc.perform(get("/app/cases").param("clientId", String.valueOf(clientId)).with(data.signedIn(admin)))
                .andExpect(content().string(containsString("id=\"chosen-client\"")))
                .andExpect(content().string(containsString(ourName)))
                .andExpect(content().string(containsString(marker + " ours")))
                .andExpect(content().string(not(containsString(marker + " theirs"))));
    }

    @Test
    void filtersByPartOfAnAssigneesNameWithoutListingEveryStaffMember() throws Exception {
        Actor assistant = data.investigator();
        Actor someoneElse = data.investigator();
        open(marker + " led", investigator.id());
        caseService.open(admin, new CaseDetails(marker + " assisted", clientId, "Surveillance", null, null,
                Set.of(assistant.id())), BigDecimal.ZERO);
        open(marker + " unassigned", null);

        String led = mvc.perform(get("/app/cases").param("q", marker)
                        .param("assignee", investigator.displayName().substring(3)).with(data.signedIn(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(led).contains(marker + " led").doesNotContain(marker + " assisted")
                .doesNotContain(marker + " unassigned")
                .as("the filter is a text field, not a drop-down of every staff member")
                .doesNotContain(someoneElse.displayName());
        mvc.perform(get("/app/cases").param("q", marker).param("assignee", assistant.displayName().toUpperCase())
                        .with(data.signedIn(admin)))
                .andExpect(content().string(containsString(marker + " assisted")))
                .andExpect(content().string(not(containsString(marker + " led"))));
        mvc.perform(get("/app/cases").param("assigneeId", String.valueOf(assistant.id())).with(data.signedIn(admin)))
                .andExpect(content().string(containsString("id=\"chosen-assignee\"")))
                .andExpect(content().string(containsString(assistant.displayName())));
    }

    @Test
    void searchTreatsWildcardsAsPlainText() throws Exception {
        open(marker + " 100% covert", null);
        open(marker + " other", null);
        mvc.perform(get("/app/cases").param("q", marker + " 100%").with(data.signedIn(admin)))
                .andExpect(content().string(containsString("100% covert")))
                .andExpect(content().string(not(containsString(marker + " other"))));
        mvc.perform(get("/app/cases").param("q", "%").param("clientId", String.valueOf(clientId)).with(data.signedIn(admin)))
                .andExpect(content().string(containsString("100% covert")))
                .andExpect(content().string(not(containsString(marker + " other"))));
    }

    @Test
    void longListsArePaged() throws Exception {
        for (int i = 0; i < 27; i++) {
            open(String.format("%s %02d", marker, i), null);
        }
        mvc.perform(get("/app/cases").param("q", marker).param("sort", "TITLE_ASC").with(data.signedIn(admin)))
                .andExpect(content().string(containsString("Page 1 of 2 · 27 in all")))
                .andExpect(content().string(containsString(marker + " 00")))
                .andExpect(content().string(not(containsString(marker + " 25"))));
        mvc.perform(get("/app/cases").param("q", marker).param("sort", "TITLE_ASC").param("page", "1")
                        .with(data.signedIn(admin)))
                .andExpect(content().string(containsString(marker + " 26")))
                .andExpect(content().string(not(containsString(marker + " 00<"))));
    }

    @Test
    void htmxRequestGetsOnlyTheResults() throws Exception {
        open(marker, null);
        mvc.perform(get("/app/cases").param("q", marker).header("HX-Request", "true").with(data.signedIn(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"case-results\"")))
                .andExpect(content().string(containsString(marker)))
                .andExpect(content().string(not(containsString("<nav class=\"navbar"))));
    }

    @Test
    void emptyResultSaysSo() throws Exception {
        mvc.perform(get("/app/cases").param("q", marker + " nothing like it").with(data.signedIn(admin)))
                .andExpect(content().string(containsString("No cases match.")));
    }

    private String nameOf(long client) {
        return jdbc.sql("select name from clients where id = :id").param("id", client).query(String.class).single();
    }

    private long open(String title, Long lead) {
        return caseService.open(admin, new CaseDetails(title, clientId, "Surveillance", null, lead, Set.of()),
                BigDecimal.ZERO);
    }
}
