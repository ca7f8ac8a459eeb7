package org.caseport.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.caseport.identity.Actor;
import org.caseport.support.Inbox;
import org.caseport.support.IntegrationTest;
import org.caseport.support.TestData;
import org.caseport.support.TestData.QueuedMail;
import org.caseport.support.TestMailServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notices follow their recipient's choice: mailed at once, or kept for one daily digest, sent from
 * the digest time on, once a day per person, each item in one digest only. The digest sender runs
 * here with clocks of the test's choosing; its days lie in the past, so a run never marks another
 * test's accounts as digested on a day real time has not reached.
 */
class NoticeDigestTest extends IntegrationTest {

    @RegisterExtension
    static GreenMailExtension greenMail = TestMailServer.greenMail();

    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final LocalDate DAY = LocalDate.of(2020, 3, 2);

    @Autowired
    Notices notices;
    @Autowired
    NotificationPreferences preferences;
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

    private Actor investigator;
    private Actor contact;

    @BeforeEach
    void twoPeopleWhoChoseTheDailyDigest() {
        investigator = data.investigator();
        contact = data.contact(data.client(data.admin()));
        preferences.choose(investigator, NotificationMode.DAILY_DIGEST);
        preferences.choose(contact, NotificationMode.DAILY_DIGEST);
    }

