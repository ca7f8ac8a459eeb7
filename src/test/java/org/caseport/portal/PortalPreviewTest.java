package org.caseport.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.caseport.identity.Actor;
import org.caseport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

/**
 * Staff preview the portal as a contact: exactly what the contact sees, never beyond the cases
 * the staff member may see, read-only, on the audit log, and over when they leave it.
 */
class PortalPreviewTest extends IntegrationTest {

    private static final Pattern CASE_CARD = Pattern.compile("id=\"portal-case-(\\d+)\"");

    private Actor admin;
    private Actor investigator;
    private Actor contact;
    private long grantedLedByInvestigator;
    private long grantedLedByAdmin;
    private long notGranted;
    private final MockHttpSession session = new MockHttpSession();

    @BeforeEach
    void aContactGrantedTwoOfTheirClientsThreeCases() {
        admin = data.admin();
        investigator = data.investigator();
        long clientId = data.client(admin);
        grantedLedByInvestigator = data.kaseFor(admin, clientId, investigator.id());
        grantedLedByAdmin = data.kaseFor(admin, clientId, admin.id());
        notGranted = data.kaseFor(admin, clientId, investigator.id());
        data.kase(admin, investigator.id(), BigDecimal.ZERO);
        contact = data.contact(clientId);
        data.grantCase(contact, grantedLedByInvestigator);
        data.grantCase(contact, grantedLedByAdmin);
    }

    @Test
    void anAdminsPreviewShowsExactlyTheContactsCasesUnderAPreviewBanner() throws Exception {
        preview(admin);

        String dashboard = portalPage(admin, "/portal");

        assertThat(dashboard).contains("id=\"preview-banner\"", "<strong>Preview</strong>",
                "<strong>" + contact.displayName() + "</strong>");
        assertThat(casesOn(dashboard)).containsExactlyInAnyOrder(grantedLedByInvestigator, grantedLedByAdmin);
        assertThat(casesOn(dashboard)).isEqualTo(casesOn(contactsOwnDashboard()));
    }

    @Test
    void aPreviewIsAuditedAsTheStaffMemberWhoLooked() throws Exception {
        preview(admin);

        assertThat(data.auditOf("CONTACT", contact.contactId()))
                .filteredOn(row -> row.action().equals("PORTAL_PREVIEW"))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.actorId()).isEqualTo(admin.id());
                    assertThat(row.actorLabel()).isEqualTo(admin.displayName());
                });
    }

    @Test
    void anInvestigatorsPreviewShowsOnlyTheGrantedCasesTheyWork() throws Exception {
        preview(investigator);

        String dashboard = portalPage(investigator, "/portal");

        assertThat(dashboard).contains("(limited to cases you work)");
        assertThat(casesOn(dashboard)).containsExactly(grantedLedByInvestigator);
        mvc.perform(get("/portal/cases/" + grantedLedByAdmin).session(session).with(data.signedIn(investigator)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/portal/cases/" + notGranted).session(session).with(data.signedIn(investigator)))
                .andExpect(status().isNotFound());
    }

    @Test
    void exitingThePreviewSendsStaffBackToTheStaffApp() throws Exception {
        preview(admin);

        mvc.perform(post("/app/preview/exit").session(session).with(data.signedIn(admin)).with(csrf()))
                .andExpect(redirectedUrl("/app/clients"));

        mvc.perform(get("/portal").session(session).with(data.signedIn(admin))).andExpect(redirectedUrl("/app"));
    }

    @Test
    void aPreviewNeverOffersToSignOutAsTheContact() throws Exception {
        preview(admin);

        assertThat(portalPage(admin, "/portal")).doesNotContain("action=\"/logout\"").doesNotContain("Sign out");
        assertThat(portalPage(admin, "/portal/cases/" + grantedLedByAdmin)).doesNotContain("action=\"/logout\"");
        assertThat(contactsOwnDashboard()).contains("action=\"/logout\"");
    }

    private void preview(Actor staff) throws Exception {
        mvc.perform(post("/app/clients/" + contact.clientId() + "/contacts/" + contact.contactId() + "/portal/preview")
                        .session(session).with(data.signedIn(staff)).with(csrf()))
                .andExpect(redirectedUrl("/portal"));
    }

    private String portalPage(Actor staff, String path) throws Exception {
        return mvc.perform(get(path).session(session).with(data.signedIn(staff)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String contactsOwnDashboard() throws Exception {
        return mvc.perform(get("/portal").with(data.signedIn(contact)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static Set<Long> casesOn(String dashboard) {
        Matcher card = CASE_CARD.matcher(dashboard);
        return card.results().map(match -> Long.valueOf(match.group(1))).collect(Collectors.toSet());
    }
}
