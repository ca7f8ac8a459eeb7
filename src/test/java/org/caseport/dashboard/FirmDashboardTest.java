package org.caseport.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import org.caseport.dashboard.FirmDashboard.BudgetRow;
import org.caseport.dashboard.FirmDashboard.Count;
import org.caseport.dashboard.FirmDashboard.UnsharedReport;
import org.caseport.dashboard.FirmDashboard.WaitingThread;
import org.caseport.identity.Actor;
import org.caseport.messages.CaseMessages;
import org.caseport.shared.Visibility;
import org.caseport.support.IntegrationTest;
import org.caseport.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The firm dashboard counts and lists what the staff member may see: an investigator's board holds
 * their cases only; the charts are SVG drawn on the server, with their figures in a table too.
 */
class FirmDashboardTest extends IntegrationTest {

    @Autowired
    DashboardQueries dashboards;
    @Autowired
    CaseMessages messages;

    private Actor admin;
    private Actor lead;
    private long clientId;
    private long nearlySpent;
    private long othersCase;
    private Actor contact;

    @BeforeEach
    void anInvestigatorWithACaseNearItsBudgetAndAnotherInvestigatorsCase() {
        admin = data.admin();
        lead = data.investigator();
        clientId = data.client(admin);
        nearlySpent = data.kaseFor(admin, clientId, lead.id(), new BigDecimal("1000.00"), null);
        data.timeSlip(lead, nearlySpent, "9", "100", true);
        othersCase = data.kase(admin, data.investigator().id(), new BigDecimal("100.00"));
        data.timeSlip(admin, othersCase, "2", "100", true);
        contact = data.contact(clientId);
        data.grantAllCases(contact);
        messages.send(contact, nearlySpent, null, "Any news?");
        data.document(lead, nearlySpent, TestData.unique("Draft report"), Visibility.INTERNAL);
    }

    @Test
    void anInvestigatorSeesTheirOwnCasesOnly() {
        FirmDashboard board = dashboards.forStaff(lead);

        assertThat(board.byStatus()).extracting(Count::count).containsExactly(1L);
        assertThat(board.byInvestigator()).containsExactly(new Count(lead.displayName(), 1));
        assertThat(board.budgetWatch()).extracting(BudgetRow::caseId).containsExactly(nearlySpent);
        assertThat(board.budgetWatch().get(0).percent()).isEqualTo(90);
        assertThat(board.threads()).extracting(WaitingThread::caseId).containsExactly(nearlySpent);
        assertThat(board.reports()).extracting(UnsharedReport::caseId).containsExactly(nearlySpent);
    }

    @Test
    void anAdminSeesTheWholeFirmAndContactsWhoNeverSignedIn() {
        FirmDashboard board = dashboards.forStaff(admin);
        FirmDashboard leads = dashboards.forStaff(lead);

        long firmCases = board.byStatus().stream().mapToLong(Count::count).sum();
        assertThat(firmCases).isGreaterThan(leads.byStatus().stream().mapToLong(Count::count).sum());
        assertThat(board.byInvestigator()).hasSizeLessThanOrEqualTo(12);
        assertThat(board.waitingMessages()).isGreaterThanOrEqualTo(leads.waitingMessages()).isPositive();
        assertThat(board.unsharedReports()).isGreaterThanOrEqualTo(leads.unsharedReports()).isPositive();
        assertThat(board.budgetWatch()).hasSizeLessThanOrEqualTo(8).isNotEmpty();
        assertThat(board.silentContacts()).isPositive().isGreaterThanOrEqualTo(board.contacts().size());
        assertThat(leads.silentContacts()).isEqualTo(board.silentContacts());
    }

    @Test
    void theChartsAreServerDrawnSvgWithATableOfTheSameFigures() throws Exception {
        String page = mvc.perform(get("/app/dashboard").with(data.signedIn(lead))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        String statusChart = page.substring(page.indexOf("id=\"status-chart\""), page.indexOf("</figure>",
                page.indexOf("id=\"status-chart\"")));
        assertThat(statusChart).contains("<svg", "<rect").contains("<td>1</td>");
        assertThat(page).contains("id=\"budget-watch-" + nearlySpent + "\"").contains("90%")
                .doesNotContain("id=\"budget-watch-" + othersCase + "\"");
        assertThat(page).doesNotContain("<script>");
    }

    @Test
    void anInvestigatorWithNoOpenCasesSeesTheEmptyStatesAndNoChart() throws Exception {
        String page = mvc.perform(get("/app/dashboard").with(data.signedIn(data.investigator())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("No open cases.").doesNotContain("id=\"status-chart\"", "id=\"investigator-chart\"");
    }
}
