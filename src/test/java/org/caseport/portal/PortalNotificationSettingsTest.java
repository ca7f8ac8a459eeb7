package org.caseport.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.caseport.identity.Actor;
import org.caseport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;

/** Contacts choose how they hear about their cases; a staff preview sees the choice and cannot change it. */
class PortalNotificationSettingsTest extends IntegrationTest {

    private static final String PAGE = "/portal/account/notifications";

    @Autowired
    JdbcClient jdbc;

    private Actor admin;
    private Actor contact;

    @BeforeEach
    void aContactWithAPortalLogin() {
        admin = data.admin();
        contact = data.contact(data.client(admin));
        data.grantAllCases(contact);
    }

    @Test
    void theHeaderLinksToThePageWhereTheContactChoosesTheDigest() throws Exception {
        assertThat(page("/portal")).contains("href=\"/portal/account/notifications\"");
        assertThat(page(PAGE)).contains("Each event at once", "One daily digest at 07:00",
                "invitations and password resets", "name=\"_csrf\"", ">Save</button>");

        mvc.perform(post(PAGE).param("mode", "DAILY_DIGEST").with(data.signedIn(contact)).with(csrf()))
                .andExpect(redirectedUrl(PAGE));

        assertThat(modeOf(contact)).isEqualTo("DAILY_DIGEST");
        String page = mvc.perform(get(PAGE).with(data.signedIn(contact))
                        .flashAttr("notice", "Saved: you will get one daily digest."))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Saved: you will get one daily digest.")
                .containsPattern("value=\"DAILY_DIGEST\"\\s+checked=\"checked\"");
    }

    @Test
    void withoutTheCsrfTokenNothingIsSaved() throws Exception {
        mvc.perform(post(PAGE).param("mode", "DAILY_DIGEST").with(data.signedIn(contact)))
                .andExpect(status().isForbidden());

        assertThat(modeOf(contact)).isNull();
    }

    @Test
    void aPreviewShowsTheContactsChoiceReadOnlyAndCannotChangeIt() throws Exception {
        mvc.perform(post(PAGE).param("mode", "DAILY_DIGEST").with(data.signedIn(contact)).with(csrf()))
                .andExpect(redirectedUrl(PAGE));
        MockHttpSession session = previewAsTheContact();

        String page = mvc.perform(get(PAGE).session(session).with(data.signedIn(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"preview-read-only\"", "<fieldset disabled=\"disabled\">")
                .containsPattern("value=\"DAILY_DIGEST\"\\s+checked=\"checked\"")
                .doesNotContain(">Save</button>");

        mvc.perform(post(PAGE).param("mode", "IMMEDIATE").session(session).with(data.signedIn(admin)).with(csrf()))
                .andExpect(status().isNotFound());

        assertThat(modeOf(contact)).isEqualTo("DAILY_DIGEST");
        assertThat(modeOf(admin)).as("nor the previewer's own").isNull();
    }

    private MockHttpSession previewAsTheContact() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/app/clients/" + contact.clientId() + "/contacts/" + contact.contactId() + "/portal/preview")
                        .session(session).with(data.signedIn(admin)).with(csrf()))
                .andExpect(redirectedUrl("/portal"));
        return session;
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(data.signedIn(contact))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private String modeOf(Actor actor) {
        return jdbc.sql("select mode from notification_preferences where account_id = :id")
                .param("id", actor.id()).query(String.class).optional().orElse(null);
    }
}
