package org.caseport.staff.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import org.caseport.identity.Actor;
import org.caseport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Investigators work only the cases assigned to them; anything else answers 404, as if missing. */
class CaseAccessWebTest extends IntegrationTest {

    private Actor admin;
    private Actor lead;
    private Actor outsider;
    private long caseId;
    private long slipId;

    @BeforeEach
    void aCaseLedByOneInvestigator() {
        admin = data.admin();
        lead = data.investigator();
        outsider = data.investigator();
        caseId = data.kase(admin, lead.id(), new BigDecimal("1000"));
        slipId = data.timeSlip(lead, caseId, "1", "80", true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/edit", "/notes", "/expenses", "/ledger", "/notes/{slip}/edit"})
    void investigatorCannotOpenAnyPageOfACaseNotAssignedToThem(String page) throws Exception {
        String url = "/app/cases/" + caseId + page.replace("{slip}", String.valueOf(slipId));
        mvc.perform(get(url).with(data.signedIn(outsider))).andExpect(status().isNotFound());
        mvc.perform(get(url).with(data.signedIn(lead))).andExpect(status().isOk());
        mvc.perform(get(url).with(data.signedIn(admin))).andExpect(status().isOk());
    }

    @Test
    void investigatorCannotChangeACaseNotAssignedToThem() throws Exception {
        for (MockHttpServletRequestBuilder change : changesTo(caseId)) {
            mvc.perform(change.with(data.signedIn(outsider)).with(csrf())).andExpect(status().isNotFound());
        }
        assertThat(data.count("time_slips", caseId)).isEqualTo(1);
        assertThat(data.count("expenses", caseId)).isZero();
        assertThat(data.count("ledger_entries", caseId)).isEqualTo(1);
        mvc.perform(get("/app/cases/" + caseId + "/edit").with(data.signedIn(admin)))
                .andExpect(content().string(not(containsString("Renamed"))));
    }

    @Test
    void adminCanChangeAnyCase() throws Exception {
        for (MockHttpServletRequestBuilder change : changesTo(caseId)) {
            mvc.perform(change.with(data.signedIn(admin)).with(csrf())).andExpect(status().is3xxRedirection());
        }
        assertThat(data.count("time_slips", caseId)).isEqualTo(3);
        assertThat(data.count("expenses", caseId)).isEqualTo(1);
        assertThat(data.count("ledger_entries", caseId)).isEqualTo(2);
    }

    @Test
    void leadInvestigatorCanWorkTheirCase() throws Exception {
        mvc.perform(post("/app/cases/" + caseId + "/notes").with(data.signedIn(lead)).with(csrf())
                        .param("workDate", "2026-11-20").param("staffId", String.valueOf(lead.id()))
                        .param("hours", "2").param("rate", "80").param("billable", "true").param("body", "Surveillance"))
                .andExpect(status().is3xxRedirection());
        assertThat(data.count("time_slips", caseId)).isEqualTo(2);
    }

    @Test
    void timeSlipOfAnotherCaseIsNotFoundUnderThisCase() throws Exception {
        long otherCase = data.kase(admin, lead.id(), BigDecimal.ZERO);
        long otherSlip = data.timeSlip(lead, otherCase, "1", "80", true);
        mvc.perform(get("/app/cases/" + caseId + "/notes/" + otherSlip + "/edit").with(data.signedIn(lead)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/app/cases/" + caseId + "/notes/" + otherSlip + "/visibility").param("visibility", "CLIENT")
                .with(data.signedIn(lead)).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void unknownAndMalformedCaseIdsAnswerNotFound() throws Exception {
        mvc.perform(get("/app/cases/987654321").with(data.signedIn(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/app/cases/not-a-number").with(data.signedIn(admin))).andExpect(status().isNotFound());
    }

    @Test
    void stateChangesWithoutCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/app/cases/" + caseId + "/status").param("status", "ACTIVE").with(data.signedIn(admin)))
                .andExpect(status().isForbidden());
    }

    private List<MockHttpServletRequestBuilder> changesTo(long id) {
        String base = "/app/cases/" + id;
        return List.of(
                post(base + "/notes").param("workDate", "2026-11-20").param("staffId", String.valueOf(admin.id()))
                        .param("hours", "1").param("rate", "50").param("billable", "true").param("body", "x"),
                post(base + "/expenses").param("spentOn", "2026-11-20").param("category", "Mileage")
                        .param("amount", "12.50").param("description", "Drive").param("billable", "true"),
                post(base + "/ledger").param("kind", "RETAINER_PAYMENT").param("amount", "100")
                        .param("entryDate", "2026-11-20"),
                post(base + "/status").param("status", "ACTIVE"),
                post(base + "/notes/" + slipId + "/visibility").param("visibility", "CLIENT"),
                post(base).param("title", "Renamed").param("clientId", "1").param("caseType", "Surveillance"));
    }
}
