package org.caseport.staff.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.caseport.identity.Actor;
import org.caseport.support.IntegrationTest;
import org.caseport.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class StaffAdminWebTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void adminCreatesAnInvestigatorWhoCanThenSignIn() throws Exception {
        Actor admin = data.admin();
        String email = TestData.unique("new.investigator") + "@firm.test";
        mvc.perform(post("/app/admin/staff").with(data.signedIn(admin)).with(csrf())
                        .param("displayName", "Nina Investigator").param("email", email)
                        .param("role", "INVESTIGATOR").param("password", "a long enough password"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select role from user_accounts where email = :email").param("email", email)
                .query(String.class).single()).isEqualTo("INVESTIGATOR");
        mvc.perform(formLogin()
                        .userParameter("email").user(email).password("a long enough password"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/app"));
    }

    @Test
    void shortPasswordAndTakenEmailAreRefused() throws Exception {
        Actor admin = data.admin();
        Actor existing = data.investigator();
        mvc.perform(post("/app/admin/staff").with(data.signedIn(admin)).with(csrf())
                        .param("displayName", "Copy").param("email", TestData.emailOf(existing))
                        .param("role", "INVESTIGATOR").param("password", "short"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("staffAccountForm", "password"));
        mvc.perform(post("/app/admin/staff").with(data.signedIn(admin)).with(csrf())
                        .param("displayName", "Copy").param("email", TestData.emailOf(existing).toUpperCase())
                        .param("role", "INVESTIGATOR").param("password", "a long enough password"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("staffAccountForm", "email"));
    }

    @Test
    void adminCannotDisableThemselves() throws Exception {
        Actor admin = data.admin();
        mvc.perform(post("/app/admin/staff/" + admin.id() + "/enabled").param("enabled", "false")
                .with(data.signedIn(admin)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select enabled from user_accounts where id = :id").param("id", admin.id())
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void investigatorCannotManageStaff() throws Exception {
        Actor investigator = data.investigator();
        mvc.perform(get("/app/admin/staff").with(data.signedIn(investigator))).andExpect(status().isForbidden());
        mvc.perform(post("/app/admin/staff").with(data.signedIn(investigator)).with(csrf())
                        .param("displayName", "Sneaky").param("email", "sneaky@firm.test")
                        .param("role", "ADMIN").param("password", "a long enough password"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from user_accounts where email = 'sneaky@firm.test'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void adminRenamesTheFirmAndTheNextPageShowsTheNewName() throws Exception {
        Actor admin = data.admin();
        mvc.perform(get("/app/cases").with(data.signedIn(admin)))
                .andExpect(model().attribute("firmName", not("Harbour Lane Investigations")));
        mvc.perform(post("/app/admin/firm").param("name", "Harbour Lane Investigations")
                .with(data.signedIn(admin)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select name from firm_settings").query(String.class).single())
                .isEqualTo("Harbour Lane Investigations");
        mvc.perform(get("/app/cases").with(data.signedIn(admin)))
                .andExpect(model().attribute("firmName", "Harbour Lane Investigations"));
    }
}
