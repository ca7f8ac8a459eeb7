package org.caseport.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.caseport.support.IntegrationTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

class FirstRunSetupTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    /**
     * On an empty database. The shared test database is emptied inside the test's transaction
     * (PostgreSQL truncates are transactional) and restored by its rollback.
     */
    @Nested
    @Transactional
    class OnAnEmptyDatabase {

        void emptyTheDatabase() {
            jdbc.sql("truncate user_accounts, firm_settings restart identity cascade").update();
        }

        @Test
        void firstVisitLeadsToSetup() throws Exception {
            emptyTheDatabase();
            mvc.perform(get("/")).andExpect(redirectedUrl("/setup"));
            mvc.perform(get("/login")).andExpect(redirectedUrl("/setup"));
            mvc.perform(get("/setup")).andExpect(status().isOk());
        }

        @Test
        void setupCreatesTheFirmAndItsFirstAdmin() throws Exception {
            emptyTheDatabase();
            mvc.perform(post("/setup").with(csrf()).param("firmName", "Harbour Lane Investigations")
                            .param("displayName", "Ada Admin").param("email", "Ada@Example.test")
                            .param("password", "a long enough password"))
                    .andExpect(redirectedUrl("/login"));

            assertThat(jdbc.sql("select role from user_accounts where email = 'ada@example.test'")
                    .query(String.class).single()).isEqualTo("ADMIN");
            assertThat(jdbc.sql("select password_hash from user_accounts").query(String.class).single())
                    .startsWith("{bcrypt}");
            assertThat(jdbc.sql("select name from firm_settings").query(String.class).single())
                    .isEqualTo("Harbour Lane Investigations");
        }

        @Test
        void invalidSetupShowsFieldErrorsAndSavesNothing() throws Exception {
            emptyTheDatabase();
            mvc.perform(post("/setup").with(csrf()).param("firmName", "").param("displayName", "Ada")
                            .param("email", "not an email").param("password", "short"))
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasFieldErrors("setupForm", "firmName", "email", "password"));
            assertThat(jdbc.sql("select count(*) from user_accounts").query(Long.class).single()).isZero();
        }
    }

    @Test
    void setupIsClosedOnceAnyAccountExists() throws Exception {
        data.admin();
        long before = jdbc.sql("select count(*) from user_accounts").query(Long.class).single();
        mvc.perform(get("/setup")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/setup").with(csrf()).param("firmName", "Takeover").param("displayName", "Mallory")
                        .param("email", "mallory@evil.test").param("password", "a long enough password"))
                .andExpect(redirectedUrl("/login"));
        assertThat(jdbc.sql("select count(*) from user_accounts").query(Long.class).single()).isEqualTo(before);
    }
}
