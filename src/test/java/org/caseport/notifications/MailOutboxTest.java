package org.caseport.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Address;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.caseport.identity.FirmSetup;
import org.caseport.notifications.MailServers.MailServer;
import org.caseport.support.IntegrationTest;
import org.caseport.support.TestData;
import org.caseport.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

class MailOutboxTest extends IntegrationTest {

    @RegisterExtension
    static GreenMailExtension greenMail = TestMailServer.greenMail();

    @Autowired
    MailOutbox outbox;

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JavaMailSender mailSender;

    @Autowired
    FirmSetup firmSetup;

    record StoredMail(String status, int attempts, String lastError, OffsetDateTime nextAttemptAt,
            OffsetDateTime sentAt) {
    }

    @Test
    void aQueuedMailIsSentAsTextAndHtmlWithTheFirmsName() throws Exception {
        String recipient = TestData.mailRecipient();
        long id = data.mail(recipient, "Your case has news", "The surveillance report is ready.");

        dispatcher.dispatchDue();

        MimeMessage received = onlyMailTo(recipient);
        assertThat(received.getSubject()).isEqualTo("Your case has news");
        assertThat(received.getFrom()[0].toString()).isEqualTo("caseport@localhost");
        assertThat(received.getContentType()).startsWith("multipart/alternative");
        String text = part(received, "text/plain");
        String html = part(received, "text/html");
        assertThat(text).contains("The surveillance report is ready.", "http://localhost:8080/app",
                "Sent by Caseport for " + firmSetup.firmName());
        assertThat(html).contains("The surveillance report is ready.", "href=\"http://localhost:8080/app\"",
                "Sent by Caseport for <span>" + HtmlUtils.htmlEscape(firmSetup.firmName()) + "</span>");
        StoredMail stored = stored(id);
        assertThat(stored.status()).isEqualTo("SENT");
        assertThat(stored.attempts()).isEqualTo(1);
        assertThat(stored.sentAt()).isNotNull();
    }

    @Test
    void aMailQueuedInATransactionThatRollsBackIsNeverStored() {
        String recipient = TestData.mailRecipient();

        transactions.executeWithoutResult(status -> {
            outbox.queue(new OutgoingMail(recipient, "Never", "test-notice", Map.of("message", "Gone")));
            status.setRollbackOnly();
        });

        assertThat(jdbc.sql("select count(*) from mail_messages where recipient = :recipient")
                .param("recipient", recipient).query(Long.class).single()).isZero();
    }

    @Test
    void queueingOutsideATransactionIsRefused() {
        OutgoingMail mail = new OutgoingMail(TestData.mailRecipient(), "Loose", "test-notice", Map.of("message", "x"));

        assertThatThrownBy(() -> outbox.queue(mail)).isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void userTextIsEscapedInTheHtmlPart() throws Exception {
        String recipient = TestData.mailRecipient();
        data.mail(recipient, "Message from <b>client</b>", "<script>alert(1)</script> & more");

        dispatcher.dispatchDue();

        MimeMessage received = onlyMailTo(recipient);
        String html = part(received, "text/html");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more").doesNotContain("<script>");
        assertThat(part(received, "text/plain")).contains("<script>alert(1)</script> & more");
        assertThat(received.getSubject()).isEqualTo("Message from <b>client</b>");
    }

    @Test
    void aMailThatCannotBeSentStaysPendingAndIsSentOnceTheServerIsBack() throws Exception {
        dispatcher.dispatchDue(); // sends what other tests left due, so this mail is in the failing batch
        String recipient = TestData.mailRecipient();
        long id = data.mail(recipient, "Retry me", "Second time lucky.");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS).plusSeconds(1);

        int sent = dispatcherWith(unreachableServer(), Clock.fixed(now, ZoneOffset.UTC)).dispatchDue();

        assertThat(sent).isZero();
        StoredMail failed = stored(id);
        assertThat(failed.status()).isEqualTo("PENDING");
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).isNotBlank().doesNotContain("\n").doesNotContain("\tat ").hasSizeLessThan(301);
        assertThat(failed.nextAttemptAt().toInstant()).isEqualTo(now.plus(MailDispatcher.FIRST_RETRY));
        assertThat(mailsTo(Set.of(recipient))).isEmpty();

