package org.caseport.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caseport.access.PortalListColumn;
import org.caseport.access.PortalListDetails;
import org.caseport.access.PortalListPreset;
import org.caseport.access.PortalListService;
import org.caseport.access.PortalProfileDetails;
import org.caseport.access.PortalProfileQueries;
import org.caseport.access.PortalProfileService;
import org.caseport.access.PortalProfileView;
import org.caseport.access.PortalSection;
import org.caseport.cases.CaseDetails;
import org.caseport.cases.CaseService;
import org.caseport.cases.CaseStatus;
import org.caseport.identity.Actor;
import org.caseport.shared.Visibility;
import org.caseport.subjects.SubjectDetails;
import org.caseport.subjects.SubjectKind;
import org.caseport.support.IntegrationTest;
import org.caseport.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * "Your cases" in the portal: the lists a contact's profiles give them, each holding only their
 * cases that profile applies to, with the columns the profile shows; and their search, by status,
 * text and opening dates, page by page in SQL.
 */
class PortalCaseListsTest extends IntegrationTest {

    private static final Pattern ROW = Pattern.compile("id=\"portal-list-case-(\\d+)\"");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    CaseService cases;
    @Autowired
    PortalListService lists;
    @Autowired
    PortalProfileService profiles;
    @Autowired
    PortalProfileQueries profileQueries;
    @Autowired
    PortalCaseLists caseLists;

    private Actor admin;
    private long clientId;
    private Actor contact;
    private long everything;

    @BeforeEach
    void aContactGrantedAllOfTheirClientsCases() {
        admin = data.admin();
        clientId = data.client(admin);
        contact = data.contact(clientId);
        data.grantAllCases(contact);
        everything = data.portalProfile("Lists everything", EnumSet.allOf(PortalSection.class), Set.of());
    }

