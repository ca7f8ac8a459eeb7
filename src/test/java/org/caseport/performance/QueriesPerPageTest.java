package org.caseport.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.caseport.access.PortalGrants;
import org.caseport.approvals.ApprovalRequests;
import org.caseport.billing.BillingService;
import org.caseport.cases.CaseService;
import org.caseport.clients.ClientService;
import org.caseport.documents.PortalDocuments;
import org.caseport.identity.Actor;
import org.caseport.messages.CaseMessages;
import org.caseport.performance.GrowingFirm.Item;
import org.caseport.renewals.Renewals;
import org.caseport.support.IntegrationTest;
import org.caseport.support.SqlStatements;
import org.caseport.tasks.CaseTasks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Every list page issues the same number of SQL statements whatever the number of items it lists:
 * no query per row. Each page is requested with {@value #FEW} items of every kind in the firm and
 * again with {@value #MANY}; the statements of each request are counted (datasource-proxy, see
 * {@link SqlStatements}) and must be equal, and the second answer must list more of the items than
 * the first, so the count is of a page that really grew. No request may issue more than
 * {@value #MOST_STATEMENTS} statements.
 *
 * <p>To cover a new list page, add one line to {@link #PAGES}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueriesPerPageTest extends IntegrationTest {

    static final int FEW = 3;
    static final int MANY = 40;
    static final int MOST_STATEMENTS = 30;

    enum Side { STAFF, PORTAL }

    /** What a page shows of the items, and so what proves it was asked about a grown firm. */
    enum Shows {
        /** A list (or a page of one): with many items it lists more of them than with few, new ones among them. */
        LIST,
        /** The few newest (a fixed number): with many items it shows one added while the firm grew. */
        NEWEST,
        /** None of them one by one (a case's head, its budget totals). */
        NO_LIST
    }

    /**
     * A page: who opens it (the main case's lead investigator, or the client's contact seeing every
     * case), its address (placeholders from {@link GrowingFirm#placeholders()}), the kind of item it
     * lists and how.
     */
    record ListPage(Side side, String address, Item lists, Shows shows) {

        @Override
        public String toString() {
            return "GET " + address + " as " + (side == Side.STAFF ? "lead investigator" : "contact");
        }
    }

    static ListPage staff(String address, Item lists) {
        return new ListPage(Side.STAFF, address, lists, Shows.LIST);
    }

    static ListPage portal(String address, Item lists) {
        return new ListPage(Side.PORTAL, address, lists, Shows.LIST);
    }

    /** Add a page here: every list page of the staff UI and of the portal. */
    static final List<ListPage> PAGES = List.of(
            staff("/app/dashboard", Item.DOCUMENT),
            staff("/app/cases", Item.CASE),
            staff("/app/cases?status=OPEN&assigneeId={staffId}&q={run}&sort=NUMBER_DESC", Item.CASE),
            staff("/app/clients?q={run}", Item.CLIENT),
            staff("/app/clients/{clientId}", Item.CONTACT),
            staff("/app/clients/{clientId}/contacts/{granteeId}/portal", Item.CASE),
            staff("/app/clients/{clientId}/renewals", Item.RENEWAL),
            new ListPage(Side.STAFF, "/app/cases/{caseId}", Item.NOTE, Shows.NEWEST),
            staff("/app/cases/{caseId}/notes", Item.NOTE),
            staff("/app/cases/{caseId}/expenses", Item.EXPENSE),
            staff("/app/cases/{caseId}/ledger", Item.PAYMENT),
            staff("/app/cases/{caseId}/documents", Item.DOCUMENT),
            staff("/app/cases/{caseId}/documents/{documentId}", Item.COMMENT),
            staff("/app/cases/{caseId}/documents/{documentId}/downloads", Item.DOWNLOAD),
            staff("/app/cases/{caseId}/subjects", Item.SUBJECT),
            staff("/app/cases/{caseId}/messages", Item.MESSAGE),
            staff("/app/cases/{caseId}/approvals", Item.APPROVAL),
            staff("/app/cases/{caseId}/tasks", Item.TASK),
            staff("/app/tasks", Item.TASK),
            staff("/app/tasks?view=overdue", Item.TASK),
            staff("/app/messages", Item.CASE),
            staff("/app/renewals", Item.RENEWAL),
            portal("/portal", Item.CASE),
            portal("/portal/cases", Item.CASE),
            portal("/portal/cases?q={run}&status=OPEN", Item.CASE),
            new ListPage(Side.PORTAL, "/portal/cases/{caseId}", null, Shows.NO_LIST),
            new ListPage(Side.PORTAL, "/portal/cases/{caseId}/budget", null, Shows.NO_LIST),
            portal("/portal/cases/{caseId}/notes", Item.NOTE),
            portal("/portal/cases/{caseId}/expenses", Item.EXPENSE),
            portal("/portal/cases/{caseId}/documents", Item.DOCUMENT),
            portal("/portal/cases/{caseId}/documents/{documentId}", Item.COMMENT),
            portal("/portal/cases/{caseId}/subjects", Item.SUBJECT),
            portal("/portal/cases/{caseId}/tasks", Item.TASK),
            portal("/portal/cases/{caseId}/approvals", Item.APPROVAL),
            portal("/portal/cases/{caseId}/messages", Item.MESSAGE),
            portal("/portal/renewals", Item.RENEWAL));

    /** What one request issued (as sent, and as the application wrote it) and listed. */
    record Answer(List<String> statements, List<String> sqlAsWritten, Set<Integer> listed) {
    }

    @Autowired
    CaseService cases;
    @Autowired
    ClientService clients;
    @Autowired
    BillingService billing;
    @Autowired
    CaseMessages messages;
    @Autowired
    ApprovalRequests approvals;
    @Autowired
    CaseTasks tasks;
    @Autowired
    Renewals renewals;
    @Autowired
    PortalDocuments portalDocuments;
    @Autowired
    PortalGrants grants;

    private GrowingFirm firm;
    private final Map<ListPage, Answer> withFew = new LinkedHashMap<>();

    @BeforeAll
    void aSmallFirmsPages() throws Exception {
        firm = new GrowingFirm(new GrowingFirm.Services(data, cases, clients, billing, messages, approvals, tasks,
                renewals, portalDocuments, grants));
        firm.growTo(FEW);
        for (ListPage page : PAGES) {
            request(page);
            withFew.put(page, request(page));
        }
        firm.growTo(MANY);
    }

    @TestFactory
    Stream<DynamicTest> everyListPageIssuesAsManyStatementsWithManyItemsAsWithFew() {
        return PAGES.stream().map(page -> dynamicTest(page + ": as many statements with " + MANY + " items of "
                + "every kind as with " + FEW, () -> {
                    Answer few = withFew.get(page);
                    Answer many = request(page);
                    switch (page.shows()) {
                        case LIST -> assertThat(many.listed()).as("%s lists more %ss once the firm grew", page,
                                page.lists().label).hasSizeGreaterThan(few.listed().size()).anyMatch(n -> n > FEW);
                        case NEWEST -> assertThat(many.listed()).as("%s shows a %s added while the firm grew", page,
                                page.lists().label).anyMatch(n -> n > FEW);
                        case NO_LIST -> {
                            // nothing listed one by one: the statements alone are compared
                        }
                    }
                    assertThat(many.statements()).as("%s: statements with %d items, then with %d", page, FEW, MANY)
                            .hasSameSizeAs(few.statements());
                    assertThat(many.statements().size()).as("%s issues at most %d statements", page, MOST_STATEMENTS)
                            .isLessThanOrEqualTo(MOST_STATEMENTS);
                }));
    }

    @Test
    void benchExplainsTheSqlTheseListPagesIssue() throws Exception {
        Map<String, List<String>> sqlByPage = new LinkedHashMap<>();
        withFew.forEach((page, answer) -> sqlByPage.put(page.toString(), answer.sqlAsWritten()));
        String queries = BenchQueries.render(sqlByPage);
        Path file = Path.of(BenchQueries.PATH);
        if (Boolean.getBoolean(BenchQueries.WRITE_PROPERTY)) {
            Files.writeString(file, queries);
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "explain-queries.sql"), queries);
        assertThat(Files.exists(file) ? Files.readString(file) : "").as("%s holds the SQL of the list pages as the "
                + "application writes it (rewrite it with -D%s=true)", file, BenchQueries.WRITE_PROPERTY)
                .isEqualTo(queries);
    }

    private Answer request(ListPage page) throws Exception {
        Actor actor = page.side() == Side.STAFF ? firm.investigator : firm.contact;
        String address = page.address();
        for (Map.Entry<String, String> placeholder : firm.placeholders().entrySet()) {
            address = address.replace("{" + placeholder.getKey() + "}", placeholder.getValue());
        }
        MvcResult result;
        List<String> statements;
        List<String> sqlAsWritten;
        try (SqlStatements.Recording recording = SqlStatements.record()) {
            result = mvc.perform(get(address).with(data.signedIn(actor))).andReturn();
            statements = recording.statements();
            sqlAsWritten = recording.sqlAsWritten();
        }
        assertThat(result.getResponse().getStatus()).as("%s answers", page).isEqualTo(200);
        return new Answer(statements, sqlAsWritten, page.lists() == null ? Set.of()
                : firm.shown(page.lists(), result.getResponse().getContentAsString()));
    }
}