        dispatcherWith(mailSender, Clock.fixed(now.plusSeconds(30), ZoneOffset.UTC)).dispatchDue();
        assertThat(stored(id).status()).as("not due before its next attempt").isEqualTo("PENDING");

        dispatcherWith(mailSender, Clock.fixed(now.plus(MailDispatcher.FIRST_RETRY), ZoneOffset.UTC)).dispatchDue();
        StoredMail delivered = stored(id);
        assertThat(delivered.status()).isEqualTo("SENT");
        assertThat(delivered.attempts()).isEqualTo(2);
        assertThat(delivered.lastError()).isNull();
        assertThat(mailsTo(Set.of(recipient))).hasSize(1);
    }

    @Test
    void retriesBackOffExponentiallyUpToAnHour() {
        assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 8, 100).stream().map(MailDispatcher::retryDelay).toList())
                .containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                        Duration.ofMinutes(8), Duration.ofMinutes(16), Duration.ofMinutes(32),
                        Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1));
    }

    @Test
    void twoConcurrentDispatchersNeverSendTheSameMailTwice() throws Exception {
        Set<String> recipients = IntStream.range(0, 20).mapToObj(i -> TestData.mailRecipient())
                .collect(Collectors.toSet());
        recipients.forEach(recipient -> data.mail(recipient, "One of twenty", "Only once."));

        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> dispatch = () -> {
            start.await();
            return dispatcher.dispatchDue();
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = List.of(threads.submit(dispatch), threads.submit(dispatch));
            start.countDown();
            assertThat(results.get(0).get() + results.get(1).get()).isGreaterThanOrEqualTo(20);
        } finally {
            threads.shutdownNow();
        }

        List<MimeMessage> received = mailsTo(recipients);
        assertThat(received).hasSize(20);
        assertThat(received.stream().map(MailOutboxTest::recipientOf).collect(Collectors.toSet()))
                .isEqualTo(recipients);
    }

    private MailDispatcher dispatcherWith(JavaMailSender sender, Clock clock) throws AddressException {
        MailServer server = new MailServer(sender, new InternetAddress("caseport@localhost"));
        return new MailDispatcher(jdbc, transactionManager, () -> Optional.of(server), clock);
    }

    private static JavaMailSender unreachableServer() throws IOException {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("localhost");
        try (ServerSocket socket = new ServerSocket(0)) {
            sender.setPort(socket.getLocalPort());
        }
        return sender;
    }

    private StoredMail stored(long id) {
        return jdbc.sql("select status, attempts, last_error, next_attempt_at, sent_at from mail_messages where id = :id")
                .param("id", id).query(StoredMail.class).single();
    }

    private static MimeMessage onlyMailTo(String recipient) {
        List<MimeMessage> mails = mailsTo(Set.of(recipient));
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    /** Other tests' pending mails are sent to GreenMail too: keep only this test's. */
    private static List<MimeMessage> mailsTo(Set<String> recipients) {
        List<MimeMessage> mails = new ArrayList<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            if (recipients.contains(recipientOf(message))) {
                mails.add(message);
            }
        }
        return mails;
    }

    private static String recipientOf(MimeMessage message) {
        try {
            Address[] to = message.getAllRecipients();
            return to == null ? null : Arrays.stream(to).map(Address::toString).findFirst().orElse(null);
        } catch (Exception unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static String part(MimeMessage message, String contentType) throws Exception {
        Multipart alternative = (Multipart) message.getContent();
        for (int i = 0; i < alternative.getCount(); i++) {
            Part part = alternative.getBodyPart(i);
            if (part.isMimeType(contentType)) {
                return (String) part.getContent();
            }
        }
        throw new AssertionError("no " + contentType + " part");
    }
}
