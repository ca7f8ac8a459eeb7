package org.caseport.staff.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.caseport.billing.BillingService;
import org.caseport.billing.ExpenseDetails;
import org.caseport.identity.Actor;
import org.caseport.shared.Visibility;
import org.caseport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Notes and expenses start internal; staff share them (after a confirmation) and can take them back. */
class SharingWebTest extends IntegrationTest {

    @Autowired
    BillingService billingService;
    @Autowired
    JdbcClient jdbc;

    @Test
    void noteIsInternalUntilSharedAndCanBeMadeInternalAgain() throws Exception {
        Actor admin = data.admin();
        long caseId = data.kase(admin, null, BigDecimal.ZERO);
        long slipId = data.timeSlip(admin, caseId, "1", "50", true);
        String notes = "/app/cases/" + caseId + "/notes";

        mvc.perform(get(notes).with(data.signedIn(admin)))
                .andExpect(content().string(containsString("data-confirm=\"Share this note with the client?\"")));
        assertThat(visibilityOf("time_slips", slipId)).isEqualTo("INTERNAL");

        mvc.perform(post(notes + "/" + slipId + "/visibility").param("visibility", "CLIENT")
                .with(data.signedIn(admin)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(visibilityOf("time_slips", slipId)).isEqualTo("CLIENT");
        mvc.perform(get(notes).with(data.signedIn(admin)))
                .andExpect(content().string(containsString("Shared with client")))
                .andExpect(content().string(containsString("Make internal")));

        mvc.perform(post(notes + "/" + slipId + "/visibility").param("visibility", "INTERNAL")
                .with(data.signedIn(admin)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(visibilityOf("time_slips", slipId)).isEqualTo("INTERNAL");
    }

    @Test
    void expenseIsInternalUntilShared() throws Exception {
        Actor admin = data.admin();
        long caseId = data.kase(admin, null, BigDecimal.ZERO);
        long expenseId = billingService.recordExpense(admin, caseId, new ExpenseDetails(LocalDate.now(), "Mileage",
                new BigDecimal("18.40"), "Drive to site", true, Visibility.INTERNAL));
        String expenses = "/app/cases/" + caseId + "/expenses";

        mvc.perform(get(expenses).with(data.signedIn(admin)))
                .andExpect(content().string(containsString("data-confirm=\"Share this expense with the client?\"")))
                .andExpect(content().string(containsString("18.40")));
        mvc.perform(post(expenses + "/" + expenseId + "/visibility").param("visibility", "CLIENT")
                .with(data.signedIn(admin)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(visibilityOf("expenses", expenseId)).isEqualTo("CLIENT");
    }

    private String visibilityOf(String table, long id) {
        return jdbc.sql("select visibility from " + table + " where id = :id").param("id", id)
                .query(String.class).single();
    }
}