    @Test
    void aProfileWithoutListsGivesTheBuiltInAllCasesOverEveryGrantedCase() throws Exception {
        data.useProfile(contact, everything);
        long first = kase("First", LocalDate.now());
        long second = kase("Second", LocalDate.now());
        data.kase(admin, null, BigDecimal.TEN);

        String page = page(get("/portal/cases"));

        assertThat(page).contains("id=\"portal-list-0\"", ">All cases<");
        assertThat(rows(page)).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void aListHoldsOnlyTheCasesItsProfileAppliesToAndTheBuiltInOneTheOthers() throws Exception {
        long budgetProfile = data.portalProfile("Lists budget", Set.of(PortalSection.OVERVIEW, PortalSection.BUDGET),
                Set.of());
        long byCaseProfile = kase("Under the budget profile", LocalDate.now());
        cases.choosePortalProfile(admin, byCaseProfile, budgetProfile);
        long byClientDefault = kase("Under the firm default", LocalDate.now());
        long listId = list(budgetProfile, "Budgets", PortalListPreset.ALL, PortalListColumn.BUDGET_AUTHORISED);

        String budgets = page(get("/portal/cases").param("list", String.valueOf(listId)));
        String others = page(get("/portal/cases").param("list", "0"));

        assertThat(rows(budgets)).containsExactly(byCaseProfile);
        assertThat(budgets).contains(">Budgets<", ">Other cases<", "Budget authorised");
        assertThat(rows(others)).containsExactly(byClientDefault);
        assertThat(rows(page(get("/portal/cases")))).as("the first list offered").containsExactly(byCaseProfile);
    }

    @Test
    void presetsHoldOpenCasesCasesClosedThisYearAndCasesAtEightyPercentOfTheirBudget() throws Exception {
        data.useProfile(contact, everything);
        long open = kase("Open", LocalDate.now());
        long closedNow = kase("Closed now", LocalDate.now());
        cases.changeStatus(admin, closedNow, CaseStatus.CLOSED, "Done");
        long closedLastYear = kase("Closed last year", LocalDate.now().minusYears(2));
        cases.changeStatus(admin, closedLastYear, CaseStatus.CLOSED, "Done");
        jdbc.sql("update cases set closed_on = :day where id = :id").param("day", LocalDate.now().minusYears(1))
                .param("id", closedLastYear).update();
        long nearlySpent = budgeted("Nearly spent", "100", "80.00");
        long barelyStarted = budgeted("Barely started", "100", "79.00");

        assertThat(rows(page(list(everything, "Open", PortalListPreset.OPEN))))
                .contains(open, nearlySpent, barelyStarted).doesNotContain(closedNow, closedLastYear);
        assertThat(rows(page(list(everything, "Closed", PortalListPreset.CLOSED_THIS_YEAR))))
                .containsExactly(closedNow);
        assertThat(rows(page(list(everything, "Spent", PortalListPreset.BUDGET_80_PERCENT_USED))))
                .containsExactly(nearlySpent);
    }

    @Test
    void aListShowsItsChosenColumnsAndNoOthers() throws Exception {
        data.useProfile(contact, everything);
        long kase = budgeted("Columns", "1000", "250.00");
        long listId = list(everything, "Money", PortalListPreset.ALL, PortalListColumn.SPENT,
                PortalListColumn.BUDGET_USED);

        String page = page(list(listId));

        assertThat(rows(page)).containsExactly(kase);
        assertThat(page).contains(">Spent<", ">% of budget used<", ">250.00<", ">25%<")
                .doesNotContain("Budget authorised", ">1,000.00<", "Last shared update", ">Investigator<");
    }

    /**
     * A profile that stops showing the budget stops offering its over-budget list, and a list's budget
     * columns neither render nor are read: the row carries no figure.
     */
    @Test
    void aProfileThatStopsShowingTheBudgetDropsItsColumnsAndItsOverBudgetList() throws Exception {
        long profileId = data.portalProfile("Lists dropping budget", Set.of(PortalSection.OVERVIEW,
                PortalSection.BUDGET), Set.of());
        data.useProfile(contact, profileId);
        long kase = budgeted("Dropped", "100", "90.00");
        long money = list(profileId, "Money", PortalListPreset.ALL, PortalListColumn.STATUS, PortalListColumn.SPENT);
        long overBudget = list(profileId, "Over budget", PortalListPreset.BUDGET_80_PERCENT_USED);
        assertThat(page(list(money))).contains(">90.00<");

        PortalProfileView before = profileQueries.get(profileId);
        profiles.update(admin, profileId, new PortalProfileDetails(before.name(), null, Set.of(PortalSection.OVERVIEW),
                Set.of(), Set.of()));

        String page = page(list(money));
        assertThat(rows(page)).containsExactly(kase);
        assertThat(page).doesNotContain(">Spent<", ">90.00<", "Over budget");
        mvc.perform(list(overBudget).with(data.signedIn(contact))).andExpect(status().isNotFound());
        PortalCaseRow row = caseLists.search(contact, new PortalCaseSearch(money, null, null, null, null), 0, 25)
                .cases().items().get(0);
        assertThat(row.spent()).isNull();
        assertThat(row.budgetAuthorised()).isNull();
        assertThat(row.status()).isEqualTo("OPEN");
    }

    @Test
    void aListOfAnotherProfileAnswersNotFound() throws Exception {
        data.useProfile(contact, everything);
        kase("Mine", LocalDate.now());
        long elsewhere = data.portalProfile("Lists of others", Set.of(PortalSection.OVERVIEW), Set.of());
        long notMine = list(elsewhere, "Not mine", PortalListPreset.ALL);

        mvc.perform(list(notMine).with(data.signedIn(contact))).andExpect(status().isNotFound());
        mvc.perform(get("/portal/cases").param("list", "987654321").with(data.signedIn(contact)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theTextSearchMatchesNumberTitleAndSharedSubjectsOnly() throws Exception {
        data.useProfile(contact, everything);
        String word = TestData.unique("Harbour");
        long byTitle = kase(word + " warehouse", LocalDate.now());
        long bySubject = kase("Quiet case", LocalDate.now());
        data.subject(admin, bySubject, new SubjectDetails(SubjectKind.PERSON, "Someone", word + " alias", null, null,
                null, null, null, null, Visibility.CLIENT));
        long byInternalSubject = kase("Other quiet case", LocalDate.now());
        String internalName = TestData.unique("Hidden person");
        data.subject(admin, byInternalSubject, internalName, Visibility.INTERNAL);
        String number = jdbc.sql("select number from cases where id = :id").param("id", byInternalSubject)
                .query(String.class).single();

        assertThat(rows(page(get("/portal/cases").param("q", word)))).containsExactlyInAnyOrder(byTitle, bySubject);
        assertThat(page(get("/portal/cases").param("q", internalName))).contains("No cases match this search.")
                .doesNotContain("portal-list-case-");
        assertThat(rows(page(get("/portal/cases").param("q", number)))).containsExactly(byInternalSubject);
        assertThat(rows(page(get("/portal/cases").param("q", "%")))).as("a wildcard is a plain character").isEmpty();
        assertThat(rows(page(get("/portal/cases").param("q", "no such %_ text")))).isEmpty();
    }

    @Test
    void subjectsAreNotSearchedWhereTheProfileHidesThem() throws Exception {
        long noSubjects = data.portalProfile("Lists without subjects", Set.of(PortalSection.OVERVIEW), Set.of());
        data.useProfile(contact, noSubjects);
        long kase = kase("Plain", LocalDate.now());
        String name = TestData.unique("Shared person");
        data.subject(admin, kase, name, Visibility.CLIENT);

        assertThat(page(get("/portal/cases").param("q", name))).contains("No cases match this search.");
        assertThat(page(get("/portal/cases"))).contains("placeholder=\"Number or title\"");
    }

    @Test
    void theStatusAndOpeningDatesNarrowTheList() throws Exception {
        data.useProfile(contact, everything);
        long march = kase("March", LocalDate.of(2025, 3, 10));
        long may = kase("May", LocalDate.of(2025, 5, 20));
        cases.changeStatus(admin, may, CaseStatus.ON_HOLD, "Waiting");

        assertThat(rows(page(get("/portal/cases").param("from", "2025-03-01").param("to", "2025-04-30"))))
                .containsExactly(march);
        assertThat(rows(page(get("/portal/cases").param("from", "2025-05-20")))).containsExactly(may);
        assertThat(rows(page(get("/portal/cases").param("status", "ON_HOLD")))).containsExactly(may);
        assertThat(rows(page(get("/portal/cases").param("status", "ON_HOLD").param("to", "2025-04-30")))).isEmpty();
    }

    @Test
    void aRangeEndingBeforeItStartsOrAnUnreadableDateIsExplainedAndNotRun() throws Exception {
        data.useProfile(contact, everything);
        kase("Any", LocalDate.now());

        String backwards = page(get("/portal/cases").param("from", "2025-05-01").param("to", "2025-04-01"));
        String unreadable = page(get("/portal/cases").param("from", "the fifth"));

        assertThat(backwards).contains("The end of the range must not be before its start.", "id=\"search-not-run\"")
                .doesNotContain("portal-list-case-");
        assertThat(unreadable).contains("Enter a date.", "id=\"search-not-run\"");
    }

    @Test
    void datesAreNeitherShownNorSearchedWhereTheProfileHidesTheOverview() throws Exception {
        long noOverview = data.portalProfile("Lists without overview", Set.of(PortalSection.NOTES), Set.of());
        data.useProfile(contact, noOverview);
        kase("Undated", LocalDate.of(2025, 3, 10));

        String page = page(get("/portal/cases"));
        assertThat(page).doesNotContain("id=\"from\"", "Opened on", "10 Mar 2025");
        assertThat(rows(page(get("/portal/cases").param("from", "2025-01-01")))).isEmpty();
    }

    @Test
    void pagesAreCutInSqlAndTheirLinksKeepTheSearch() throws Exception {
        data.useProfile(contact, everything);
        String word = TestData.unique("Paged");
        Set<Long> all = new LinkedHashSet<>();
        for (int i = 0; i < 27; i++) {
            all.add(kase(word + " " + i, LocalDate.now()));
        }

        String first = page(get("/portal/cases?q=" + word));
        String second = page(get("/portal/cases?q=" + word + "&page=1"));

        assertThat(rows(first)).hasSize(25);
        assertThat(rows(second)).hasSize(2);
        assertThat(first).contains("27 in all", "href=\"/portal/cases?q=" + word + "&amp;page=1\"");
        Set<Long> seen = new LinkedHashSet<>(rows(first));
        seen.addAll(rows(second));
        assertThat(seen).isEqualTo(all);
    }

    @Test
    void aContactWithoutGrantsSeesAnEmptyState() throws Exception {
        Actor nobody = data.contact(clientId);

        String page = mvc.perform(get("/portal/cases").with(data.signedIn(nobody))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("No cases are shared with you yet.").doesNotContain("portal-list-case-");
    }

    private long kase(String title, LocalDate openedOn) {
        return cases.open(admin, new CaseDetails(TestData.unique(title), clientId, "Surveillance", null, null,
                Set.of()), BigDecimal.ZERO, openedOn);
    }

    /** A case of the client with the budget authorised and a billable expense spending {@code spent}. */
    private long budgeted(String title, String budget, String spent) {
        long kase = cases.open(admin, new CaseDetails(TestData.unique(title), clientId, "Surveillance", null, null,
                Set.of()), new BigDecimal(budget));
        data.expense(admin, kase, "Spending", spent, Visibility.INTERNAL);
        return kase;
    }

    private long list(long profileId, String name, PortalListPreset preset, PortalListColumn... columns) {
        return lists.add(admin, profileId, new PortalListDetails(name, preset, Set.of(columns)));
    }

    private static MockHttpServletRequestBuilder list(long listId) {
        return get("/portal/cases").param("list", String.valueOf(listId));
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(data.signedIn(contact))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private String page(long listId) throws Exception {
        return page(list(listId));
    }

    private static List<Long> rows(String page) {
        Matcher matcher = ROW.matcher(page);
        List<Long> ids = new ArrayList<>();
        while (matcher.find()) {
            ids.add(Long.parseLong(matcher.group(1)));
        }
        return ids;
    }
}
