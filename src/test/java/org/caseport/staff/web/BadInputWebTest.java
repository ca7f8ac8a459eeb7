package org.caseport.staff.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.caseport.identity.Actor;
import org.caseport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Bad input re-renders the form with errors on the fields at fault, and nothing is saved. */
class BadInputWebTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private Actor admin;
    private long caseId;

    @BeforeEach
    void aCase() {
        admin = data.admin();
        caseId = data.kase(admin, null, new BigDecimal("500"));
    }

    @Test
    void negativeHoursAndRatesAreRefused() throws Exception {
        mvc.perform(post("/app/cases/" + caseId + "/notes").with(data.signedIn(admin)).with(csrf())
                        .param("workDate", "2026-11-20").param("staffId", String.valueOf(admin.id()))
                        .param("hours", "-1").param("rate", "-5").param("billable", "true").param("body", "Work"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("timeSlipForm", "hours", "rate"));
        assertThat(data.count("time_slips", caseId)).isZero();
    }

    @Test
    void textWhereANumberBelongsIsAFieldErrorNotACrash() throws Exception {
        mvc.perform(post("/app/cases/" + caseId + "/notes").with(data.signedIn(admin)).with(csrf())
                        .param("workDate", "2026-11-20").param("staffId", String.valueOf(admin.id()))
                        .param("hours", "two").param("rate", "90").param("body", "Work"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("timeSlipForm", "hours"));
        assertThat(data.count("time_slips", caseId)).isZero();
    }

    @Test
    void emptyNoteIsRefused() throws Exception {
        mvc.perform(post("/app/cases/" + caseId + "/notes").with(data.signedIn(admin)).with(csrf())
                        .param("workDate", "2026-11-20").param("staffId", String.valueOf(admin.id()))
                        .param("hours", "1").param("rate", "90").param("body", "  "))
                .andExpect(model().attributeHasFieldErrors("timeSlipForm", "body"));
        assertThat(data.count("time_slips", caseId)).isZero();
    }

    @Test
    void negativeExpenseIsRefused() throws Exception {
        mvc.perform(post("/app/cases/" + caseId + "/expenses").with(data.signedIn(admin)).with(csrf())
                        .param("spentOn", "2026-11-20").param("category", "Mileage").param("amount", "-3.00")
                        .param("description", "Drive"))
                .andExpect(model().attributeHasFieldErrors("expenseForm", "amount"));
        assertThat(data.count("expenses", caseId)).isZero();
    }

    @Test
    void paymentsAndBudgetIncreasesMustBePositive() throws Exception {
        for (String amount : new String[] {"0", "-100", "12.345"}) {
            mvc.perform(post("/app/cases/" + caseId + "/ledger").with(data.signedIn(admin)).with(csrf())
                            .param("kind", "BUDGET_INCREASE").param("amount", amount).param("entryDate", "2026-11-20"))
                    .andExpect(model().attributeHasFieldErrors("ledgerEntryForm", "amount"));
        }
        assertThat(data.count("ledger_entries", caseId)).isEqualTo(1);
    }

    @Test
    void caseNeedsATitleAClientAndANonNegativeBudget() throws Exception {
        long before = countCases();
        mvc.perform(post("/app/cases").with(data.signedIn(admin)).with(csrf())
                        .param("title", "").param("caseType", "Surveillance").param("budgetAuthorised", "-1"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("caseForm", "title", "clientId", "budgetAuthorised"));
        assertThat(countCases()).isEqualTo(before);
    }

    @Test
    void caseCannotBeOpenedInTheFuture() throws Exception {
        long before = countCases();
        mvc.perform(post("/app/cases").with(data.signedIn(admin)).with(csrf()).param("title", "Tomorrow")
                        .param("clientId", String.valueOf(data.client(admin))).param("caseType", "Surveillance")
                        .param("openedOn", LocalDate.now().plusDays(2).toString()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("caseForm", "openedOn"));
        assertThat(countCases()).isEqualTo(before);
    }

    @Test
    void caseForAClientThatDoesNotExistIsRefused() throws Exception {
        long before = countCases();
        mvc.perform(post("/app/cases").with(data.signedIn(admin)).with(csrf())
                        .param("title", "Ghost").param("clientId", "987654321").param("caseType", "Surveillance"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("caseForm", "clientId"));
        assertThat(countCases()).isEqualTo(before);
    }

    @Test
    void timeSlipForSomeoneWhoIsNotStaffIsRefused() throws Exception {
        mvc.perform(post("/app/cases/" + caseId + "/notes").with(data.signedIn(admin)).with(csrf())
                        .param("workDate", "2026-11-20").param("staffId", "987654321")
                        .param("hours", "1").param("rate", "90").param("body", "Work"))
                .andExpect(model().attributeHasFieldErrors("timeSlipForm", "staffId"));
        assertThat(data.count("time_slips", caseId)).isZero();
    }

    private long countCases() {
        return jdbc.sql("select count(*) from cases").query(Long.class).single();
    }
}
