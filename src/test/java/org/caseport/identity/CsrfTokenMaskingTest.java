package org.caseport.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caseport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

/**
 * The CSRF token a page's forms carry is masked afresh on every page (each thread drawing its own
 * random bytes), and any of those masks is accepted with the session it was made for; a token
 * altered (even into one that unmasks to no text) or missing is refused with 403.
 */
class CsrfTokenMaskingTest extends IntegrationTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Test
    void everyPageMasksTheTokenAfreshAndEveryMaskIsAccepted() throws Exception {
        Actor investigator = data.investigator();
        MockHttpSession session = new MockHttpSession();
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            tokens.add(tokenOn("/app/cases", investigator, session));
        }
        assertThat(tokens).hasSize(5);

        for (String token : tokens) {
            mvc.perform(post("/app/account/notifications").param("mode", "IMMEDIATE").param("_csrf", token)
                            .session(session).with(data.signedIn(investigator)))
                    .andExpect(redirectedUrl("/app/account/notifications"));
        }
        mvc.perform(post("/logout").param("_csrf", tokens.iterator().next()).session(session)
                        .with(data.signedIn(investigator)))
                .andExpect(redirectedUrl("/login?logout"));
    }

    @Test
    void anAlteredOrMissingTokenIsRefused() throws Exception {
        Actor investigator = data.investigator();
        MockHttpSession session = new MockHttpSession();
        String token = tokenOn("/app/cases", investigator, session);
        String altered = (token.charAt(0) == 'A' ? 'B' : 'A') + token.substring(1);
        // The high bit set on the last byte unmasks to a byte no UTF-8 text has.
        byte[] bytes = Base64.getUrlDecoder().decode(token);
        bytes[bytes.length - 1] ^= (byte) 0x80;
        String undecodable = Base64.getUrlEncoder().encodeToString(bytes);
        for (String wrong : List.of(altered, undecodable, "not-a-token")) {
            mvc.perform(post("/logout").param("_csrf", wrong).session(session).with(data.signedIn(investigator)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/logout").session(session).with(data.signedIn(investigator)))
                .andExpect(status().isForbidden());
    }

    private String tokenOn(String page, Actor actor, MockHttpSession session) throws Exception {
        String html = mvc.perform(get(page).session(session).with(data.signedIn(actor)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher token = TOKEN.matcher(html);
        assertThat(token.find()).as("a form with a CSRF token on " + page).isTrue();
        return token.group(1);
    }
}
