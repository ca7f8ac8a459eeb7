package org.caseport.staff.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import org.caseport.billing.BudgetAlertSettings;
import org.caseport.billing.BudgetAlerts;
import org.caseport.cases.CaseService;
import org.caseport.cases.CaseStatus;
import org.caseport.identity.Actor;
import org.caseport.shared.Visibility;
import org.caseport.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The admins' budget alert settings page, and the warning on a case's overview with its one-click request. */
class BudgetAlertsWebTest extends IntegrationTest {

    @Autowired
    BudgetAlerts alerts;
    @Autowired
    CaseService cases;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void backToTheDefaults() {
        jdbc.sql("update budget_alert_settings set thresholds = '{80,100}', warn_contacts = false where id = 1")
                .update();
    }

    @Test
    void theAdminSeesTheSettingsAndSavesThemSortedWithoutRepeatsOnTheRecord() throws Exception {
        Actor admin = data.admin();
        mvc.perform(get("/app/admin/budget-alerts").with(data.signedIn(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"80, 100\"")));

        mvc.perform(post("/app/admin/budget-alerts").param("thresholds", "100, 75%, 75, 90")
                        .param("warnContacts", "true").with(data.signedIn(admin)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/app/admin/budget-alerts"))
                .andExpect(flash().attribute("notice", "Budget alerts saved: staff are warned at 75%, 90%, 100% of a "
                        + "case's budget, and so are the client's contacts."));

        assertThat(alerts.settings()).isEqualTo(new BudgetAlertSettings(List.of(75, 90, 100), true));
        assertThat(data.auditOf("FIRM", 1L)).last().satisfies(event -> {
            assertThat(event.action()).isEqualTo("FIRM_SETTINGS_CHANGED");
            assertThat(event.actorId()).isEqualTo(admin.id());
            assertThat(event.detail()).isEqualTo("Budget alerts at 75%, 90%, 100%; contacts warned too");
        });
        mvc.perform(get("/app/admin/budget-alerts").with(data.signedIn(admin)))
                .andExpect(content().string(containsString("value=\"75, 90, 100\"")));
    }

    @Test
    void anUntickedBoxStopsWarningContacts() throws Exception {
        alerts.changeSettings(data.admin(), new BudgetAlertSettings(List.of(80, 100), true));

        mvc.perform(post("/app/admin/budget-alerts").param("thresholds", "80, 100")
                .with(data.signedIn(data.admin())).with(csrf())).andExpect(status().isFound());

        assertThat(alerts.settings().warnContacts()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "501", "80.5", "eighty", "10, 20, 30, 40, 50, 60"})
    void invalidThresholdsAreShownOnTheFieldAndNothingIsSaved(String typed) throws Exception {
        mvc.perform(post("/app/admin/budget-alerts").param("thresholds", typed).param("warnContacts", "true")
                        .with(data.signedIn(data.admin())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("budgetAlertsForm", "thresholds"))
                .andExpect(content().string(containsString("is-invalid")));

        assertThat(alerts.settings()).isEqualTo(new BudgetAlertSettings(List.of(80, 100), false));
    }

    @Test
    void investigatorsAndContactsAreRefused() throws Exception {
        Actor investigator = data.investigator();
        Actor contact = data.contact(data.client(data.admin()));
        for (Actor refused : List.of(investigator, contact)) {
            mvc.perform(get("/app/admin/budget-alerts").with(data.signedIn(refused)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/app/admin/budget-alerts").param("thresholds", "5").param("warnContacts", "true")
                    .with(data.signedIn(refused)).with(csrf())).andExpect(status().isForbidden());
        }

        assertThat(alerts.settings()).isEqualTo(new BudgetAlertSettings(List.of(80, 100), false));
    }

    @Test
    void theOverviewOfACasePastAThresholdWarnsAndItsButtonOpensAPrefilledRequest() throws Exception {
        Actor lead = data.investigator();
        long caseId = data.kase(data.admin(), lead.id(), new BigDecimal("5000.00"));
        data.expense(lead, caseId, "Surveillance van", "4250.00", Visibility.INTERNAL);
        String ask = "/app/cases/" + caseId + "/approvals?title=More+budget&amp;amount=1000";

        mvc.perform(get("/app/cases/{id}", caseId).with(data.signedIn(lead)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"budget-warning\"")))
                .andExpect(content().string(containsString("85% of the authorised budget is spent")))
                .andExpect(content().string(containsString("alert at <span>80%</span>")))
                .andExpect(content().string(containsString("href=\"" + ask + "\"")));

        mvc.perform(get("/app/cases/{id}/approvals", caseId).param("title", "More budget").param("amount", "1000")
                        .with(data.signedIn(lead)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"More budget\"")))
                .andExpect(content().string(containsString("value=\"1000\"")));
    }

    @Test
    void noWarningBelowTheThresholdsNorOnAClosedCase() throws Exception {
        Actor admin = data.admin();
        long calm = data.kase(admin, null, new BigDecimal("5000.00"));
        data.expense(admin, calm, "Database search", "3950.00", Visibility.INTERNAL);
        long closed = data.kase(admin, null, new BigDecimal("1000.00"));
        data.expense(admin, closed, "Travel", "1200.00", Visibility.INTERNAL);
        cases.changeStatus(admin, closed, CaseStatus.CLOSED, null);

        for (long caseId : List.of(calm, closed)) {
            mvc.perform(get("/app/cases/{id}", caseId).with(data.signedIn(admin)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("budget-warning"))));
        }
    }
}
