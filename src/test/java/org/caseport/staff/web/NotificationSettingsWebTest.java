package org.caseport.staff.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.caseport.identity.Actor;
import org.caseport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Staff choose how they hear about case events, for their own account only. */
class NotificationSettingsWebTest extends IntegrationTest {

    private static final String PAGE = "/app/account/notifications";

    @Autowired
    JdbcClient jdbc;

    @Test
    void theNavbarLinksToThePageWhichOffersBothChoicesWithEachEventAtOnceByDefault() throws Exception {
        Actor investigator = data.investigator();

        assertThat(page(investigator, "/app/cases")).contains("href=\"/app/account/notifications\"");
        String page = page(investigator, PAGE);

        assertThat(page).contains("Each event at once", "One daily digest at 07:00", "invitations and password resets",
                "action=\"/app/account/notifications\"", "name=\"_csrf\"");
        assertThat(page).containsPattern("value=\"IMMEDIATE\"\\s+checked=\"checked\"");
        assertThat(page).doesNotContainPattern("value=\"DAILY_DIGEST\"\\s+checked");
    }

    @Test
    void savingTheDigestSaysSoAndShowsTheChoice() throws Exception {
        Actor investigator = data.investigator();

        mvc.perform(post(PAGE).param("mode", "DAILY_DIGEST").with(data.signedIn(investigator)).with(csrf()))
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flash().attribute("notice", "Saved: you will get one daily digest."));

        assertThat(modeOf(investigator)).isEqualTo("DAILY_DIGEST");
        assertThat(page(investigator, PAGE)).containsPattern("value=\"DAILY_DIGEST\"\\s+checked=\"checked\"");

        mvc.perform(post(PAGE).param("mode", "IMMEDIATE").with(data.signedIn(investigator)).with(csrf()))
                .andExpect(redirectedUrl(PAGE));
        assertThat(modeOf(investigator)).isEqualTo("IMMEDIATE");
    }

    @Test
    void savingChangesTheSignedInPersonsChoiceOnlyWhateverTheRequestNames() throws Exception {
        Actor investigator = data.investigator();
        Actor colleague = data.admin();

        mvc.perform(post(PAGE).param("mode", "DAILY_DIGEST").param("accountId", String.valueOf(colleague.id()))
                        .param("id", String.valueOf(colleague.id()))
                        .with(data.signedIn(investigator)).with(csrf()))
                .andExpect(redirectedUrl(PAGE));

        assertThat(modeOf(investigator)).isEqualTo("DAILY_DIGEST");
        assertThat(modeOf(colleague)).isNull();
    }

    @Test
    void withoutTheCsrfTokenNothingIsSaved() throws Exception {
        Actor investigator = data.investigator();

        mvc.perform(post(PAGE).param("mode", "DAILY_DIGEST").with(data.signedIn(investigator)))
                .andExpect(status().isForbidden());

        assertThat(modeOf(investigator)).isNull();
    }

    @Test
    void anUnknownChoiceIsABadRequest() throws Exception {
        Actor investigator = data.investigator();

        mvc.perform(post(PAGE).param("mode", "HOURLY").with(data.signedIn(investigator)).with(csrf()))
                .andExpect(status().isBadRequest());

        assertThat(modeOf(investigator)).isNull();
    }

    @Test
    void contactsAreRefusedTheStaffPage() throws Exception {
        Actor contact = data.contact(data.client(data.admin()));

        mvc.perform(get(PAGE).with(data.signedIn(contact))).andExpect(status().isForbidden());
        mvc.perform(post(PAGE).param("mode", "DAILY_DIGEST").with(data.signedIn(contact)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(modeOf(contact)).isNull();
    }

    private String page(Actor actor, String path) throws Exception {
        return mvc.perform(get(path).with(data.signedIn(actor))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private String modeOf(Actor actor) {
        return jdbc.sql("select mode from notification_preferences where account_id = :id")
                .param("id", actor.id()).query(String.class).optional().orElse(null);
    }
}
