package org.caseport.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.List;
import org.caseport.access.PortalGrant;
import org.caseport.access.PortalGrants;
import org.caseport.identity.AccountTokens;
import org.caseport.identity.Actor;
import org.caseport.identity.ContactAccounts;
import org.caseport.identity.ContactLogin;
import org.caseport.identity.FirmSetup;
import org.caseport.identity.TokenPurpose;
import org.caseport.notifications.MailDispatcher;
import org.caseport.support.Browserless;
import org.caseport.support.Inbox;
import org.caseport.support.IntegrationTest;
import org.caseport.support.TestData;
import org.caseport.support.TestData.AuditRow;
import org.caseport.support.TestData.Invitee;
import org.caseport.support.TestData.QueuedMail;
import org.caseport.support.TestMailServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.util.HtmlUtils;

/**
 * Staff invite a client's contact to the portal: one login, a grant and an invitation mail, all
 * or nothing; and they take access away again, effective on the contact's next request.
 */
class PortalInvitationTest extends IntegrationTest {

    private static final String INVITED = "Access granted, and an invitation to choose a password is on its way.";
    private static final String GRANTED_ONLY =
            "Access granted; the contact sees it the next time they open the portal.";

    @RegisterExtension
    static GreenMailExtension greenMail = TestMailServer.greenMail();

    @LocalServerPort
    int port;
    @Value("${caseport.base-url}")
    String baseUrl;
    @Autowired
    MailDispatcher mailDispatcher;
    @Autowired
    AccountTokens tokens;
    @Autowired
    ContactAccounts contactAccounts;
    @Autowired
    PortalGrants grants;
    @Autowired
    FirmSetup firmSetup;

    private Actor admin;
    private long clientId;
    private long caseId;

    @BeforeEach
    void aClientWithACase() {
        admin = data.admin();
        clientId = data.client(admin);
        caseId = data.kaseFor(admin, clientId, admin.id());
    }

    @Test
    void invitingCreatesALoginWithoutPasswordAnActiveGrantAndOnePendingMail() throws Exception {
        Invitee invitee = data.invitee(clientId);

        invite(admin, invitee.contactId(), null).andExpect(redirectedUrl(portalPage(invitee.contactId())))
                .andExpect(flash().attribute("notice", INVITED));

        ContactLogin login = contactAccounts.login(invitee.contactId()).orElseThrow();
        assertThat(login.enabled()).isTrue();
        assertThat(login.hasPassword()).isFalse();
        assertThat(new Browserless(port).signIn(invitee.email(), TestData.PASSWORD).headers().firstValue("Location")
                .orElseThrow()).as("a login without a password cannot sign in").endsWith("/login?error");
        assertThat(grants.activeGrants(invitee.contactId())).singleElement()
                .satisfies(grant -> assertThat(grant.coversAllCases()).isTrue());
        QueuedMail mail = onlyMailTo(invitee);
        assertThat(mail.status()).isEqualTo("PENDING");
        assertThat(mail.subject()).contains(firmSetup.firmName());
        assertThat(mail.textBody()).contains(firmSetup.firmName());
        String token = Inbox.tokenOf(Inbox.linkTo("/activate", mail.textBody()));
        assertThat(tokens.peek(token, TokenPurpose.INVITATION)).contains(login.accountId());
    }

    @Test
    void theInvitationMailLinksToActivationNamesTheFirmAndEscapesTheContactsNameInHtml() throws Exception {
        String name = "Ann <b>Bold</b> & Co " + TestData.unique("x");
        Invitee invitee = data.invitee(clientId, name, TestData.mailRecipient());
        invite(admin, invitee.contactId(), caseId).andExpect(flash().attribute("notice", INVITED));

        mailDispatcher.dispatchDue();

        MimeMessage received = Inbox.onlyMailTo(greenMail, invitee.email());
        String firm = firmSetup.firmName();
        assertThat(received.getSubject()).isEqualTo("Your access to " + firm + "'s client portal");
        String text = Inbox.text(received);
        String link = Inbox.linkTo("/activate", text);
        assertThat(text).contains("Dear " + name + ",", baseUrl + link, admin.displayName() + " of " + firm);
        assertThat(Inbox.html(received))
                .contains("Dear <span>Ann &lt;b&gt;Bold&lt;/b&gt; &amp; Co ", "href=\"" + baseUrl + link + "\"",
                        "<span>" + HtmlUtils.htmlEscape(firm) + "</span>")
                .doesNotContain("<b>Bold</b>");
    }

