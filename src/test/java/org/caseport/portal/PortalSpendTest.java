package org.caseport.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.caseport.access.PortalSection;
import org.caseport.billing.BillingService;
import org.caseport.billing.ExpenseDetails;
import org.caseport.cases.CaseService;
import org.caseport.clients.ClientService;
import org.caseport.identity.Actor;
import org.caseport.portal.PortalSpend.Month;
import org.caseport.shared.Visibility;
import org.caseport.support.IntegrationTest;
import org.caseport.timeslips.TimeSlipDetails;
import org.caseport.timeslips.TimeSlipService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Spend over time on the contact's dashboard: per month over the last twelve, counted as the budget
 * bar counts spent (billable time at hours × rate rounded by slip, plus billable expenses), across
 * the granted cases whose profile shows the budget only; drawn as SVG with a table of the same figures.
 */
class PortalSpendTest extends IntegrationTest {

    @Autowired
    PortalDashboardQueries dashboards;
    @Autowired
    PortalQueries portal;
    @Autowired
    TimeSlipService timeSlips;
    @Autowired
    BillingService billing;
    @Autowired
    CaseService cases;

    private final LocalDate thisMonth = LocalDate.now().withDayOfMonth(1);
    private Actor admin;
    private long clientId;
    private long showsBudget;
    private long hidesBudget;

    @BeforeEach
    void aClientWithACaseShowingItsBudgetAndOneHidingIt() {
        admin = data.admin();
        clientId = data.client(admin);
        showsBudget = data.kaseFor(admin, clientId, admin.id(), new BigDecimal("5000.00"), null);
        hidesBudget = data.kaseFor(admin, clientId, admin.id(), new BigDecimal("5000.00"), null);
        cases.choosePortalProfile(admin, showsBudget, data.portalProfile("Budget",
                EnumSet.of(PortalSection.OVERVIEW, PortalSection.BUDGET), Set.of()));
        cases.choosePortalProfile(admin, hidesBudget, data.portalProfile("No budget",
                EnumSet.of(PortalSection.OVERVIEW, PortalSection.NOTES), Set.of()));
    }

    @Test
    void eachMonthCountsBillableTimeRoundedBySlipAndBillableExpensesOfCasesShowingTheBudgetOnly() {
        LocalDate today = LocalDate.now();
        for (int i = 0; i < 3; i++) {
            slip(showsBudget, today, "0.10", "0.05", true); // 0.005 each: 0.01 by slip, 0.02 if summed first
        }
        slip(showsBudget, today, "5", "100", false);
        expense(showsBudget, today, "10.00", true);
        expense(showsBudget, today, "99.00", false);
        slip(showsBudget, thisMonth.minusMonths(2).plusDays(3), "2", "50", true);
        slip(showsBudget, thisMonth.minusMonths(12), "7", "10", true);
        slip(hidesBudget, today, "1", "1000", true);
        long otherClientsCase = data.kase(admin, admin.id(), new BigDecimal("900.00"));
        slip(otherClientsCase, today, "1", "777", true);
        Actor contact = data.contact(clientId);
        data.grantAllCases(contact);

        PortalSpend spend = dashboards.spendOverTime(contact);

        assertThat(spend.shown()).isTrue();
        assertThat(spend.months()).hasSize(12);
        assertThat(spend.months().get(0).firstDay()).isEqualTo(thisMonth.minusMonths(11));
        assertThat(spend.months().get(11).firstDay()).isEqualTo(thisMonth);
        assertThat(spend.months().get(11).spent()).isEqualByComparingTo("10.03");
        assertThat(spend.months().get(9).spent()).isEqualByComparingTo("100.00");
        assertThat(spend.months()).filteredOn(month -> month.spent().signum() != 0).hasSize(2);
    }

    @Test
    void theMonthsAddUpToWhatTheBudgetBarShowsAsSpent() {
        slip(showsBudget, LocalDate.now(), "1.33", "33.33", true);
        slip(showsBudget, thisMonth.minusMonths(5), "0.25", "81.10", true);
        expense(showsBudget, thisMonth.minusMonths(11), "12.34", true);
        Actor contact = data.contact(clientId);
        data.grantCase(contact, showsBudget);

        BigDecimal months = dashboards.spendOverTime(contact).months().stream().map(Month::spent)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal budgetBar = portal.dashboard(contact, 0, 10).items().get(0).spent();

        assertThat(months).isEqualByComparingTo(budgetBar).isEqualByComparingTo("76.95");
    }

    @Test
    void theChartIsServerDrawnSvgWithATableOfTheSameFigures() throws Exception {
        slip(showsBudget, LocalDate.now(), "3", "400.5", true);
        Actor contact = data.contact(clientId);
        data.grantAllCases(contact);

        String page = dashboard(contact);
        String chart = page.substring(page.indexOf("id=\"spend-chart\""), page.indexOf("</figure>",
                page.indexOf("id=\"spend-chart\"")));

        assertThat(chart).contains("<svg", "role=\"img\"", "<rect").contains("<details");
        assertThat(chart.split("<rect", -1)).hasSize(13);
        String thisMonthLabel = new Month(thisMonth, BigDecimal.ZERO).label();
        assertThat(chart).contains("<td>" + thisMonthLabel + "</td>", ">1,201.50</td>", ">0.00</td>");
        assertThat(chart).contains(">1,201.50</text>");
        assertThat(page).doesNotContain("<script>");
    }

