package org.caseport.renewals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.caseport.access.PortalSection;
import org.caseport.identity.Actor;
import org.caseport.identity.PortalPreview;
import org.caseport.shared.NotFoundException;
import org.caseport.support.IntegrationTest;
import org.caseport.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;

/**
 * Setting up renewals and the client's one instruction: exactly one of two simultaneous instructions
 * wins, late and stale ones are refused with a reason, and only the contacts the access policy names
 * may instruct — a case's renewal through the case, a client's own through a grant to all its cases.
 * Staff see a case's renewals where they work the case, and a client's own always.
 */
class RenewalsTest extends IntegrationTest {

    @Autowired
    Renewals renewals;
    @Autowired
    RenewalQueries queries;
    @Autowired
    JdbcClient jdbc;

    private Actor admin;
    private Actor lead;
    private long clientId;
    private long caseId;
    private Actor contact;
    private Actor colleague;
    private LocalDate today;

    @BeforeEach
    void aClientWithACaseAndTwoContactsGrantedAllOfIt() {
        today = LocalDate.now();
        admin = data.admin();
        lead = data.investigator();
        clientId = data.client(admin);
        caseId = data.kaseFor(admin, clientId, lead.id(), new BigDecimal("2000.00"), null);
        contact = data.contact(clientId);
        data.grantAllCases(contact);
        colleague = data.contact(clientId);
        data.grantAllCases(colleague);
    }

    @Test
    void twoContactsInstructingAtOnceMakeExactlyOneInstruction() throws Exception {
        long renewalId = renewal(caseId, "Monthly monitoring", today.plusDays(20));

        List<String> results = new ArrayList<>(RenewalDeadlinesTest.atOnce(
                () -> instructing(contact, renewalId, RenewalOutcome.RENEW),
                () -> instructing(colleague, renewalId, RenewalOutcome.LAPSE)));

        Collections.sort(results);
        assertThat(results.get(0)).matches("refused: Already instructed by contact-\\S+ on \\d{1,2} \\w+ \\d{4} at "
                + "\\d{2}:\\d{2}: (renew|let lapse)\\.");
        assertThat(results.get(1)).isEqualTo("won");
        RenewalRow instructed = queries.get(admin, clientId, renewalId);
        assertThat(results.get(0)).contains(instructed.instructedByName());
        assertThat(jdbc.sql("select count(*) from time_slips where case_id = :c and body like 'Renewal %instructed%'")
                .param("c", caseId).query(Long.class).single()).isEqualTo(1);
        assertThat(data.mailsTo(TestData.emailOf(lead))).hasSize(1);
    }