    @Test
    void aNoticeToSomeoneWhoChoseNothingIsMailedAtOnce() {
        Actor admin = data.admin();

        notify(admin, "New message on case 2026-0001", "/app/cases/1");

        assertThat(mailsTo(admin)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("About New message on case 2026-0001");
            assertThat(mail.textBody()).contains("Something happened: New message on case 2026-0001");
        });
        assertThat(pendingItems(admin)).isZero();
    }

    @Test
    void aNoticeToSomeoneWhoChoseTheDigestIsKeptForItInsteadOfMailed() {
        notify(investigator, "New   message\non case 2026-0001", "/app/cases/1");

        assertThat(mailsTo(investigator)).isEmpty();
        assertThat(jdbc.sql("select summary || ' ' || path from digest_items where account_id = :id")
                .param("id", investigator.id()).query(String.class).list())
                .containsExactly("New message on case 2026-0001 /app/cases/1");
    }

    @Test
    void nothingIsSentBeforeTheDigestTimeAndOneMailPerPersonListingAllTheirItemsAfterIt() {
        notify(investigator, "First event", "/app/cases/1");
        notify(investigator, "Second event", "/app/cases/2");
        notify(contact, "Your case moved", "/portal/cases/3");

        senderAt(DAY, "06:59").sendDue();
        assertThat(mailsTo(investigator)).isEmpty();
        assertThat(mailsTo(contact)).isEmpty();

        senderAt(DAY, "07:00").sendDue();
        assertThat(mailsTo(investigator)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Your daily digest: 2 updates");
            assertThat(mail.textBody()).contains("Dear " + investigator.displayName(), "First event",
                    "http://localhost:8080/app/cases/1", "Second event", "http://localhost:8080/app/cases/2",
                    "http://localhost:8080/app/account/notifications");
            assertThat(mail.textBody().indexOf("First event")).isLessThan(mail.textBody().indexOf("Second event"));
        });
        assertThat(mailsTo(contact)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Your daily digest: 1 update");
            assertThat(mail.textBody()).contains("Your case moved", "http://localhost:8080/portal/cases/3",
                    "http://localhost:8080/portal/account/notifications");
        });
        assertThat(pendingItems(investigator)).isZero();
        assertThat(pendingItems(contact)).isZero();
    }

    @Test
    void theDigestTimeIsInTheZoneOfTheClock() {
        notify(investigator, "An event", "/app/cases/1");

        ZoneId newYork = ZoneId.of("America/New_York");
        sender(Clock.fixed(DAY.atTime(LocalTime.of(8, 0)).atZone(ZONE).toInstant(), newYork)).sendDue();
        assertThat(mailsTo(investigator)).as("08:00 in London is 03:00 in New York").isEmpty();

        sender(Clock.fixed(DAY.atTime(LocalTime.of(7, 0)).atZone(newYork).toInstant(), newYork)).sendDue();
        assertThat(mailsTo(investigator)).hasSize(1);
    }

    @Test
    void aSecondRunTheSameDaySendsNothingMore() {
        notify(investigator, "An event", "/app/cases/1");
        senderAt(DAY, "07:00").sendDue();

        int queued = senderAt(DAY, "07:05").sendDue() + senderAt(DAY, "23:59").sendDue();

        assertThat(queued).isZero();
        assertThat(mailsTo(investigator)).hasSize(1);
    }

    @Test
    void anItemArrivingAfterTodaysDigestGoesInTomorrowsOnly() {
        notify(investigator, "Before the digest", "/app/cases/1");
        senderAt(DAY, "07:00").sendDue();
        notify(investigator, "After the digest", "/app/cases/2");

        senderAt(DAY, "18:00").sendDue();
        assertThat(mailsTo(investigator)).hasSize(1);

        senderAt(DAY.plusDays(1), "06:00").sendDue();
        assertThat(mailsTo(investigator)).hasSize(1);

        senderAt(DAY.plusDays(1), "07:03").sendDue();
        List<QueuedMail> mails = mailsTo(investigator);
        assertThat(mails).hasSize(2);
        assertThat(mails.get(0).textBody()).contains("Before the digest").doesNotContain("After the digest");
        assertThat(mails.get(1).textBody()).contains("After the digest").doesNotContain("Before the digest");
    }

    @Test
    void aDayWithoutItemsSendsNothing() {
        senderAt(DAY, "07:00").sendDue();

        assertThat(mailsTo(investigator)).isEmpty();
        assertThat(lastDigestOn(investigator)).isNull();
    }

    @Test
    void twoRunsAtOnceSendOneDigestToEachPerson() throws Exception {
        List<Actor> people = IntStream.range(0, 8).mapToObj(i -> data.investigator()).toList();
        for (Actor person : people) {
            preferences.choose(person, NotificationMode.DAILY_DIGEST);
            notify(person, "One event", "/app/cases/1");
            notify(person, "Another event", "/app/cases/2");
        }
        DigestSender sender = senderAt(DAY, "07:00");

        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> run = () -> {
            start.await();
            return sender.sendDue();
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = List.of(threads.submit(run), threads.submit(run));
            start.countDown();
            assertThat(runs.get(0).get() + runs.get(1).get()).isGreaterThanOrEqualTo(people.size());
        } finally {
            threads.shutdownNow();
        }

        assertThat(people).allSatisfy(person -> {
            assertThat(mailsTo(person)).singleElement()
                    .satisfies(mail -> assertThat(mail.textBody()).contains("One event", "Another event"));
            assertThat(pendingItems(person)).isZero();
        });
    }

    @Test
    void anItemIsInOneDigestOnly() {
        notify(investigator, "Once", "/app/cases/1");
        senderAt(DAY, "07:00").sendDue();
        senderAt(DAY.plusDays(1), "07:00").sendDue();

        assertThat(jdbc.sql("select count(distinct mail_id) from digest_items where account_id = :id")
                .param("id", investigator.id()).query(Long.class).single()).isEqualTo(1);
        assertThat(mailsTo(investigator)).hasSize(1);
    }

    @Test
    void switchingBackToImmediateStillSendsTheItemsAlreadyKept() {
        notify(investigator, "Kept for the digest", "/app/cases/1");
        preferences.choose(investigator, NotificationMode.IMMEDIATE);
        notify(investigator, "Mailed at once", "/app/cases/2");

        senderAt(DAY, "07:00").sendDue();

        List<QueuedMail> mails = mailsTo(investigator);
        assertThat(mails).hasSize(2);
        assertThat(mails.get(0).textBody()).contains("Mailed at once");
        assertThat(mails.get(1).subject()).isEqualTo("Your daily digest: 1 update");
        assertThat(mails.get(1).textBody()).contains("Kept for the digest").doesNotContain("Mailed at once");
    }

    @Test
    void theItemsOfADisabledLoginAreDroppedNotMailed() {
        notify(contact, "Not for a disabled login", "/portal/cases/1");
        data.disable(contact);

        senderAt(DAY, "07:00").sendDue();

        assertThat(mailsTo(contact)).isEmpty();
        assertThat(jdbc.sql("select count(*) from digest_items where account_id = :id")
                .param("id", contact.id()).query(Long.class).single()).isZero();
    }

    @Test
    void aDigestWaitsInTheOutboxUntilTheMailServerTakesIt() throws Exception {
        notify(contact, "Report <b>ready</b> & signed", "/portal/cases/7/documents");

        senderAt(DAY, "07:00").sendDue();

        assertThat(mailsTo(contact)).singleElement()
                .satisfies(mail -> assertThat(mail.status()).isEqualTo("PENDING"));
        dispatcher.dispatchDue();
        assertThat(mailsTo(contact)).singleElement().satisfies(mail -> assertThat(mail.status()).isEqualTo("SENT"));
        MimeMessage received = Inbox.onlyMailTo(greenMail, TestData.emailOf(contact.displayName()));
        assertThat(Inbox.html(received)).contains("Report &lt;b&gt;ready&lt;/b&gt; &amp; signed",
                "href=\"http://localhost:8080/portal/cases/7/documents\"", "Sent by Caseport for")
                .doesNotContain("<b>ready</b>");
        assertThat(Inbox.text(received)).contains("Report <b>ready</b> & signed");
    }

    private void notify(Actor recipient, String summary, String path) {
        transactions.executeWithoutResult(status -> notices.send(new Notice(recipient.id(), "About " + summary,
                "test-notice", Map.of("message", "Something happened: " + summary), summary, path)));
    }

    private DigestSender senderAt(LocalDate day, String time) {
        return sender(Clock.fixed(day.atTime(LocalTime.parse(time)).atZone(ZONE).toInstant(), ZONE));
    }

    private DigestSender sender(Clock clock) {
        return new DigestSender(jdbc, transactionManager, outbox, clock, "07:00");
    }

    private List<QueuedMail> mailsTo(Actor person) {
        return data.mailsTo(TestData.emailOf(person.displayName()));
    }

    private long pendingItems(Actor person) {
        return jdbc.sql("select count(*) from digest_items where account_id = :id and digested_at is null")
                .param("id", person.id()).query(Long.class).single();
    }

    private LocalDate lastDigestOn(Actor person) {
        return jdbc.sql("select last_digest_on from notification_preferences where account_id = :id")
                .param("id", person.id()).query(LocalDate.class).optional().orElse(null);
    }
}
