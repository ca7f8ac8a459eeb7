package org.caseport.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.caseport.identity.Actor;
import org.caseport.support.IntegrationTest;
import org.caseport.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class MailLogTest extends IntegrationTest {

    @Autowired
    MailLog mailLog;

    @Test
    void adminReadsAMailAsItWasRenderedAndStored() {
        String recipient = TestData.mailRecipient();
        long id = data.mail(recipient, "Stored as rendered", "Kept for the log.");

        MailDetails mail = mailLog.get(data.admin(), id);

        assertThat(mail.recipient()).isEqualTo(recipient);
        assertThat(mail.status()).isEqualTo(MailStatus.PENDING);
        assertThat(mail.attempts()).isZero();
        assertThat(mail.createdAt()).isNotNull();
        assertThat(mail.textBody()).contains("Kept for the log.");
        assertThat(mail.htmlBody()).contains("<p>Kept for the log.</p>");
    }

    @Test
    void theServiceItselfRefusesEveryoneButAdmins() {
        Actor investigator = data.investigator();
        long id = data.mail(TestData.mailRecipient(), "Admins only", "Hidden.");

        assertThatThrownBy(() -> mailLog.list(investigator, 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> mailLog.get(investigator, id)).isInstanceOf(AccessDeniedException.class);
    }
}
