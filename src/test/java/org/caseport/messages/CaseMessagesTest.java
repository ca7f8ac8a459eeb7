package org.caseport.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.caseport.access.PortalSection;
import org.caseport.cases.CaseDetails;
import org.caseport.cases.CaseService;
import org.caseport.identity.Actor;
import org.caseport.identity.PortalPreview;
import org.caseport.shared.Visibility;
import org.caseport.support.IntegrationTest;
import org.caseport.support.TestData;
import org.caseport.support.TestData.QueuedMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The case thread between a client's contacts and the firm: writing from the portal, the firm
 * hearing of it, answering, marking handled, the inbox — and everyone else getting 404.
 */
class CaseMessagesTest extends IntegrationTest {

    @Autowired
    CaseMessages messages;
    @Autowired
    MessageQueries queries;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CaseService caseService;

    private Actor admin;
    private Actor lead;
    private long clientId;
    private long caseId;
    private String caseNumber;
    private Actor contact;

    @BeforeEach
    void aCaseWithALeadAndAContactWhoMayWrite() {
        admin = data.admin();
        lead = data.investigator();
        clientId = data.client(admin);
        caseId = data.kaseFor(admin, clientId, lead.id());
        caseNumber = jdbc.sql("select number from cases where id = :id").param("id", caseId)
                .query(String.class).single();
        contact = data.contact(clientId);
        data.grantAllCases(contact);
    }

