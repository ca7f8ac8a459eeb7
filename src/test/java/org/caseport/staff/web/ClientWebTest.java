package org.caseport.staff.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import org.caseport.identity.Actor;
import org.caseport.support.IntegrationTest;
import org.caseport.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;

class ClientWebTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void staffRegisterAClientAndAddItsContacts() throws Exception {
        Actor investigator = data.investigator();
        String name = TestData.unique("Northwind Insurance");
        MvcResult created = mvc.perform(post("/app/clients").with(data.signedIn(investigator)).with(csrf())
                        .param("kind", "ORGANISATION").param("name", name).param("email", "claims@northwind.test"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String clientUrl = created.getResponse().getRedirectedUrl();

        mvc.perform(post(clientUrl + "/contacts").with(data.signedIn(investigator)).with(csrf())
                        .param("name", "Priya Shah").param("email", "priya@northwind.test").param("phone", "+44 20 7946 0000")
                        .param("roleTitle", "Claims manager"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get(clientUrl).with(data.signedIn(investigator)))
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("Priya Shah")))
                .andExpect(content().string(containsString("Claims manager")));
        mvc.perform(get("/app/clients").param("q", name).with(data.signedIn(investigator)))
                .andExpect(content().string(containsString(name)));
    }

    @Test
    void aClientCannotHaveTwoContactsWithTheSameEmail() throws Exception {
        Actor admin = data.admin();
        long clientId = data.client(admin);
        String contacts = "/app/clients/" + clientId + "/contacts";
        mvc.perform(post(contacts).with(data.signedIn(admin)).with(csrf()).param("name", "A").param("email", "same@x.test"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(contacts).with(data.signedIn(admin)).with(csrf()).param("name", "B").param("email", "SAME@x.test"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("contactForm", "email"));
        assertThat(jdbc.sql("select count(*) from client_contacts where client_id = :id").param("id", clientId)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void clientNeedsAName() throws Exception {
        mvc.perform(post("/app/clients").with(data.signedIn(data.admin())).with(csrf())
                        .param("kind", "PERSON").param("name", " ").param("email", "not-an-email"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("clientForm", "name", "email"));
    }

    @Test
    void removingAContactOfAnotherClientIsNotFound() throws Exception {
        Actor admin = data.admin();
        long clientId = data.client(admin);
        long otherClient = data.client(admin);
        mvc.perform(post("/app/clients/" + otherClient + "/contacts").with(data.signedIn(admin)).with(csrf())
                .param("name", "Keep me").param("email", "keep@x.test"));
        long contactId = jdbc.sql("select id from client_contacts where client_id = :id").param("id", otherClient)
                .query(Long.class).single();
        mvc.perform(post("/app/clients/" + clientId + "/contacts/" + contactId + "/delete").with(data.signedIn(admin)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from client_contacts where id = :id").param("id", contactId)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void clientPageListsOnlyTheCasesTheInvestigatorMaySee() throws Exception {
        Actor admin = data.admin();
        Actor investigator = data.investigator();
        long visible = data.kase(admin, investigator.id(), BigDecimal.ZERO);
        long clientId = jdbc.sql("select client_id from cases where id = :id").param("id", visible).query(Long.class).single();
        String hiddenNumber = openAnotherCase(admin, clientId);
        mvc.perform(get("/app/clients/" + clientId).with(data.signedIn(investigator)))
                .andExpect(content().string(not(containsString(hiddenNumber))));
    }

    private String openAnotherCase(Actor admin, long clientId) throws Exception {
        String location = mvc.perform(post("/app/cases").with(data.signedIn(admin)).with(csrf())
                        .param("title", "Hidden").param("clientId", String.valueOf(clientId)).param("caseType", "Audit"))
                .andReturn().getResponse().getRedirectedUrl();
        long caseId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        return jdbc.sql("select number from cases where id = :id").param("id", caseId).query(String.class).single();
    }
}