    @Test
    void grantingOneMoreCaseToAContactWithAPasswordSendsNoMail() throws Exception {
        Actor active = data.contact(clientId);
        data.grantCase(active, caseId);
        long anotherCase = data.kaseFor(admin, clientId, null);

        invite(admin, active.contactId(), anotherCase).andExpect(flash().attribute("notice", GRANTED_ONLY));

        assertThat(grants.activeGrants(active.contactId())).extracting(PortalGrant::caseId)
                .containsExactlyInAnyOrder(caseId, anotherCase);
        assertThat(data.mailsTo(TestData.emailOf(active.displayName()))).isEmpty();
        assertThat(data.auditOf("CONTACT", active.contactId())).extracting(AuditRow::action)
                .doesNotContain("PORTAL_INVITATION");
    }

    @Test
    void sendingANewInvitationVoidsTheOldLink() throws Exception {
        Invitee invitee = data.invitee(clientId);
        invite(admin, invitee.contactId(), caseId);
        String oldLink = Inbox.linkTo("/activate", onlyMailTo(invitee).textBody());

        mvc.perform(post(portalPage(invitee.contactId()) + "/resend").with(data.signedIn(admin)).with(csrf()))
                .andExpect(redirectedUrl(portalPage(invitee.contactId())))
                .andExpect(flash().attribute("notice",
                        "A new invitation is on its way; the older link no longer works."));

        List<QueuedMail> mails = data.mailsTo(invitee.email());
        assertThat(mails).hasSize(2);
        String newLink = Inbox.linkTo("/activate", mails.get(1).textBody());
        Browserless browser = new Browserless(port);
        browser.get(oldLink);
        assertThat(browser.get("/activate").body()).contains("This link no longer works");
        browser.get(newLink);
        assertThat(browser.get("/activate").body()).contains("Welcome, " + invitee.name());
    }

    @Test
    void anInvestigatorCannotGrantAllCasesButMayGrantACaseTheyLead() throws Exception {
        Actor investigator = data.investigator();
        long ledCase = data.kaseFor(admin, clientId, investigator.id());
        Invitee invitee = data.invitee(clientId);
        mvc.perform(get(portalPage(invitee.contactId())).with(data.signedIn(investigator)))
                .andExpect(content().string(not(containsString("All of the client's cases"))));

        invite(investigator, invitee.contactId(), null).andExpect(redirectedUrl(portalPage(invitee.contactId())))
                .andExpect(flash().attribute("problem", "Only an admin may grant access to all of a client's cases."));
        assertNothingCreatedFor(invitee);

        invite(investigator, invitee.contactId(), ledCase).andExpect(flash().attribute("notice", INVITED));
        assertThat(grants.activeGrants(invitee.contactId())).extracting(PortalGrant::caseId).containsExactly(ledCase);
        assertThat(data.mailsTo(invitee.email())).hasSize(1);
    }

    @Test
    void anInvestigatorGrantingACaseTheyDoNotWorkGetsNotFound() throws Exception {
        Actor investigator = data.investigator();
        Invitee invitee = data.invitee(clientId);

        invite(investigator, invitee.contactId(), caseId).andExpect(status().isNotFound());

        assertNothingCreatedFor(invitee);
    }

    @Test
    void aContactWhoseEmailAStaffLoginUsesIsRefusedAndNothingIsCreated() throws Exception {
        String staffEmail = TestData.emailOf(data.investigator());
        Invitee invitee = data.invitee(clientId, TestData.unique("Namesake"), staffEmail.toUpperCase());

        invite(admin, invitee.contactId(), null).andExpect(redirectedUrl(portalPage(invitee.contactId())))
                .andExpect(flash().attribute("problem",
                        "Another login already uses " + staffEmail + "; give this contact another email first."));

        assertNothingCreatedFor(invitee);
    }

    @Test
    void disablingAContactsLoginSignsThemOutOnTheirNextRequest() throws Exception {
        Actor contact = data.contact(clientId);
        data.grantAllCases(contact);
        Browserless portal = signedInToThePortal(contact);
        assertThat(portal.get("/portal").statusCode()).isEqualTo(200);

        mvc.perform(post(portalPage(contact.contactId()) + "/login").param("enabled", "false")
                        .with(data.signedIn(admin)).with(csrf()))
                .andExpect(flash().attribute("notice", "Login disabled; the contact is signed out at once."));

        HttpResponse<String> next = portal.get("/portal");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElseThrow()).endsWith("/login?disabled");
        assertThat(portal.get("/portal").headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(portal.signIn(TestData.emailOf(contact.displayName()), TestData.PASSWORD)
                .headers().firstValue("Location").orElseThrow()).contains("/login?error");
    }

