package org.caseport.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caseport.approvals.ApprovalRequests;
import org.caseport.approvals.NewApprovalRequest;
import org.caseport.cases.CaseService;
import org.caseport.cases.CaseStatus;
import org.caseport.identity.Actor;
import org.caseport.identity.Role;
import org.caseport.identity.StaffAccountService.StaffAccountDetails;
import org.caseport.messages.CaseMessages;
import org.caseport.renewals.RenewalDeadlines;
import org.caseport.renewals.RenewalDetails;
import org.caseport.renewals.RenewalOutcome;
import org.caseport.renewals.Renewals;
import org.caseport.shared.Visibility;
import org.caseport.subjects.SubjectDetails;
import org.caseport.subjects.SubjectKind;
import org.caseport.support.Downloads;
import org.caseport.support.IntegrationTest;
import org.caseport.support.Routes;
import org.caseport.support.Routes.Route;
import org.caseport.support.TestData;
import org.caseport.tasks.CaseTasks;
import org.caseport.tasks.TaskDetails;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Canaries: a unique marker in everything the portal must never show a contact — internal notes,
 * expenses, subjects and documents (their titles, and their content, which holds the title), the
 * thread of a document made internal again, a revised version still awaiting the firm's decision
 * (its content), the staff-only case description and client notes, fields their profile
 * hides (note rates, the investigator's phone, a subject's date of birth and identifiers), and
 * everything of another client's case, shared or not, its documents' threads included. Every portal GET route (read from the handler
 * mapping, for each of the contact's cases and the other client's case — and each document of the
 * fixture where a route addresses one — as a full page and as an htmx request) is crawled as the contact, as a contact whose profile shows the status only, and as staff
 * previewing the contact; no answer may carry a marker. That includes the reports section: the CSV
 * exports, and the text of every case report PDF (OpenPDF's extractor) of the fixture's cases — the
 * crawler's own, asked for before the crawl, and staff's full internal ones, which must answer 404.
 * Markers are looked for with all whitespace removed, so a marker a PDF table wrapped onto two lines
 * is still found. The shared items must show, so the crawl is not vacuous: the contact's profile
 * shows every section and allows every action, so downloads are served. Renewals are among them: the
 * client's own and its case's show, another client's never. The dashboard's recent activity and
 * spend over time are crawled with it: a status change's reason (on its internal note) never shows.
 * Mails the portal sends (renewal notices
 * included) carry no marker either, nor the text of a staff comment or of a rejection reason, which
 * contacts read only behind the sign-in; nor does the "Message the firm" form however its screen
 * address is forged.
 */
class PortalCanaryTest extends IntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CaseMessages caseMessages;
    @Autowired
    ApprovalRequests approvalRequests;
    @Autowired
    CaseTasks caseTasks;
    @Autowired
    Renewals renewals;
    @Autowired
    RenewalDeadlines renewalDeadlines;
    @Autowired
    CaseService cases;
    @Autowired
    PortalListService portalLists;

    private Actor admin;
    private Actor lead;
    private long clientId;
    private long caseId;
    private long secondCaseId;
    private long otherClientsCaseId;
    private long otherClientId;
    private long sharedSubjectId;
    /** Every document of the fixture, shared or not, of every case: each download route is tried with each. */
    private final List<Long> documentIds = new ArrayList<>();
    private Actor contact;
    private Actor statusOnlyContact;
    private long pendingProposalId;
    /** The lists of the contact's profile: every column, and the cases at 80% of their budget. */
    private final List<Long> listIds = new ArrayList<>();
    /** A list of a profile that applies to none of the fixture's contacts. */
    private long anotherProfilesListId;
    /** The contact's saved search, and one of the other client's contact. */
    private final List<Long> savedSearchIds = new ArrayList<>();

    /** Markers no contact of this fixture may ever see, by what they stand for. */
    private final Map<String, String> neverShown = new LinkedHashMap<>();
    /** Markers of fields the contact's profile hides. */
    private final Map<String, String> hiddenByProfile = new LinkedHashMap<>();
    /** Markers of shared items the contact's profile shows: they must appear somewhere. */
    private final Map<String, String> shared = new LinkedHashMap<>();
    /** Markers of saved searches no contact of the fixture's client owns (staff do not see them either). */
    private final Map<String, String> othersSearches = new LinkedHashMap<>();
    /** The name of the contact's own saved search. */
    private String ownSearchName;

    /**
     * A page of the crawl: the path, whether htmx asked for it, and the answer's status and text
     * without whitespace — for a case report, the text OpenPDF extracts from it (the fixture's documents
     * are PDFs in name only, their marker in plain text).
     */
    record Page(String path, boolean htmx, int status, String text) {

        static Page of(String path, boolean htmx, MockHttpServletResponse response) throws Exception {
            boolean report = path.contains("/reports/") && "application/pdf".equals(response.getContentType());
            String body = report ? String.join("\n", Downloads.pdfPages(response.getContentAsByteArray()))
                    : response.getContentAsString(StandardCharsets.UTF_8);
            return new Page(path, htmx, response.getStatus(), Downloads.withoutWhitespace(body));
        }

        @Override
        public String toString() {
            return "GET " + path + (htmx ? " (htmx)" : "") + " → " + status;
        }
    }

    @BeforeEach
    void aCaseFullOfThingsTheClientMayNotSee() throws Exception {
        admin = data.admin();
        lead = data.investigator();
        data.staffAccounts().update(admin, lead.id(), new StaffAccountDetails(TestData.emailOf(lead),
                lead.displayName(), marker(hiddenByProfile, "investigator's phone"), Role.INVESTIGATOR));
        clientId = data.client(admin, marker(neverShown, "client's internal notes"));
        caseId = data.kaseFor(admin, clientId, lead.id(), new BigDecimal("5000"),
                marker(neverShown, "case description"));
        secondCaseId = data.kaseFor(admin, clientId, null, new BigDecimal("300"),
                marker(neverShown, "second case's description"));
        sharedItemsWithHiddenFields();
        internalItems();
        anotherClientsCaseSharingEverything();
        long canaryProfile = data.portalProfile("Canary", EnumSet.allOf(PortalSection.class),
                Set.of(PortalField.INVESTIGATOR_EMAIL, PortalField.NOTE_HOURS, PortalField.EXPENSE_AMOUNTS),
                EnumSet.allOf(PortalAction.class));
        contact = grantedContact(canaryProfile);
        statusOnlyContact = grantedContact(data.portalProfileNamed("Status only"));
        listsAndSavedSearches(canaryProfile);
        threadsAndAPendingRevision();
        for (long kase : List.of(caseId, otherClientsCaseId)) {
            mvc.perform(post("/app/cases/{caseId}/report", kase).with(data.signedIn(admin)).with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
    }

    /**
     * The contact's profile lists every column of all cases, and the cases at 80% of their budget; a
     * profile nobody here has lists all cases. The contact saved a search for the shared subject; the
     * other client's contact saved one too, named with a marker.
     */
    private void listsAndSavedSearches(long canaryProfile) {
        listIds.add(portalLists.add(admin, canaryProfile, new PortalListDetails("Every column", PortalListPreset.ALL,
                EnumSet.allOf(PortalListColumn.class))));
        listIds.add(portalLists.add(admin, canaryProfile, new PortalListDetails("Nearly spent",
                PortalListPreset.BUDGET_80_PERCENT_USED, Set.of(PortalListColumn.SPENT))));
        long elsewhere = data.portalProfile("Canary elsewhere", EnumSet.allOf(PortalSection.class), Set.of());
        anotherProfilesListId = portalLists.add(admin, elsewhere, new PortalListDetails("Elsewhere",
                PortalListPreset.ALL, EnumSet.allOf(PortalListColumn.class)));
        ownSearchName = TestData.unique("Canary own search");
        savedSearchIds.add(savedSearch(contact.contactId(), ownSearchName, shared.get("shared subject")));
        Actor otherContact = data.contact(otherClientId);
        savedSearchIds.add(savedSearch(otherContact.contactId(), marker(othersSearches, "other client's saved search"),
                caseColumn("number", otherClientsCaseId)));
    }

    private long savedSearch(long contactId, String name, String text) {
        return jdbc.sql("insert into portal_saved_searches (contact_id, name, text_query) values (:c, :n, :t)"
                + " returning id").param("c", contactId).param("n", name).param("t", text).query(Long.class).single();
    }

    /**
     * A comment on the shared document, which shows; comments on documents that were shared when
     * written and are internal again, and on the other client's document, which never show; and a
     * revised version of the shared document awaiting the firm's decision, whose file never serves.
     */
    private void threadsAndAPendingRevision() {
        long sharedDocument = documentIds.get(0);
        data.comment(lead, caseId, sharedDocument, marker(shared, "shared document's comment"));
        commentThenUnshare(caseId, documentIds.get(1), marker(neverShown, "unshared document's comment"));
        commentThenUnshare(secondCaseId, documentIds.get(2), marker(neverShown, "second case's unshared comment"));
        data.comment(admin, otherClientsCaseId, documentIds.get(3), marker(neverShown, "other client's comment"));
        data.allowRevisions(lead, caseId, sharedDocument);
        pendingProposalId = data.proposal(contact, caseId, sharedDocument, marker(neverShown, "pending revision"));
    }

    private void commentThenUnshare(long kase, long documentId, String comment) {
        data.changeVisibility(admin, kase, documentId, Visibility.CLIENT);
        data.comment(admin, kase, documentId, comment);
        data.changeVisibility(admin, kase, documentId, Visibility.INTERNAL);
    }

    /** A shared note, expense and subject, with the fields the profile hides filled in. */
    private void sharedItemsWithHiddenFields() {
        data.note(lead, caseId, marker(shared, "shared note"), "1.25", "987.65", Visibility.CLIENT);
        hiddenByProfile.put("note rate", "987.65");
        data.expense(lead, caseId, marker(shared, "shared expense"), "42.10", Visibility.CLIENT);
        sharedSubjectId = data.subject(lead, caseId, new SubjectDetails(SubjectKind.PERSON,
                marker(shared, "shared subject"), null, LocalDate.of(1913, 7, 19),
                marker(hiddenByProfile, "subject identifiers"), marker(hiddenByProfile, "subject addresses"),
                marker(hiddenByProfile, "subject phones"), marker(hiddenByProfile, "subject vehicles"), null,
                Visibility.CLIENT));
        documentIds.add(data.document(lead, caseId, marker(shared, "shared document"), Visibility.CLIENT));
        caseMessages.reply(lead, caseId, marker(shared, "reply to the client"));
        caseTasks.add(lead, caseId, new TaskDetails(marker(shared, "shared task"), lead.id(), null, Visibility.CLIENT));
        approvalRequests.ask(lead, caseId, new NewApprovalRequest(marker(shared, "approval request"),
                marker(shared, "approval request's explanation"), new BigDecimal("250.00"), null));
        renewal(clientId, caseId, marker(shared, "case's renewal"));
        renewal(clientId, null, marker(shared, "client's own renewal"));
        hiddenByProfile.put("subject date of birth", "19 Jul 1913");
        hiddenByProfile.put("subject date of birth, ISO", "1913-07-19");
        shared.put("investigator's email", TestData.emailOf(lead));
    }

    private void internalItems() {
        data.internalNote(lead, caseId, marker(neverShown, "internal note"));
        caseTasks.add(lead, caseId, new TaskDetails(marker(neverShown, "internal task"), lead.id(),
                LocalDate.now().plusDays(1), Visibility.INTERNAL));
        data.expense(lead, caseId, marker(neverShown, "internal expense"), "17.30", Visibility.INTERNAL);
        data.subject(lead, caseId, marker(neverShown, "internal subject"), Visibility.INTERNAL);
        data.internalNote(admin, secondCaseId, marker(neverShown, "second case's internal note"));
        cases.changeStatus(lead, caseId, CaseStatus.ACTIVE, marker(neverShown, "status change's reason"));
        documentIds.add(data.document(lead, caseId, marker(neverShown, "internal document"), Visibility.INTERNAL));
        documentIds.add(data.document(admin, secondCaseId, marker(neverShown, "second case's internal document"),
                Visibility.INTERNAL));
    }

    private void anotherClientsCaseSharingEverything() {
        otherClientsCaseId = data.kase(admin, lead.id(), new BigDecimal("700"));
        data.sharedNote(admin, otherClientsCaseId, marker(neverShown, "other client's shared note"));
        data.expense(admin, otherClientsCaseId, marker(neverShown, "other client's shared expense"), "11.00",
                Visibility.CLIENT);
        data.subject(admin, otherClientsCaseId, marker(neverShown, "other client's shared subject"),
                Visibility.CLIENT);
        documentIds.add(data.document(admin, otherClientsCaseId,
                marker(neverShown, "other client's shared document"), Visibility.CLIENT));
        caseMessages.reply(admin, otherClientsCaseId, marker(neverShown, "other client's message thread"));
        caseTasks.add(admin, otherClientsCaseId, new TaskDetails(marker(neverShown, "other client's shared task"),
                null, LocalDate.now().plusDays(1), Visibility.CLIENT));
        approvalRequests.ask(admin, otherClientsCaseId, new NewApprovalRequest(
                marker(neverShown, "other client's approval request"), null, null, null));
        cases.changeStatus(admin, otherClientsCaseId, CaseStatus.ON_HOLD, null);
        otherClientId = data.clientOf(otherClientsCaseId);
        renewal(otherClientId, otherClientsCaseId, marker(neverShown, "other client's case renewal"));
        renewal(otherClientId, null, marker(neverShown, "other client's own renewal"));
        neverShown.put("other client's case number", caseColumn("number", otherClientsCaseId));
        neverShown.put("other client's case title", caseColumn("title", otherClientsCaseId));
    }

    /** A renewal due in five days, so that today's notices include it. */
    private void renewal(long client, Long kase, String title) {
        renewals.add(admin, client, new RenewalDetails(kase, title, new BigDecimal("480.00"), 6,
                LocalDate.now().plusDays(5), RenewalOutcome.RENEW, 14));
    }

    @Test
    void portalPagesNeverShowTheContactWhatTheyMayNotSee() throws Exception {
        List<Page> pages = crawl(data.signedIn(contact), null);

        assertNoMarkers(pages, neverShown, hiddenByProfile, othersSearches);
        assertShown(pages, shared);
        assertReportsShow(pages, "shared note", "shared expense", "shared subject", "shared document");
        assertThat(pages).as("the dashboard's recent activity shows the shared note and document")
                .filteredOn(page -> page.path().equals("/portal") && page.status() == 200).isNotEmpty()
                .allMatch(page -> page.text().contains(Downloads.withoutWhitespace(shared.get("shared note")))
                        && page.text().contains(Downloads.withoutWhitespace(shared.get("shared document"))));
    }

    @Test
    void aStatusOnlyProfileShowsNoSharedItemsEither() throws Exception {
        List<Page> pages = crawl(data.signedIn(statusOnlyContact), null);

        assertNoMarkers(pages, neverShown, hiddenByProfile, shared, othersSearches);
        assertShown(pages, Map.of("case number", caseColumn("number", caseId)));
        assertThat(pages).filteredOn(page -> page.path().contains("/reports")).isNotEmpty()
                .allMatch(page -> page.status() == 404);
    }

    @Test
    void staffPreviewingTheContactSeeNoMoreThanTheContact() throws Exception {
        for (Actor staff : List.of(admin, lead)) {
            List<Page> pages = crawl(data.signedIn(staff), previewOf(staff, contact));

            assertNoMarkers(pages, neverShown, hiddenByProfile, othersSearches);
            assertShown(pages, shared);
            assertReportsShow(pages, "shared note", "shared expense", "shared subject", "shared document");
        }
    }

    /**
     * "Your cases": each of the contact's lists (one of every column among them) shows their cases and
     * nothing hidden, another profile's list is 404, and searching for what they may not see — an
     * internal subject's name, another client's case number and title, staff-only descriptions and
     * notes, a subject's hidden identifiers — finds nothing, while the shared subject's name finds its
     * case. The search box repeats what was searched, so that one marker is allowed on its own page.
     * Likewise for the status-only contact (who gets the built-in list and no subject search) and for
     * staff previewing the contact.
     */
    @Test
    void listsAndSearchesNeverShowTheContactWhatTheyMayNotSee() throws Exception {
        String ownNumber = Downloads.withoutWhitespace(caseColumn("number", caseId));
        for (Actor staff : List.of(admin, lead)) {
            List<Page> lists = listsAndSearches(data.signedIn(staff), previewOf(staff, contact), true);
            assertThat(lists).anyMatch(page -> page.status() == 200 && page.text().contains(ownNumber)
                    && page.text().contains(Downloads.withoutWhitespace(ownSearchName)));
        }
        List<Page> own = listsAndSearches(data.signedIn(contact), null, true);
        assertThat(own).anyMatch(page -> page.status() == 200 && page.text().contains(ownNumber)
                && page.text().contains(Downloads.withoutWhitespace(ownSearchName)));
        List<Page> statusOnly = listsAndSearches(data.signedIn(statusOnlyContact), null, false);
        assertThat(statusOnly).anyMatch(page -> page.status() == 200 && page.text().contains(ownNumber));
        assertNoMarkers(statusOnly, Map.of("contact's own saved search", ownSearchName));
    }

    private List<Page> listsAndSearches(RequestPostProcessor signIn, MockHttpSession session, boolean canaryProfile)
            throws Exception {
        List<Page> pages = new ArrayList<>();
        for (long list : List.of(listIds.get(0), listIds.get(1), 0L, anotherProfilesListId)) {
            pages.add(portalPage("/portal/cases?list=" + list, signIn, session));
        }
        for (Page page : pages) {
            boolean offered = canaryProfile ? !page.path().endsWith("=0") && !page.path().endsWith(
                    "=" + anotherProfilesListId) : page.path().endsWith("=0");
            assertThat(page.status()).as("%s", page).isEqualTo(offered ? 200 : 404);
        }
        assertNoMarkers(pages, neverShown, hiddenByProfile, othersSearches);
        Map<String, String> secrets = new LinkedHashMap<>(neverShown);
        secrets.put("subject identifiers", hiddenByProfile.get("subject identifiers"));
        secrets.put("investigator's phone", hiddenByProfile.get("investigator's phone"));
        for (var secret : secrets.entrySet()) {
            Page found = search(secret.getValue(), signIn, session);
            Map<String, String> others = new LinkedHashMap<>(neverShown);
            others.putAll(hiddenByProfile);
            others.values().remove(secret.getValue());
            assertThat(found.status()).as("%s", found).isEqualTo(200);
            assertThat(found.text()).as("searching for the %s", secret.getKey()).contains("Nocasesmatchthissearch.")
                    .doesNotContain("portal-list-case-");
            assertNoMarkers(List.of(found), others, othersSearches);
            pages.add(found);
        }
        Page subject = search(shared.get("shared subject"), signIn, session);
        assertThat(subject.text().contains("portal-list-case-" + caseId)).as("the shared subject finds its case")
                .isEqualTo(canaryProfile);
        pages.add(subject);
        return pages;
    }

    private Page search(String text, RequestPostProcessor signIn, MockHttpSession session) throws Exception {
        return portalPage(get("/portal/cases").param("q", text), "/portal/cases?q=" + text, signIn, session);
    }

    private Page portalPage(String path, RequestPostProcessor signIn, MockHttpSession session) throws Exception {
        return portalPage(get(path), path, signIn, session);
    }

    private Page portalPage(MockHttpServletRequestBuilder request, String path, RequestPostProcessor signIn,
            MockHttpSession session) throws Exception {
        request.with(signIn);
        if (session != null) {
            request.session(session);
        }
        return Page.of(path, false, mvc.perform(request).andReturn().getResponse());
    }

    /**
     * "Message the firm" names the screen it was pressed on from the screen's address; an address of
     * a screen the contact may not see (an internal document, another client's case) names nothing.
     */
    @Test
    void theMessageFormNeverNamesAScreenTheContactMayNotSee() throws Exception {
        List<Page> pages = new ArrayList<>();
        for (long documentId : documentIds) {
            for (long kase : List.of(caseId, secondCaseId, otherClientsCaseId)) {
                String from = "/portal/cases/" + kase + "/documents/" + documentId;
                var response = mvc.perform(get("/portal/messages/new").param("from", from)
                        .with(data.signedIn(contact))).andReturn().getResponse();
                pages.add(Page.of("/portal/messages/new?from=" + from, false, response));
            }
        }

        assertThat(pages).allMatch(page -> page.status() == 200);
        assertNoMarkers(pages, neverShown, hiddenByProfile);
        assertShown(pages, Map.of("shared document", shared.get("shared document")));
    }

    @Test
    void mailsToContactsCarryNoMarker() throws Exception {
        long lastMailBefore = jdbc.sql("select coalesce(max(id), 0) from mail_messages").query(Long.class).single();
        long newcomer = data.invitee(clientId).contactId();
        mvc.perform(post("/app/clients/{clientId}/contacts/{contactId}/portal/invite", clientId, newcomer)
                        .param("caseId", String.valueOf(caseId)).with(data.signedIn(lead)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/forgot-password").param("email", TestData.emailOf(contact.displayName())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/app/cases/{caseId}/messages", caseId).param("body", "We will call you tomorrow.")
                        .with(data.signedIn(lead)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        Map<String, String> behindTheSignIn = new LinkedHashMap<>();
        String documentPage = "/app/cases/" + caseId + "/documents/" + documentIds.get(0);
        mvc.perform(post(documentPage + "/comments").param("body", marker(behindTheSignIn, "staff comment"))
                        .with(data.signedIn(lead)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(documentPage + "/proposals/" + pendingProposalId + "/reject")
                        .param("reason", marker(behindTheSignIn, "rejection reason")).with(data.signedIn(lead)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        renewalDeadlines.sendNotices(LocalDate.now());

        var mails = jdbc.sql("select recipient, subject || text_body || html_body as content from mail_messages"
                + " where id > :last").param("last", lastMailBefore).query().listOfRows();
        assertThat(mails).extracting(mail -> mail.get("recipient"))
                .contains(jdbc.sql("select email from client_contacts where id = :id").param("id", newcomer)
                        .query(String.class).single(), TestData.emailOf(contact.displayName()));
        assertThat(mails).filteredOn(mail -> mail.get("recipient").equals(TestData.emailOf(contact.displayName())))
                .extracting(mail -> (String) mail.get("content"))
                .anyMatch(content -> content.contains("new comment from the firm"))
                .anyMatch(content -> content.contains("it was not accepted"));
        List<String> leaks = new ArrayList<>();
        for (var mail : mails) {
            leaks.addAll(markersIn("mail to " + mail.get("recipient"), (String) mail.get("content"), neverShown,
                    hiddenByProfile, behindTheSignIn));
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void theMarkersAreRealRecordsThatStaffSee() throws Exception {
        StringBuilder staffPages = new StringBuilder();
        for (String path : List.of("/app/cases/" + caseId, "/app/cases/" + caseId + "/notes",
                "/app/cases/" + caseId + "/expenses", "/app/cases/" + caseId + "/documents",
                "/app/cases/" + secondCaseId + "/documents", "/app/cases/" + otherClientsCaseId + "/documents",
                "/app/cases/" + caseId + "/subjects", "/app/cases/" + caseId + "/messages",
                "/app/cases/" + caseId + "/approvals", "/app/cases/" + otherClientsCaseId + "/approvals",
                "/app/cases/" + caseId + "/tasks", "/app/cases/" + otherClientsCaseId + "/tasks",
                "/app/cases/" + otherClientsCaseId + "/messages",
                "/app/cases/" + caseId + "/subjects/" + sharedSubjectId,
                "/app/cases/" + caseId + "/subjects/" + sharedSubjectId + "/edit", "/app/cases/" + secondCaseId,
                "/app/cases/" + secondCaseId + "/notes", "/app/cases/" + otherClientsCaseId + "/notes",
                "/app/cases/" + otherClientsCaseId + "/expenses", "/app/cases/" + otherClientsCaseId + "/subjects",
                "/app/clients/" + clientId, "/app/clients/" + clientId + "/renewals",
                "/app/clients/" + otherClientId + "/renewals", "/app/admin/staff/" + lead.id() + "/edit")) {
            staffPages.append(mvc.perform(get(path).with(data.signedIn(admin))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString());
        }
        List<Long> documentCases = List.of(caseId, caseId, secondCaseId, otherClientsCaseId);
        for (int i = 0; i < documentIds.size(); i++) {
            staffPages.append(mvc.perform(get("/app/cases/{c}/documents/{d}", documentCases.get(i), documentIds.get(i))
                    .with(data.signedIn(admin))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        }
        staffPages.append(mvc.perform(get("/app/cases/{c}/documents/{d}/versions/{v}/download", caseId,
                        documentIds.get(0), pendingProposalId).with(data.signedIn(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        for (Map<String, String> markers : List.of(neverShown, hiddenByProfile, shared)) {
            assertThat(markers.values()).allSatisfy(marker -> assertThat(staffPages).contains(marker));
        }
    }

    /**
     * Every portal GET route, for each case the contact has and the other client's, full and htmx —
     * after asking, as the crawler, for the reports of the contact's cases, and with every report of
     * the fixture's cases where a route addresses one.
     */
    private List<Page> crawl(RequestPostProcessor signIn, MockHttpSession session) throws Exception {
        List<Long> reportIds = reportsAskedFor(signIn, session);
        List<Page> pages = new ArrayList<>();
        for (Route route : Routes.of(handlerMapping)) {
            if (!route.isGet() || !route.pattern().startsWith("/portal")) {
                continue;
            }
            assertThat(route.variables()).as("the canary knows no values for the variables of %s", route)
                    .isSubsetOf("caseId", "documentId", "jobId", "searchId");
            List<Long> caseIds = !route.variables().contains("caseId") ? List.of(0L)
                    : List.of(caseId, secondCaseId, otherClientsCaseId);
            List<Long> childIds = route.variables().contains("documentId") ? documentIds
                    : route.variables().contains("jobId") ? reportIds
                    : route.variables().contains("searchId") ? savedSearchIds : List.of(0L);
            for (long id : caseIds) {
              for (long childId : childIds) {
                String path = route.path(Map.of("caseId", id, "documentId", childId, "jobId", childId,
                        "searchId", childId));
                for (boolean htmx : List.of(false, true)) {
                    MockHttpServletRequestBuilder request = get(path).with(signIn);
                    if (session != null) {
                        request.session(session);
                    }
                    if (htmx) {
                        request.header("HX-Request", "true");
                    }
                    pages.add(Page.of(path, htmx, Downloads.perform(mvc, request).getResponse()));
                }
              }
            }
        }
        assertThat(pages).as("the crawl reached the contact's own case pages")
                .anyMatch(page -> page.path().startsWith("/portal/cases/" + caseId) && page.status() == 200);
        assertThat(pages).filteredOn(page -> page.path().startsWith("/portal/cases/" + otherClientsCaseId))
                .as("the other client's case answers as if it did not exist").isNotEmpty()
                .allMatch(page -> page.status() == 404);
        return pages;
    }

    /**
     * Asks for the case reports of the contact's two cases as the crawler (refused where the profile
     * does not allow it), waits until every report of the fixture's cases is built, and answers their ids.
     */
    private List<Long> reportsAskedFor(RequestPostProcessor signIn, MockHttpSession session) throws Exception {
        for (long kase : List.of(caseId, secondCaseId)) {
            MockHttpServletRequestBuilder request = post("/portal/cases/{caseId}/reports", kase).with(signIn)
                    .with(csrf());
            if (session != null) {
                request.session(session);
            }
            assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).isIn(302, 404);
        }
        List<Long> reportIds = jdbc.sql("select id from report_jobs where case_id in (:cases) order by id")
                .param("cases", List.of(caseId, secondCaseId, otherClientsCaseId)).query(Long.class).list();
        assertThat(reportIds).allSatisfy(id -> assertThat(data.awaitReport(id)).isEqualTo("DONE"));
        return reportIds;
    }

    /** The crawl read a case report PDF and the CSV exports of the contact's case, and they show these shared items. */
    private void assertReportsShow(List<Page> pages, String... sharedItems) {
        String reports = "/portal/cases/" + caseId + "/reports/";
        List<Page> pdfs = pages.stream().filter(page -> page.status() == 200 && page.path().startsWith(reports)
                && page.path().endsWith("/download")).toList();
        List<Page> csvs = pages.stream().filter(page -> page.status() == 200 && page.path().startsWith(reports)
                && page.path().endsWith(".csv")).toList();
        assertThat(pdfs).as("case report PDFs read").isNotEmpty();
        assertThat(csvs).as("CSV exports read").hasSize(4);
        for (String item : sharedItems) {
            assertThat(pdfs).as("a case report shows the %s", item)
                    .anyMatch(pdf -> pdf.text().contains(Downloads.withoutWhitespace(shared.get(item))));
        }
        assertThat(csvs).as("an export shows the shared note and expense")
                .anyMatch(csv -> csv.text().contains(Downloads.withoutWhitespace(shared.get("shared note"))))
                .anyMatch(csv -> csv.text().contains(Downloads.withoutWhitespace(shared.get("shared expense"))));
    }

    @SafeVarargs
    private static void assertNoMarkers(List<Page> pages, Map<String, String>... forbidden) {
        List<String> leaks = new ArrayList<>();
        for (Page page : pages) {
            leaks.addAll(markersIn(page.toString(), page.text(), forbidden));
        }
        assertThat(leaks).isEmpty();
    }

    /** The markers in the content, whitespace aside. */
    @SafeVarargs
    private static List<String> markersIn(String where, String content, Map<String, String>... forbidden) {
        String text = Downloads.withoutWhitespace(content);
        List<String> leaks = new ArrayList<>();
        for (Map<String, String> markers : forbidden) {
            markers.forEach((what, marker) -> {
                if (text.contains(Downloads.withoutWhitespace(marker))) {
                    leaks.add(where + " shows the " + what + " (" + marker + ")");
                }
            });
        }
        return leaks;
    }

    private static void assertShown(List<Page> pages, Map<String, String> markers) {
        markers.forEach((what, marker) -> assertThat(pages).as("some portal page shows the %s", what)
                .anyMatch(page -> page.status() == 200 && page.text().contains(Downloads.withoutWhitespace(marker))));
    }

    private MockHttpSession previewOf(Actor staff, Actor previewed) throws Exception {
        return (MockHttpSession) mvc.perform(post("/app/clients/{clientId}/contacts/{contactId}/portal/preview",
                        clientId, previewed.contactId()).with(data.signedIn(staff)).with(csrf()))
                .andExpect(redirectedUrl("/portal"))
                .andReturn().getRequest().getSession(false);
    }

    private Actor grantedContact(long profileId) {
        Actor granted = data.contact(clientId);
        data.grantAllCases(granted);
        data.useProfile(granted, profileId);
        return granted;
    }

    private String caseColumn(String column, long id) {
        return jdbc.sql("select " + column + " from cases where id = :id").param("id", id).query(String.class).single();
    }

    /** A unique marker, remembered in {@code markers} under what it stands for. */
    private static String marker(Map<String, String> markers, String what) {
        String marker = TestData.unique("CANARY " + what.replaceAll("\\W+", "-")) + "!";
        markers.put(what, marker);
        return marker;
    }
}