    @Test
    void nothingSpentShowsAnEmptyStateInsteadOfAChart() throws Exception {
        slip(showsBudget, LocalDate.now(), "2", "80", false);
        Actor contact = data.contact(clientId);
        data.grantAllCases(contact);

        String page = dashboard(contact);

        assertThat(page).contains("id=\"spend-over-time\"", "id=\"no-spend\"").doesNotContain("id=\"spend-chart\"");
    }

    @Test
    void noGrantedCaseShowingTheBudgetHidesSpendOverTimeEntirely() throws Exception {
        slip(hidesBudget, LocalDate.now(), "2", "80", true);
        slip(showsBudget, LocalDate.now(), "2", "80", true);
        Actor contact = data.contact(clientId);
        data.grantCase(contact, hidesBudget);

        assertThat(dashboards.spendOverTime(contact).shown()).isFalse();
        assertThat(dashboard(contact)).doesNotContain("id=\"spend-over-time\"").doesNotContain("id=\"spend-chart\"")
                .doesNotContain("160.00");
    }

    /**
     * A client whose cases have no profile of their own: a contact granted all of them sees the
     * budget on every case or on none, and the totals skip asking case by case
     * ({@code AccessPolicy.portalShowsSectionOnEveryCase}); the figures must not change.
     */
    @Nested
    class WhenOneProfileAppliesToEveryCase {

        @Autowired
        ClientService clients;

        private long uniformClient;
        private long first;
        private long second;

        @BeforeEach
        void aClientWhoseCasesHaveNoProfileOfTheirOwn() {
            uniformClient = data.client(admin);
            first = data.kaseFor(admin, uniformClient, admin.id(), new BigDecimal("5000.00"), null);
            second = data.kaseFor(admin, uniformClient, admin.id(), new BigDecimal("5000.00"), null);
            slip(first, LocalDate.now(), "1", "100", true);
            slip(second, LocalDate.now(), "2", "100", true);
            slip(showsBudget, LocalDate.now(), "1", "999", true); // another client's
        }

        @Test
        void theClientsProfileShowingTheBudgetCountsEveryCaseOfTheClient() {
            clients.choosePortalProfile(admin, uniformClient, data.portalProfile("Client budget",
                    EnumSet.of(PortalSection.OVERVIEW, PortalSection.BUDGET), Set.of()));
            Actor contact = data.contact(uniformClient);
            data.grantAllCases(contact);

            PortalSpend spend = dashboards.spendOverTime(contact);

            assertThat(spend.shown()).isTrue();
            assertThat(spend.months().get(11).spent()).isEqualByComparingTo("300.00");
        }

        @Test
        void theClientsProfileHidingTheBudgetHidesSpendOverTime() {
            clients.choosePortalProfile(admin, uniformClient, data.portalProfile("Client no budget",
                    EnumSet.of(PortalSection.OVERVIEW), Set.of()));
            Actor contact = data.contact(uniformClient);
            data.grantAllCases(contact);

            assertThat(dashboards.spendOverTime(contact).shown()).isFalse();
        }

        @Test
        void theContactsOwnProfileWinsOverACasesOwn() {
            cases.choosePortalProfile(admin, second, data.portalProfile("Case no budget",
                    EnumSet.of(PortalSection.OVERVIEW), Set.of()));
            Actor contact = data.contact(uniformClient);
            data.grantAllCases(contact);
            data.useProfile(contact, data.portalProfile("Contact budget",
                    EnumSet.of(PortalSection.OVERVIEW, PortalSection.BUDGET), Set.of()));

            assertThat(dashboards.spendOverTime(contact).months().get(11).spent()).isEqualByComparingTo("300.00");
        }

        @Test
        void aCaseWithAProfileOfItsOwnIsAskedCaseByCase() {
            clients.choosePortalProfile(admin, uniformClient, data.portalProfile("Client budget 2",
                    EnumSet.of(PortalSection.OVERVIEW, PortalSection.BUDGET), Set.of()));
            cases.choosePortalProfile(admin, second, data.portalProfile("Case hides budget",
                    EnumSet.of(PortalSection.OVERVIEW), Set.of()));
            Actor contact = data.contact(uniformClient);
            data.grantAllCases(contact);

            assertThat(dashboards.spendOverTime(contact).months().get(11).spent()).isEqualByComparingTo("100.00");
        }

        @Test
        void aContactGrantedOneCaseCountsThatCaseOnly() {
            clients.choosePortalProfile(admin, uniformClient, data.portalProfile("Client budget 3",
                    EnumSet.of(PortalSection.OVERVIEW, PortalSection.BUDGET), Set.of()));
            Actor contact = data.contact(uniformClient);
            data.grantCase(contact, second);

            assertThat(dashboards.spendOverTime(contact).months().get(11).spent()).isEqualByComparingTo("200.00");
        }

        @Test
        void aRevokedGrantShowsNothing() {
            Actor contact = data.contact(uniformClient);
            data.grantAllCases(contact);
            data.revokeGrants(contact);

            assertThat(dashboards.spendOverTime(contact).shown()).isFalse();
        }
    }

    private String dashboard(Actor contact) throws Exception {
        return mvc.perform(get("/portal").with(data.signedIn(contact))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private void slip(long caseId, LocalDate on, String hours, String rate, boolean billable) {
        timeSlips.record(admin, caseId, new TimeSlipDetails(on, admin.id(), new BigDecimal(hours),
                new BigDecimal(rate), billable, "Worked", Visibility.INTERNAL));
    }

    private void expense(long caseId, LocalDate on, String amount, boolean billable) {
        billing.recordExpense(admin, caseId, new ExpenseDetails(on, "Mileage", new BigDecimal(amount), "Mileage",
                billable, Visibility.INTERNAL));
    }
}
