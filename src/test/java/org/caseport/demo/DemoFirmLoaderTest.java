package org.caseport.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.caseport.identity.FirmSetup;
import org.caseport.identity.Role;
import org.caseport.renewals.RenewalDeadlines;
import org.caseport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo firm into a database emptied inside the test's own transaction. PostgreSQL
 * truncates transactionally, so the rollback after each test gives the other tests their rows back.
 */
@Transactional
class DemoFirmLoaderTest extends IntegrationTest {

    @Autowired
    DemoFirmLoader loader;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FirmSetup firmSetup;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    ApplicationContext context;
    @Autowired
    RenewalDeadlines renewalDeadlines;

    private boolean loaded;

    @BeforeEach
    void loadIntoAnEmptyDatabase() {
        jdbc.sql("""
                truncate user_accounts, clients, cases, case_assignments, time_slips, expenses, ledger_entries,
                         subjects, client_contacts, firm_settings, case_number_sequences restart identity cascade""")
                .update();
        loaded = loader.loadIfEmpty();
    }

    @Test
    void loadsAboutTenCasesAcrossTheWorkflow() {
        assertThat(loaded).isTrue();
        assertThat(count("select count(*) from cases")).isBetween(8L, 12L);
        assertThat(count("select count(distinct status) from cases")).isGreaterThanOrEqualTo(3);
        assertThat(count("select count(*) from cases c left join clients k on k.id = c.client_id where k.id is null"))
                .isZero();
        assertThat(count("select count(*) from time_slips where origin = 'SYSTEM'"))
                .as("status changes went through the workflow and left their notes").isPositive();
    }

    @Test
    void loadsClientsWithContactsAndWorkOnTheirCases() {
        assertThat(count("select count(distinct client_id) from client_contacts")).isGreaterThanOrEqualTo(4);
        assertThat(count("select count(*) from time_slips where origin = 'STAFF'")).isPositive();
        assertThat(count("select count(*) from time_slips where not billable and origin = 'STAFF'")).isPositive();
        assertThat(count("select count(*) from expenses")).isPositive();
        assertThat(count("select count(*) from ledger_entries where kind = 'RETAINER_PAYMENT'")).isPositive();
        assertThat(count("select count(*) from ledger_entries where kind = 'BUDGET_INCREASE'")).isPositive();
        assertThat(count("select count(*) from subjects")).isPositive();
    }

    @Test
    void sharesSomeOfTheWorkWithTheClient() {
        assertThat(count("select count(*) from time_slips where visibility = 'CLIENT'")).isPositive();
        assertThat(count("select count(*) from expenses where visibility = 'CLIENT'")).isPositive();
        assertThat(count("select count(*) from subjects where visibility = 'CLIENT'")).isPositive();
        assertThat(count("select count(*) from subjects where visibility = 'INTERNAL'")).isPositive();
    }

    @Test
    void demoAdminSignsInWithTheDocumentedPassword() {
        UserDetails admin = userDetailsService.loadUserByUsername("admin@demo.caseport.test");

        assertThat(passwordEncoder.matches(DemoFirmContent.PASSWORD, admin.getPassword())).isTrue();
        assertThat(admin.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains(Role.ADMIN.authority());
        assertThat(firmSetup.firmName()).isEqualTo("Harbour Lane Investigations");
        assertThat(count("select count(*) from user_accounts where role = 'INVESTIGATOR'")).isEqualTo(3);
    }

    @Test
    void eachClientsFirstContactSignsInToThePortalAndSeesAllItsCases() {
        UserDetails contact = userDetailsService.loadUserByUsername("s.whitfield@northgate-mutual.example");

        assertThat(passwordEncoder.matches(DemoFirmContent.PASSWORD, contact.getPassword())).isTrue();
        assertThat(contact.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly(Role.CONTACT.authority());
        assertThat(count("select count(*) from user_accounts where role = 'CONTACT'")).isEqualTo(4);
        assertThat(count("select count(*) from portal_grants where case_id is null and revoked_at is null")).isEqualTo(4);
    }

    @Test
    void clientsHaveWrittenToTheFirmAndOneAnswerIsStillAwaited() {
        assertThat(count("select count(*) from case_messages where from_client")).isEqualTo(2);
        assertThat(count("select count(*) from case_messages where not from_client")).isEqualTo(1);
        assertThat(count("select count(*) from message_threads where awaiting_reply_since is not null")).isEqualTo(1);
        assertThat(count("select count(*) from time_slips where body like 'Message from %'")).isEqualTo(2);
    }

    @Test
    void renewalsComeUpAndTheFirstIsAlreadyInItsNoticePeriod() {
        assertThat(count("select count(*) from renewals where status = 'ACTIVE'")).isEqualTo(3);
        assertThat(count("select count(*) from renewals where case_id is not null")).isEqualTo(1);

        assertThat(renewalDeadlines.sendNotices(LocalDate.now())).isEqualTo(1);
        assertThat(count("select count(*) from mail_messages where recipient = 'r.dunn@castlebridge.example'"
                + " and subject like 'Renewal on %'")).isEqualTo(1);
    }

    @Test
    void loadingAgainLeavesTheFirmAlone() {
        long cases = count("select count(*) from cases");
        long slips = count("select count(*) from time_slips");

        assertThat(loader.loadIfEmpty()).isFalse();
        assertThat(count("select count(*) from cases")).isEqualTo(cases);
        assertThat(count("select count(*) from time_slips")).isEqualTo(slips);
        assertThat(count("select count(*) from user_accounts where role <> 'CONTACT'")).isEqualTo(4);
        assertThat(count("select count(*) from user_accounts where role = 'CONTACT'")).isEqualTo(4);
    }

    @Test
    void startupLoadingIsOffUnlessTheDemoIsSwitchedOn() {
        assertThat(context.getBeanNamesForType(DemoFirmStartup.class)).isEmpty();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