    @Test
    void revokingAGrantRemovesTheCaseFromTheContactsDashboardAtOnce() throws Exception {
        Actor contact = data.contact(clientId);
        long keptCase = data.kaseFor(admin, clientId, null);
        data.grantCase(contact, caseId);
        data.grantCase(contact, keptCase);
        Browserless portal = signedInToThePortal(contact);
        assertThat(portal.get("/portal").body()).contains(card(caseId), card(keptCase));

        mvc.perform(post(portalPage(contact.contactId()) + "/grants/" + grantOf(contact, caseId).id() + "/revoke")
                        .with(data.signedIn(admin)).with(csrf()))
                .andExpect(redirectedUrl(portalPage(contact.contactId())))
                .andExpect(flash().attribute("notice", "Access revoked; it ends with the contact's next click."));

        assertThat(portal.get("/portal").body()).doesNotContain(card(caseId)).contains(card(keptCase));
        assertThat(portal.get("/portal/cases/" + caseId).statusCode()).isEqualTo(404);
    }

    @Test
    void invitationGrantAndRevocationAreAuditedAsTheStaffMember() throws Exception {
        Invitee invitee = data.invitee(clientId);
        invite(admin, invitee.contactId(), caseId);
        long grantId = grants.activeGrants(invitee.contactId()).get(0).id();
        mvc.perform(post(portalPage(invitee.contactId()) + "/grants/" + grantId + "/revoke").with(data.signedIn(admin))
                .with(csrf()));

        List<AuditRow> audit = data.auditOf("CONTACT", invitee.contactId());
        assertThat(audit).extracting(AuditRow::action)
                .containsExactly("PORTAL_GRANT", "PORTAL_INVITATION", "PORTAL_REVOKE");
        assertThat(audit).allSatisfy(row -> {
            assertThat(row.actorId()).isEqualTo(admin.id());
            assertThat(row.actorLabel()).isEqualTo(admin.displayName());
        });
    }

    @Test
    void disablingAndEnablingALoginIsAudited() throws Exception {
        Actor contact = data.contact(clientId);
        for (String enabled : new String[] {"false", "true"}) {
            mvc.perform(post(portalPage(contact.contactId()) + "/login").param("enabled", enabled)
                    .with(data.signedIn(admin)).with(csrf()));
        }
        assertThat(data.auditOf("CONTACT", contact.contactId())).extracting(AuditRow::action)
                .containsExactly("PORTAL_LOGIN_DISABLED", "PORTAL_LOGIN_ENABLED");
    }

    @Test
    void noInvitationGoesToADisabledLogin() throws Exception {
        Invitee invitee = data.invitee(clientId);
        invite(admin, invitee.contactId(), caseId);
        mvc.perform(post(portalPage(invitee.contactId()) + "/login").param("enabled", "false")
                .with(data.signedIn(admin)).with(csrf()));
        int mailsBefore = data.mailsTo(invitee.email()).size();

        mvc.perform(post(portalPage(invitee.contactId()) + "/resend").with(data.signedIn(admin)).with(csrf()))
                .andExpect(flash().attribute("problem", "This contact's login is disabled: enable it first."));
        invite(admin, invitee.contactId(), data.kaseFor(admin, clientId, null));

        assertThat(data.mailsTo(invitee.email())).hasSize(mailsBefore);
    }

    @Test
    void grantingTheSameAccessTwiceIsAuditedOnce() throws Exception {
        Actor contact = data.contact(clientId);
        invite(admin, contact.contactId(), caseId);
        invite(admin, contact.contactId(), caseId);
        assertThat(data.auditOf("CONTACT", contact.contactId())).extracting(AuditRow::action)
                .containsExactly("PORTAL_GRANT");
    }

    private ResultActions invite(Actor staff, long contactId, Long caseId) throws Exception {
        return mvc.perform(post(portalPage(contactId) + "/invite")
                .param("caseId", caseId == null ? "" : caseId.toString())
                .with(data.signedIn(staff)).with(csrf()));
    }

    private void assertNothingCreatedFor(Invitee invitee) {
        assertThat(contactAccounts.login(invitee.contactId())).isEmpty();
        assertThat(grants.activeGrants(invitee.contactId())).isEmpty();
        assertThat(data.mailsTo(invitee.email())).isEmpty();
        assertThat(data.auditOf("CONTACT", invitee.contactId())).isEmpty();
    }

    private QueuedMail onlyMailTo(Invitee invitee) {
        List<QueuedMail> mails = data.mailsTo(invitee.email());
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private Browserless signedInToThePortal(Actor contact) throws Exception {
        Browserless portal = new Browserless(port);
        assertThat(portal.signIn(TestData.emailOf(contact.displayName()), TestData.PASSWORD)
                .headers().firstValue("Location").orElseThrow()).endsWith("/portal");
        return portal;
    }

    private PortalGrant grantOf(Actor contact, long caseId) {
        return grants.activeGrants(contact.contactId()).stream()
                .filter(grant -> Long.valueOf(caseId).equals(grant.caseId())).findFirst().orElseThrow();
    }

    private String portalPage(long contactId) {
        return "/app/clients/" + clientId + "/contacts/" + contactId + "/portal";
    }

    private static String card(long caseId) {
        return "id=\"portal-case-" + caseId + "\"";
    }
}
