package org.caseport.staff.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.caseport.identity.Actor;
import org.caseport.support.IntegrationTest;
import org.caseport.support.TestData;
import org.junit.jupiter.api.Test;

class MailLogWebTest extends IntegrationTest {

    @Test
    void adminSeesNewestMailsFirstWithTheirStatus() throws Exception {
        Actor admin = data.admin();
        String older = TestData.mailRecipient();
        String newer = TestData.mailRecipient();
        data.mail(older, "Older notice", "First.");
        data.mail(newer, "Newer notice", "Second.");

        String page = mvc.perform(get("/app/admin/mail").with(data.signedIn(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mail log")))
                .andExpect(content().string(containsString("Pending")))
                .andReturn().getResponse().getContentAsString();

        assertThat(page.indexOf(newer)).isNotNegative().isLessThan(page.indexOf(older));
    }

    @Test
    void adminSeesAMailsTextEscapedAndItsHtmlOnlyInASandbox() throws Exception {
        Actor admin = data.admin();
        String recipient = TestData.mailRecipient();
        long id = data.mail(recipient, "Client wrote", "<script>alert(1)</script>");

        mvc.perform(get("/app/admin/mail/" + id).with(data.signedIn(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(recipient)))
                .andExpect(content().string(containsString("Client wrote")))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(containsString("<iframe")))
                .andExpect(content().string(containsString("sandbox=\"\"")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
    }

    @Test
    void investigatorsCannotReadTheMailLog() throws Exception {
        Actor investigator = data.investigator();
        long id = data.mail(TestData.mailRecipient(), "Private", "Not for investigators.");

        mvc.perform(get("/app/admin/mail").with(data.signedIn(investigator))).andExpect(status().isForbidden());
        mvc.perform(get("/app/admin/mail/" + id).with(data.signedIn(investigator))).andExpect(status().isForbidden());
    }

    @Test
    void anUnknownMailIsNotFound() throws Exception {
        mvc.perform(get("/app/admin/mail/" + Long.MAX_VALUE).with(data.signedIn(data.admin())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/app/admin/mail/not-a-number").with(data.signedIn(data.admin())))
                .andExpect(status().isNotFound());
    }
}