    @Test
    void aContactsMessageJoinsTheThreadTellsTheLeadWithItsTextAndIsNotedWithoutCharge() throws Exception {
        sendFromPortal(caseId, "Case " + caseNumber + " · Documents · Day 2", "When will the video be ready?")
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/portal/cases/" + caseId + "/messages"))
                .andExpect(flash().attribute("notice", "Your message was sent to the firm."));

        assertThat(queries.thread(lead, caseId, 0, 25).items()).singleElement().satisfies(message -> {
            assertThat(message.fromClient()).isTrue();
            assertThat(message.authorName()).isEqualTo(contact.displayName());
            assertThat(message.about()).isEqualTo("Case " + caseNumber + " · Documents · Day 2");
            assertThat(message.body()).isEqualTo("When will the video be ready?");
        });
        assertThat(queries.state(lead, caseId).awaitingReply()).isTrue();
        assertThat(data.mailsTo(TestData.emailOf(lead))).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Message from " + contact.displayName() + " on case " + caseNumber);
            assertThat(mail.textBody()).contains(caseNumber, "Documents · Day 2", "When will the video be ready?",
                    "/app/cases/" + caseId + "/messages");
            assertThat(mail.htmlBody()).contains("When will the video be ready?");
        });
        assertThat(notes(caseId)).singleElement().satisfies(note -> assertThat(note)
                .contains("Message from " + contact.displayName() + " in the portal")
                .contains("When will the video be ready?"));
        assertThat(jdbc.sql("select count(*) from time_slips where case_id = :c and billable = false "
                + "and hours = 0 and visibility = 'INTERNAL'").param("c", caseId).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void withoutALeadTheAdminsHearOfIt() throws Exception {
        long leaderless = data.kaseFor(admin, clientId, null);
        sendFromPortal(leaderless, "", "Anyone there?").andExpect(status().isFound());

        assertThat(data.mailsTo(TestData.emailOf(admin))).extracting(QueuedMail::textBody)
                .anyMatch(text -> text.contains("Anyone there?"));
        assertThat(data.mailsTo(TestData.emailOf(lead))).isEmpty();
    }

    @Test
    void aReplyEndsTheWaitAndTellsTheContactsALinkWithoutTheText() throws Exception {
        messages.send(contact, caseId, null, "Any news?");
        Actor colleague = data.contact(clientId);
        data.grantAllCases(colleague);
        Actor statusOnly = data.contact(clientId);
        data.grantAllCases(statusOnly);
        data.useProfile(statusOnly, data.portalProfileNamed("Status only"));

        mvc.perform(post("/app/cases/{c}/messages", caseId).param("body", "The report is on its way.")
                        .with(data.signedIn(lead)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/app/cases/" + caseId + "/messages"));

        ThreadState state = queries.state(lead, caseId);
        assertThat(state.awaitingReply()).isFalse();
        assertThat(state.handledBy()).isEqualTo(lead.displayName());
        for (Actor told : List.of(contact, colleague)) {
            assertThat(data.mailsTo(TestData.emailOf(told))).singleElement().satisfies(mail -> {
                assertThat(mail.textBody()).contains("/portal/cases/" + caseId + "/messages")
                        .doesNotContain("The report is on its way.");
                assertThat(mail.htmlBody()).doesNotContain("The report is on its way.");
            });
        }
        assertThat(data.mailsTo(TestData.emailOf(statusOnly))).isEmpty();
        assertThat(notes(caseId)).anyMatch(note -> note.equals("Reply to the client by " + lead.displayName()
                + ": The report is on its way."));
        mvc.perform(get("/portal/cases/{c}/messages", caseId).with(data.signedIn(contact)))
                .andExpect(status().isOk())
                .andExpect(content -> assertThat(content.getResponse().getContentAsString())
                        .contains("The report is on its way.", "Any news?"));
    }

    @Test
    void whenTheAdminSaysSoReplyMailsCarryTheText() throws Exception {
        mvc.perform(post("/app/admin/firm/messages").param("textInMails", "true").with(data.signedIn(admin))
                .with(csrf())).andExpect(status().isFound());
        try {
            messages.reply(lead, caseId, "Tomorrow at ten.");
            assertThat(data.mailsTo(TestData.emailOf(contact))).singleElement()
                    .satisfies(mail -> assertThat(mail.textBody()).contains("Tomorrow at ten."));
        } finally {
            messages.chooseTextInMails(admin, false);
        }
    }

    @Test
    void theInboxListsTheInvestigatorsWaitingCasesUntilAnsweredOrMarkedHandled() throws Exception {
        long otherCase = data.kaseFor(admin, clientId, lead.id());
        messages.send(contact, caseId, "Case · Overview", "First question");
        messages.send(contact, otherCase, null, "Second question");
        Actor unassigned = data.investigator();

        assertThat(queries.inbox(lead, 0, 25).items()).extracting(InboxRow::caseId).containsExactly(caseId, otherCase);
        assertThat(queries.inbox(unassigned, 0, 25).items()).isEmpty();
        mvc.perform(get("/app/messages").with(data.signedIn(lead)))
                .andExpect(status().isOk())
                .andExpect(content -> assertThat(content.getResponse().getContentAsString())
                        .contains("First question", "Second question"));

        mvc.perform(post("/app/cases/{c}/messages/handled", otherCase).with(data.signedIn(lead)).with(csrf()))
                .andExpect(status().isFound());
        messages.reply(lead, caseId, "Answered.");
        assertThat(queries.inbox(lead, 0, 25).items()).isEmpty();
        assertThat(queries.awaitingCount(lead)).isZero();

        messages.send(contact, caseId, null, "One more thing");
        assertThat(queries.inbox(lead, 0, 25).items()).extracting(InboxRow::body).containsExactly("One more thing");
    }

    @Test
    void theWaitingCountCoversTheCasesAnInvestigatorLeadsOrIsAssignedToOnceAndNoOthers() {
        Actor assignee = data.investigator();
        Actor bystander = data.investigator();
        long teamCase = caseService.open(admin, new CaseDetails(TestData.unique("Case"), clientId, "Surveillance",
                null, lead.id(), Set.of(assignee.id(), lead.id())), BigDecimal.ZERO);
        messages.send(contact, caseId, null, "To the lead");
        messages.send(contact, teamCase, null, "To the team");

        assertThat(queries.awaitingCount(lead)).isEqualTo(2);
        assertThat(queries.awaitingCountUpTo(lead, 100)).isEqualTo(2);
        assertThat(queries.awaitingCountUpTo(lead, 1)).isEqualTo(1);
        assertThat(queries.awaitingCount(assignee)).isEqualTo(1);
        assertThat(queries.awaitingCountUpTo(assignee, 100)).isEqualTo(1);
        assertThat(queries.awaitingCount(bystander)).isZero();
        assertThat(queries.awaitingCountUpTo(bystander, 100)).isZero();
        assertThat(queries.awaitingCountUpTo(contact, 100)).isZero();
        assertThat(queries.awaitingCountUpTo(admin, 100)).isGreaterThanOrEqualTo(2);
        assertThat(queries.inbox(assignee, 0, 25).total()).isEqualTo(1);
    }

    @Test
    void theNavigationBarCountsWaitingCasesUpTo99AndShows99PlusBeyond() throws Exception {
        messages.send(contact, caseId, null, "First question");
        mvc.perform(get("/app/cases").with(data.signedIn(lead)))
                .andExpect(status().isOk())
                .andExpect(content -> assertThat(content.getResponse().getContentAsString())
                        .containsPattern("id=\"awaiting-badge\"\\s+title=\"1 waiting for an answer\">1</span>"));

        for (int i = 0; i < 100; i++) {
            messages.send(contact, data.kaseFor(admin, clientId, lead.id()), null, "Question " + i);
        }
        assertThat(queries.awaitingCount(lead)).isEqualTo(101);
        assertThat(queries.awaitingCountUpTo(lead, 100)).isEqualTo(100);
        mvc.perform(get("/app/cases").with(data.signedIn(lead)))
                .andExpect(status().isOk())
                .andExpect(content -> assertThat(content.getResponse().getContentAsString())
                        .containsPattern("id=\"awaiting-badge\"\\s+title=\"99\\+ waiting for an answer\">99\\+</span>"));
    }

    @Test
    void aBlankOrOverlongMessageShowsAFieldErrorAndSavesNothing() throws Exception {
        for (String body : List.of("   ", "x".repeat(4001))) {
            sendFromPortal(caseId, "About", body)
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasFieldErrors("portalMessageForm", "body"));
        }
        sendFromPortal(caseId, "x".repeat(201), "Fine text")
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("portalMessageForm", "about"));
        mvc.perform(post("/app/cases/{c}/messages", caseId).param("body", "").with(data.signedIn(lead)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("messageForm", "body"));
        assertThat(count("case_messages", caseId)).isZero();
        assertThat(notes(caseId)).isEmpty();
    }

    @Test
    void nobodyElseReadsOrWritesTheThread() throws Exception {
        messages.send(contact, caseId, null, "Private question");
        Actor otherClientsContact = data.contact(data.client(admin));
        data.grantAllCases(otherClientsContact);
        data.kaseFor(admin, otherClientsContact.clientId(), null);
        Actor withoutMessages = data.contact(clientId);
        data.grantAllCases(withoutMessages);
        data.useProfile(withoutMessages, data.portalProfile(TestData.unique("No messages"),
                Set.of(PortalSection.OVERVIEW, PortalSection.MESSAGES), Set.of()));
        Actor unassigned = data.investigator();

        mvc.perform(get("/portal/cases/{c}/messages", caseId).with(data.signedIn(otherClientsContact)))
                .andExpect(status().isNotFound());
        sendAs(otherClientsContact, caseId, "Sneaky").andExpect(status().isNotFound());
        sendAs(withoutMessages, caseId, "Not allowed").andExpect(status().isNotFound());
        mvc.perform(get("/app/cases/{c}/messages", caseId).with(data.signedIn(unassigned)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/app/cases/{c}/messages", caseId).param("body", "Nosy").with(data.signedIn(unassigned))
                .with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/app/cases/{c}/messages/handled", caseId).with(data.signedIn(unassigned)).with(csrf()))
                .andExpect(status().isNotFound());

        assertThat(count("case_messages", caseId)).isEqualTo(1);
        assertThat(queries.state(lead, caseId).awaitingReply()).isTrue();
    }

    @Test
    void aStaffPreviewReadsTheThreadButCannotWrite() throws Exception {
        messages.send(contact, caseId, null, "Seen in a preview");
        MockHttpSession preview = new MockHttpSession();
        PortalPreview.start(preview, contact.id());

        mvc.perform(get("/portal/cases/{c}/messages", caseId).with(data.signedIn(admin)).session(preview))
                .andExpect(status().isOk())
                .andExpect(content -> assertThat(content.getResponse().getContentAsString())
                        .contains("Seen in a preview").doesNotContain("portal-thread-form"));
        mvc.perform(post("/portal/messages").param("caseId", String.valueOf(caseId)).param("body", "As the contact")
                        .with(data.signedIn(admin)).session(preview).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(count("case_messages", caseId)).isEqualTo(1);
    }

    @Test
    void theFormNamesTheScreenItWasOpenedFromAndNeverLeavesThePortal() throws Exception {
        String title = TestData.unique("Surveillance report day 2");
        long documentId = data.document(lead, caseId, title, Visibility.CLIENT);
        String from = "/portal/cases/" + caseId + "/documents/" + documentId;

        String form = mvc.perform(get("/portal/messages/new").param("from", from).with(data.signedIn(contact)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(form).contains("value=\"Case " + caseNumber + " &middot; Documents &middot; " + title + "\"")
                .contains("<option value=\"" + caseId + "\" selected=\"selected\">")
                .contains("value=\"" + from + "\"");
        String forged = mvc.perform(get("/portal/messages/new").param("from", "https://elsewhere.example/portal")
                .with(data.signedIn(contact))).andReturn().getResponse().getContentAsString();
        assertThat(forged).doesNotContain("elsewhere.example");

        Actor writesWithoutThread = data.contact(clientId);
        data.grantAllCases(writesWithoutThread);
        long profile = data.portalProfile(TestData.unique("Write only"), Set.of(PortalSection.OVERVIEW), Set.of());
        jdbc.sql("update portal_profiles set actions = '{MESSAGE}' where id = :id").param("id", profile).update();
        data.useProfile(writesWithoutThread, profile);
        for (String back : List.of("//elsewhere.example/portal", "https://elsewhere.example", "/portal/../app")) {
            mvc.perform(post("/portal/messages").param("caseId", String.valueOf(caseId)).param("body", "Hello")
                            .param("from", back).with(data.signedIn(writesWithoutThread)).with(csrf()))
                    .andExpect(status().isFound()).andExpect(redirectedUrl("/portal"));
        }
        mvc.perform(post("/portal/messages").param("caseId", String.valueOf(caseId)).param("body", "Hello")
                        .param("from", "/portal/cases/" + caseId).with(data.signedIn(writesWithoutThread)).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/portal/cases/" + caseId));
    }

    @Test
    void storedScriptInAMessageIsShownAsTextInEveryPageAndMail() throws Exception {
        List<String> payloads = List.of("<script>alert(1)</script>", "<img src=x onerror=alert(2)>",
                "\"><svg onload=alert(3)>", "javascript:alert(4)", "<a href=\"javascript:alert(5)\">x</a>");
        for (String payload : payloads) {
            sendFromPortal(caseId, payload, "Body " + payload).andExpect(status().isFound());
        }
        messages.reply(lead, caseId, "Reply <script>alert(6)</script>");
        messages.chooseTextInMails(admin, true);
        try {
            messages.reply(lead, caseId, "Reply <img src=x onerror=alert(7)>");
        } finally {
            messages.chooseTextInMails(admin, false);
        }

        List<String> rendered = new ArrayList<>();
        rendered.add(page(get("/app/cases/{c}/messages", caseId).with(data.signedIn(lead))));
        rendered.add(page(get("/app/messages").with(data.signedIn(lead))));
        rendered.add(page(get("/app/cases/{c}/notes", caseId).with(data.signedIn(lead))));
        rendered.add(page(get("/portal/cases/{c}/messages", caseId).with(data.signedIn(contact))));
        data.mailsTo(TestData.emailOf(lead)).forEach(mail -> rendered.add(mail.htmlBody()));
        data.mailsTo(TestData.emailOf(contact)).forEach(mail -> rendered.add(mail.htmlBody()));

        assertThat(rendered).hasSize(4 + payloads.size() + 2).allSatisfy(html -> assertThat(html)
                .doesNotContain("<script>alert", "<img src=x", "<svg onload", "href=\"javascript:"));
        assertThat(rendered.get(0)).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(2)&gt;");
        assertThat(rendered.get(3)).contains("&lt;script&gt;alert(6)&lt;/script&gt;");
    }

    private String page(RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private ResultActions sendFromPortal(long kase, String about, String body) throws Exception {
        return mvc.perform(post("/portal/messages").param("caseId", String.valueOf(kase)).param("about", about)
                .param("body", body).param("from", "/portal/cases/" + kase).with(data.signedIn(contact)).with(csrf()));
    }

    private ResultActions sendAs(Actor who, long kase, String body) throws Exception {
        return mvc.perform(post("/portal/messages").param("caseId", String.valueOf(kase)).param("body", body)
                .with(data.signedIn(who)).with(csrf()));
    }

    private List<String> notes(long kase) {
        return jdbc.sql("select body from time_slips where case_id = :c and origin = 'SYSTEM' order by id")
                .param("c", kase).query(String.class).list();
    }

    private long count(String table, long kase) {
        return data.count(table, kase);
    }
}