    @Test
    void aSecondInstructionIsToldWhoWasFirstAndTheTypedCommentIsKept() throws Exception {
        long renewalId = renewal(null, "Retainer top-up", today.plusDays(20));
        mvc.perform(post("/portal/renewals/{r}/instruction", renewalId).param("instruction", "RENEW")
                        .param("comment", "Yes, another year.").param("version", "0")
                        .with(data.signedIn(contact)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "You instructed to renew. The firm is told."));

        mvc.perform(post("/portal/renewals/{r}/instruction", renewalId).param("instruction", "LAPSE")
                        .param("comment", "No more.").param("version", "0").with(data.signedIn(colleague)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("typedComment", "No more."))
                .andExpect(result -> assertThat((String) result.getFlashMap().get("problem"))
                        .startsWith("Already instructed by " + contact.displayName() + " on ").endsWith(": renew."));

        RenewalRow row = queries.get(admin, clientId, renewalId);
        assertThat(row.instruction()).isEqualTo(RenewalOutcome.RENEW);
        assertThat(row.instructionComment()).isEqualTo("Yes, another year.");
        assertThat(data.mailsTo(TestData.emailOf(admin))).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo(contact.displayName() + " instructed to renew \"Retainer top-up\" ("
                    + clientName() + ")");
            assertThat(mail.textBody()).contains("Yes, another year.", "/app/clients/" + clientId + "/renewals");
        });
    }

    @Test
    void afterTheRenewalDateNoInstructionIsTaken() {
        long renewalId = renewal(caseId, "Asset check", today);
        jdbc.sql("update renewals set renews_on = current_date - 1 where id = :id").param("id", renewalId).update();

        assertThatThrownBy(() -> renewals.instruct(contact, renewalId, RenewalOutcome.RENEW, null, 0))
                .isInstanceOf(RenewalRefusedException.class).hasMessageStartingWith("The renewal date has passed");
        assertThat(queries.get(admin, clientId, renewalId).instruction()).isNull();
    }

    @Test
    void anInstructionOnTermsStaffChangedSinceIsRefused() {
        long renewalId = renewal(caseId, "Asset check", today.plusDays(9));
        renewals.revise(lead, clientId, renewalId, new RenewalDetails(caseId, "Asset check", new BigDecimal("950.00"),
                6, today.plusDays(9), RenewalOutcome.RENEW, 14));

        assertThatThrownBy(() -> renewals.instruct(contact, renewalId, RenewalOutcome.RENEW, null, 0))
                .isInstanceOf(RenewalRefusedException.class).hasMessageContaining("changed this renewal");
        renewals.instruct(contact, renewalId, RenewalOutcome.RENEW, null, 1);
        assertThat(queries.get(admin, clientId, renewalId).instruction()).isEqualTo(RenewalOutcome.RENEW);
    }

    @Test
    void staffChangeTermsUntilTheClientInstructsAndCancelAnActiveRenewal() {
        long renewalId = renewal(caseId, "Monitoring", today.plusDays(3));
        jdbc.sql("update renewals set notified_at = now(), notice_recipients = 2 where id = :id")
                .param("id", renewalId).update();
        renewals.revise(admin, clientId, renewalId, new RenewalDetails(null, "Monitoring, weekly", new BigDecimal("80"),
                1, today.plusDays(4), RenewalOutcome.LAPSE, 2));

        RenewalRow revised = queries.get(admin, clientId, renewalId);
        assertThat(revised.caseId()).isNull();
        assertThat(revised.price()).isEqualByComparingTo("80.00");
        assertThat(revised.notifiedAt()).as("the contacts are told the new terms").isNull();
        assertThat(revised.version()).isEqualTo(1);

        renewals.instruct(contact, renewalId, RenewalOutcome.LAPSE, null, 1);
        assertThatThrownBy(() -> renewals.revise(admin, clientId, renewalId, new RenewalDetails(null, "Changed",
                new BigDecimal("90"), 1, today.plusDays(4), RenewalOutcome.RENEW, 2)))
                .isInstanceOf(RenewalRefusedException.class).hasMessageContaining("Already instructed by "
                        + contact.displayName());

        renewals.cancel(admin, clientId, renewalId);
        assertThat(queries.get(admin, clientId, renewalId).status()).isEqualTo(RenewalStatus.CANCELLED);
        assertThatThrownBy(() -> renewals.cancel(admin, clientId, renewalId))
                .isInstanceOf(RenewalRefusedException.class)
                .hasMessageStartingWith("This renewal was cancelled by " + admin.displayName());
    }

    @Test
    void nobodyElseInstructsAndARefusalChangesNothing() throws Exception {
        long renewalId = renewal(caseId, "Ours", today.plusDays(20));
        Actor otherClientsContact = data.contact(data.client(admin));
        data.grantAllCases(otherClientsContact);
        Actor statusOnly = contactWith(data.portalProfileNamed("Status only"));
        Actor readOnly = contactWith(data.portalProfile("Renewals read-only",
                Set.of(PortalSection.OVERVIEW, PortalSection.APPROVALS), Set.of()));
        Actor revoked = data.contact(clientId);
        data.grantAllCases(revoked);
        data.revokeGrants(revoked);
        MockHttpSession preview = new MockHttpSession();
        PortalPreview.start(preview, contact.id());
        long notesBefore = data.count("time_slips", caseId);

        for (Actor refused : List.of(otherClientsContact, statusOnly, readOnly, revoked, contact.previewedBy(admin))) {
            assertThatThrownBy(() -> renewals.instruct(refused, renewalId, RenewalOutcome.RENEW, null, 0))
                    .isInstanceOf(NotFoundException.class);
        }
        mvc.perform(post("/portal/renewals/{r}/instruction", renewalId).param("instruction", "RENEW")
                .param("version", "0").with(data.signedIn(admin)).session(preview).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/portal/renewals/{r}/instruction", renewalId).param("instruction", "RENEW")
                .param("version", "0").with(data.signedIn(otherClientsContact)).with(csrf()))
                .andExpect(status().isNotFound());

        assertThat(queries.get(admin, clientId, renewalId).instruction()).isNull();
        assertThat(data.mailsTo(TestData.emailOf(lead))).isEmpty();
        assertThat(data.count("time_slips", caseId)).isEqualTo(notesBefore);
        assertThat(data.auditOf("RENEWAL", renewalId)).extracting(TestData.AuditRow::action)
                .containsOnly("ACCESS_DENIED").hasSize(7);
    }

    @Test
    void aClientsOwnRenewalIsForContactsGrantedAllItsCasesThroughTheProfileThatApplies() throws Exception {
        long clientWide = renewal(null, "Retainer top-up", today.plusDays(20));
        long onTheCase = renewal(caseId, "Case monitoring", today.plusDays(20));
        Actor oneCaseOnly = data.contact(clientId);
        data.grantCase(oneCaseOnly, caseId);
        jdbc.sql("update clients set portal_profile_id = :p where id = :c")
                .param("p", data.portalProfileNamed("Status only")).param("c", clientId).update();
        Actor throughTheClient = data.contact(clientId);
        data.grantAllCases(throughTheClient);
        data.useProfile(contact, data.portalProfileNamed("Standard"));

        assertThat(idsSeenBy(contact)).containsExactlyInAnyOrder(clientWide, onTheCase);
        assertThat(idsSeenBy(oneCaseOnly)).as("a case grant shows the case's renewal only").isEmpty();
        assertThat(idsSeenBy(throughTheClient)).as("the client's profile shows no approvals").isEmpty();
        assertThatThrownBy(() -> renewals.instruct(throughTheClient, clientWide, RenewalOutcome.RENEW, null, 0))
                .isInstanceOf(NotFoundException.class);

        jdbc.sql("update clients set portal_profile_id = :p where id = :c")
                .param("p", data.portalProfileNamed("Standard")).param("c", clientId).update();
        assertThat(idsSeenBy(oneCaseOnly)).containsExactly(onTheCase);
        assertThat(idsSeenBy(throughTheClient)).containsExactlyInAnyOrder(clientWide, onTheCase);
        assertThatThrownBy(() -> renewals.instruct(oneCaseOnly, clientWide, RenewalOutcome.RENEW, null, 0))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void thePortalOffersTheInstructionOnlyWhereItIsTaken() throws Exception {
        long renewalId = renewal(caseId, "Social-media monitoring", today.plusDays(20));
        Actor readOnly = contactWith(data.portalProfile("Renewals to read",
                Set.of(PortalSection.OVERVIEW, PortalSection.APPROVALS), Set.of()));
        Actor statusOnly = contactWith(data.portalProfileNamed("Status only"));
        MockHttpSession preview = new MockHttpSession();
        PortalPreview.start(preview, contact.id());

        assertThat(page("/portal/renewals", contact, null)).contains("Social-media monitoring",
                "id=\"renew-" + renewalId, "1,200.00 for 12 months", "id=\"portal-renewals-link\"");
        assertThat(page("/portal", contact, null)).contains("id=\"awaiting-renewal-" + renewalId);
        assertThat(page("/portal/renewals", readOnly, null)).contains("Social-media monitoring")
                .doesNotContain("id=\"renew-" + renewalId);
        assertThat(page("/portal/renewals", admin, preview)).contains("Social-media monitoring")
                .doesNotContain("id=\"renew-" + renewalId);
        assertThat(page("/portal/renewals", statusOnly, null)).contains("You have no renewals")
                .doesNotContain("Social-media monitoring", "portal-renewals-link");
        assertThat(page("/portal", statusOnly, null)).doesNotContain("portal-renewals-link", "awaiting-renewal-");
    }

    @Test
    void aContactWhoMayReadButNotInstructStillSeesTheClientsOwnRenewals() throws Exception {
        long clientWide = renewal(null, "Retainer top-up", today.plusDays(20));
        long onTheCase = renewal(caseId, "Case monitoring", today.plusDays(20));
        Actor readOnly = contactWith(data.portalProfile("Renewals to read, client-wide",
                Set.of(PortalSection.OVERVIEW, PortalSection.APPROVALS), Set.of()));

        assertThat(idsSeenBy(readOnly)).containsExactlyInAnyOrder(clientWide, onTheCase);
        assertThat(queries.forContact(readOnly, 0, 50).items()).noneMatch(RenewalRow::instructable);
        assertThat(page("/portal/renewals", readOnly, null)).contains("Retainer top-up", "Case monitoring")
                .doesNotContain("id=\"renew-" + clientWide, "id=\"renew-" + onTheCase);
        assertThatThrownBy(() -> renewals.instruct(readOnly, clientWide, RenewalOutcome.RENEW, null, 0))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void staffSeeACasesRenewalWhereTheyWorkTheCaseAndAClientsOwnAlways() throws Exception {
        long onTheCase = renewal(caseId, "Case monitoring", today.plusDays(20));
        long clientWide = renewal(null, "Retainer top-up", today.plusDays(20));
        Actor unassigned = data.investigator();

        assertThat(queries.forClient(unassigned, clientId, 0, 10).items()).extracting(RenewalRow::id)
                .containsExactly(clientWide);
        assertThat(queries.forClient(lead, clientId, 0, 10).items()).extracting(RenewalRow::id)
                .containsExactlyInAnyOrder(clientWide, onTheCase);
        assertThat(queries.upcoming(unassigned, today.plusDays(60), false, 0, 500).items())
                .extracting(RenewalRow::id).contains(clientWide).doesNotContain(onTheCase);
        mvc.perform(get("/app/clients/{c}/renewals/{r}/edit", clientId, onTheCase).with(data.signedIn(unassigned)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/app/clients/{c}/renewals/{r}/cancel", clientId, onTheCase).with(data.signedIn(unassigned))
                .with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/app/clients/{c}/renewals", clientId).with(data.signedIn(unassigned)).with(csrf())
                        .param("caseId", String.valueOf(caseId)).param("title", "Sneaky").param("price", "10")
                        .param("termMonths", "1").param("renewsOn", today.plusDays(5).toString())
                        .param("defaultOutcome", "RENEW").param("noticeDays", "14"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("renewalForm", "caseId"));
        assertThat(queries.get(admin, clientId, onTheCase).status()).isEqualTo(RenewalStatus.ACTIVE);
    }

    @Test
    void theUpcomingListShowsTheClientsInstructionsAndThoseWithNone() throws Exception {
        String marker = TestData.unique("Upcoming");
        // Due today and tomorrow, so that other tests' renewals never push them off the first page.
        long instructed = renewal(caseId, marker + " instructed", today);
        renewals.instruct(contact, instructed, RenewalOutcome.LAPSE, "Budget is tight.", 0);
        long silent = renewal(caseId, marker + " silent", today.plusDays(1));
        long later = renewal(caseId, marker + " later", today.plusDays(80));

        String sixtyDays = page("/app/renewals", lead, null);
        assertThat(sixtyDays).contains("id=\"upcoming-renewal-" + instructed, "Client: Let lapse", "Budget is tight.",
                "id=\"upcoming-renewal-" + silent, "No instruction yet").doesNotContain(marker + " later");
        assertThat(page("/app/renewals?uninstructed=true", lead, null)).contains(marker + " silent")
                .doesNotContain(marker + " instructed");
        assertThat(page("/app/renewals?days=90", lead, null)).contains("id=\"upcoming-renewal-" + later);
        assertThat(page("/app/clients/" + clientId, lead, null)).contains("id=\"manage-renewals\"", marker + " silent");
    }

    @Test
    void invalidRenewalsShowFieldErrorsAndSaveNothing() throws Exception {
        long otherClientsCase = data.kase(admin, lead.id(), BigDecimal.ZERO);
        mvc.perform(post("/app/clients/{c}/renewals", clientId).param("title", " ").param("price", "-5")
                        .param("termMonths", "40").param("noticeDays", "91").with(data.signedIn(lead)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("renewalForm", "title", "price", "termMonths", "renewsOn",
                        "defaultOutcome", "noticeDays"));
        mvc.perform(post("/app/clients/{c}/renewals", clientId).param("title", "Late").param("price", "10")
                        .param("termMonths", "1").param("renewsOn", today.minusDays(1).toString())
                        .param("defaultOutcome", "RENEW").param("noticeDays", "14")
                        .with(data.signedIn(lead)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("renewalForm", "renewsOn"));
        mvc.perform(post("/app/clients/{c}/renewals", clientId).param("caseId", String.valueOf(otherClientsCase))
                        .param("title", "Elsewhere").param("price", "10").param("termMonths", "1")
                        .param("renewsOn", today.plusDays(3).toString()).param("defaultOutcome", "RENEW")
                        .param("noticeDays", "14").with(data.signedIn(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("renewalForm", "caseId"));
        long renewalId = renewal(caseId, "Kept", today.plusDays(5));
        mvc.perform(post("/portal/renewals/{r}/instruction", renewalId).param("instruction", "RENEW")
                        .param("comment", "x".repeat(2001)).param("version", "0")
                        .with(data.signedIn(contact)).with(csrf()))
                .andExpect(flash().attribute("commentError", "Keep the comment under 2,000 characters."));

        assertThat(queries.forClient(admin, clientId, 0, 10).items()).extracting(RenewalRow::title)
                .containsExactly("Kept");
        assertThat(queries.get(admin, clientId, renewalId).instruction()).isNull();
    }

    private long renewal(Long kase, String title, LocalDate renewsOn) {
        return renewals.add(admin, clientId, new RenewalDetails(kase, title, new BigDecimal("1200.00"), 12, renewsOn,
                RenewalOutcome.RENEW, 14));
    }

    private String instructing(Actor who, long renewalId, RenewalOutcome instruction) {
        try {
            renewals.instruct(who, renewalId, instruction, null, 0);
            return "won";
        } catch (RenewalRefusedException refused) {
            return "refused: " + refused.getMessage();
        }
    }

    private Actor contactWith(long profileId) {
        Actor granted = data.contact(clientId);
        data.grantAllCases(granted);
        data.useProfile(granted, profileId);
        return granted;
    }

    private List<Long> idsSeenBy(Actor who) {
        return queries.forContact(who, 0, 50).items().stream().map(RenewalRow::id).toList();
    }

    private String page(String path, Actor who, MockHttpSession session) throws Exception {
        var request = get(path).with(data.signedIn(who));
        if (session != null) {
            request.session(session);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String clientName() {
        return jdbc.sql("select name from clients where id = :id").param("id", clientId).query(String.class).single();
    }
}
