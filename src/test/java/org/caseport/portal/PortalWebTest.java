package org.caseport.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Set;
import org.caseport.access.PortalGrants;
import org.caseport.access.PortalSection;
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

/** What a contact sees in the portal: their granted cases, shared items only, as their profile allows. */
class PortalWebTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PortalGrants grants;

    private Actor admin;
    private long caseId;
    private long clientId;
    private Actor contact;

    @BeforeEach
    void aContactWithAccessToTheirClientsCases() {
        admin = data.admin();
        caseId = data.kase(admin, admin.id(), new BigDecimal("1000"));
        clientId = data.clientOf(caseId);
        contact = data.contact(clientId);
        data.grantAllCases(contact);
    }

    @Test
    void contactSeesSharedNotesButNeverInternalOnes() throws Exception {
        String shared = TestData.unique("Shared observation");
        String internal = TestData.unique("Internal hunch");
        data.sharedNote(admin, caseId, shared);
        data.internalNote(admin, caseId, internal);

        mvc.perform(get("/portal/cases/" + caseId + "/notes").with(data.signedIn(contact)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(shared)))
                .andExpect(content().string(not(containsString(internal))));
    }

    @Test
    void dashboardListsTheGrantedCasesOnly() throws Exception {
        String number = number(caseId);
        long otherClientsCase = data.kase(admin, null, BigDecimal.ZERO);
        mvc.perform(get("/portal").with(data.signedIn(contact)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(number)))
                .andExpect(content().string(not(containsString(number(otherClientsCase)))));
    }

    @Test
    void anotherClientsCaseAnswersExactlyLikeAMissingOne() throws Exception {
        long otherClientsCase = data.kase(admin, null, BigDecimal.ZERO);
        for (String section : new String[] {"", "/notes", "/budget", "/expenses", "/subjects", "/documents"}) {
            mvc.perform(get("/portal/cases/" + otherClientsCase + section).with(data.signedIn(contact)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/portal/cases/987654321" + section).with(data.signedIn(contact)))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void askingForAnotherClientsCaseIsAudited() throws Exception {
        long otherClientsCase = data.kase(admin, null, BigDecimal.ZERO);
        mvc.perform(get("/portal/cases/" + otherClientsCase + "/notes").with(data.signedIn(contact)))
                .andExpect(status().isNotFound());
        assertThat(data.auditOf("CASE", otherClientsCase)).extracting(TestData.AuditRow::action, TestData.AuditRow::actorId)
                .containsExactly(tuple("ACCESS_DENIED", contact.id()));
    }

    @Test
    void revokingTheGrantTakesEffectOnTheNextRequest() throws Exception {
        mvc.perform(get("/portal/cases/" + caseId).with(data.signedIn(contact))).andExpect(status().isOk());
        long grantId = grants.activeGrants(contact.contactId()).get(0).id();
        grants.revoke(admin, contact.contactId(), grantId);
        mvc.perform(get("/portal/cases/" + caseId).with(data.signedIn(contact))).andExpect(status().isNotFound());
        mvc.perform(get("/portal").with(data.signedIn(contact)))
                .andExpect(content().string(not(containsString(number(caseId)))));
    }

    @Test
    void grantForOneCaseShowsThatCaseAndNoOtherOfTheClient() throws Exception {
        Actor narrow = data.contact(clientId);
        long secondCase = openCaseFor(clientId);
        data.grantCase(narrow, secondCase);
        mvc.perform(get("/portal/cases/" + secondCase).with(data.signedIn(narrow))).andExpect(status().isOk());
        mvc.perform(get("/portal/cases/" + caseId).with(data.signedIn(narrow))).andExpect(status().isNotFound());
    }

    @Test
    void profileDecidesWhichSectionsExist() throws Exception {
        long statusOnly = jdbc.sql("select id from portal_profiles where name = 'Status only'").query(Long.class).single();
        jdbc.sql("update client_contacts set portal_profile_id = :p where id = :id").param("p", statusOnly)
                .param("id", contact.contactId()).update();
        mvc.perform(get("/portal/cases/" + caseId).with(data.signedIn(contact)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/notes\""))));
        for (String hidden : new String[] {"/notes", "/budget", "/expenses", "/subjects", "/documents"}) {
            mvc.perform(get("/portal/cases/" + caseId + hidden).with(data.signedIn(contact)))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void hiddenFieldsAreNotShown() throws Exception {
        data.sharedNote(admin, caseId, "Rate check");
        mvc.perform(get("/portal/cases/" + caseId + "/notes").with(data.signedIn(contact)))
                .andExpect(content().string(containsString("1.25 h")))
                .andExpect(content().string(not(containsString("per hour"))));
    }

    @Test
    void hidingSubjectIdentifiersHidesTheirAddressesPhonesAndVehiclesToo() throws Exception {
        long noIdentifiers = data.portalProfile("No identifiers", Set.of(PortalSection.SUBJECTS), Set.of());
        data.useProfile(contact, noIdentifiers);
        data.subject(admin, caseId, new SubjectDetails(SubjectKind.PERSON, "Shared person", null, null, "Passport X1",
                "1 Hidden Street", "555-0123", "Blue van", "Seen twice", Visibility.CLIENT));
        mvc.perform(get("/portal/cases/" + caseId + "/subjects").with(data.signedIn(contact)))
                .andExpect(content().string(containsString("Seen twice")))
                .andExpect(content().string(not(containsString("Passport X1"))))
                .andExpect(content().string(not(containsString("1 Hidden Street"))))
                .andExpect(content().string(not(containsString("555-0123"))))
                .andExpect(content().string(not(containsString("Blue van"))));
    }

    @Test
    void staffSeeOnTheCaseWhichContactsSeeItInThePortal() throws Exception {
        mvc.perform(get("/app/cases/" + caseId).with(data.signedIn(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(contact.displayName())))
                .andExpect(content().string(containsString("(all of the client&#39;s cases)")));
    }

    @Test
    void staffWithoutAPreviewAreSentBackToTheStaffApp() throws Exception {
        mvc.perform(get("/portal").with(data.signedIn(admin))).andExpect(redirectedUrl("/app"));
    }

    @Test
    void contactsCannotOpenStaffPages() throws Exception {
        mvc.perform(get("/app/cases/" + caseId).with(data.signedIn(contact))).andExpect(status().isForbidden());
        mvc.perform(post("/app/cases/" + caseId + "/status").param("status", "ACTIVE").with(data.signedIn(contact))
                .with(csrf())).andExpect(status().isForbidden());
    }

    private long openCaseFor(long clientId) {
        return jdbc.sql("""
                insert into cases (number, title, client_id, case_type, status, opened_on)
                values (:number, 'Second', :clientId, 'Audit', 'OPEN', current_date) returning id""")
                .param("number", TestData.unique("X")).param("clientId", clientId).query(Long.class).single();
    }

    private String number(long id) {
        return jdbc.sql("select number from cases where id = :id").param("id", id).query(String.class).single();
    }
}
