package org.caseport.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.caseport.cases.CaseDetails;
import org.caseport.cases.CaseService;
import org.caseport.clients.ClientDetails;
import org.caseport.clients.ClientKind;
import org.caseport.clients.ClientService;
import org.caseport.identity.Actor;
import org.caseport.identity.StaffAccountService;
import org.caseport.identity.Role;
import org.caseport.notifications.MailOutbox;
import org.caseport.notifications.OutgoingMail;
import org.caseport.shared.Visibility;
import org.caseport.timeslips.TimeSlipDetails;
import org.caseport.timeslips.TimeSlipService;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Object mother for integration tests: staff, clients and cases made through the real services,
 * each with unique names so tests sharing one database never collide.
 */
@TestComponent
public class TestData {

    public static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final UserDetailsService userDetailsService;
    private final ClientService clientService;
    private final CaseService caseService;
    private final TimeSlipService timeSlipService;
    private final StaffAccountService staffAccounts;
    private final MailOutbox mailOutbox;
    private final TransactionTemplate transactions;

    TestData(JdbcClient jdbc, PasswordEncoder passwordEncoder, UserDetailsService userDetailsService,
            ClientService clientService, CaseService caseService, TimeSlipService timeSlipService,
            StaffAccountService staffAccounts, MailOutbox mailOutbox, TransactionTemplate transactions) {
        this.staffAccounts = staffAccounts;
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.userDetailsService = userDetailsService;
        this.clientService = clientService;
        this.caseService = caseService;
        this.timeSlipService = timeSlipService;
        this.mailOutbox = mailOutbox;
        this.transactions = transactions;
    }

    public static String unique(String prefix) {
        return prefix + "-" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
    }

    public Actor admin() {
        return staff(Role.ADMIN);
    }

    public Actor investigator() {
        return staff(Role.INVESTIGATOR);
    }

    public Actor staff(Role role) {
        String name = unique(role.name().toLowerCase());
        long id = jdbc.sql("""
                        insert into user_accounts (email, display_name, password_hash, role)
                        values (:email, :name, :hash, :role) returning id""")
                .param("email", emailOf(name))
                .param("name", name)
                .param("hash", passwordEncoder.encode(PASSWORD))
                .param("role", role.name())
                .query(Long.class).single();
        return new Actor(id, name, role);
    }

    public static String emailOf(String displayName) {
        return displayName + "@firm.test";
    }

    public static String emailOf(Actor actor) {
        return emailOf(actor.displayName());
    }

    /** Signs a MockMvc request in as the given staff member, through the real user details. */
    public RequestPostProcessor signedIn(Actor actor) {
        return user(userDetailsService.loadUserByUsername(emailOf(actor)));
    }

    public long client(Actor actor) {
        return clientService.register(actor, new ClientDetails(ClientKind.ORGANISATION, unique("Client"),
                null, null, null, null));
    }

    /** A case led by {@code lead} (may be null), opened by {@code opener}. */
    public long kase(Actor opener, Long lead, BigDecimal budget) {
        long clientId = client(opener);
        return caseService.open(opener, new CaseDetails(unique("Case"), clientId, "Surveillance", null,
                lead, Set.of()), budget);
    }

    public long timeSlip(Actor actor, long caseId, String hours, String rate, boolean billable) {
        return timeSlipService.record(actor, caseId, new TimeSlipDetails(LocalDate.now(), actor.id(),
                new BigDecimal(hours), new BigDecimal(rate), billable, "Worked", Visibility.INTERNAL));
    }

    /** A unique recipient address, so a test finds its own mails among everyone's. */
    public static String mailRecipient() {
        return unique("recipient") + "@client.test";
    }

    /** Queues the test template {@code templates/mail/test-notice} in a transaction of its own. */
    public long mail(String recipient, String subject, String message) {
        return transactions.execute(status -> mailOutbox.queue(
                new OutgoingMail(recipient, subject, "test-notice", Map.of("message", message))));
    }

    public StaffAccountService staffAccounts() {
        return staffAccounts;
    }

    public long count(String table, long caseId) {
        return jdbc.sql("select count(*) from " + table + " where case_id = :caseId").param("caseId", caseId)
                .query(Long.class).single();
    }
}
