package org.caseport.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.caseport.access.PortalAction;
import org.caseport.access.PortalField;
import org.caseport.access.PortalGrant;
import org.caseport.access.PortalGrants;
import org.caseport.access.PortalProfileDetails;
import org.caseport.access.PortalProfileService;
import org.caseport.access.PortalSection;
import org.caseport.billing.BillingService;
import org.caseport.billing.ExpenseDetails;
import org.caseport.cases.CaseDetails;
import org.caseport.cases.CaseService;
import org.caseport.clients.ClientDetails;
import org.caseport.clients.ClientKind;
import org.caseport.clients.ClientService;
import org.caseport.clients.ContactDetails;
import org.caseport.documents.DocumentCategory;
import org.caseport.documents.DocumentComments;
import org.caseport.documents.DocumentRevisions;
import org.caseport.documents.DocumentService;
import org.caseport.documents.NewComment;
import org.caseport.documents.NewDocument;
import org.caseport.identity.Actor;
import org.caseport.identity.ContactAccounts;
import org.caseport.identity.Role;
import org.caseport.identity.StaffAccountService;
import org.caseport.notifications.MailOutbox;
import org.caseport.notifications.OutgoingMail;
import org.caseport.shared.Visibility;
import org.caseport.subjects.SubjectDetails;
import org.caseport.subjects.SubjectKind;
import org.caseport.subjects.SubjectService;
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
    private final ContactAccounts contactAccounts;
    private final PortalGrants portalGrants;
    private final MailOutbox mailOutbox;
    private final TransactionTemplate transactions;
    private final BillingService billingService;
    private final SubjectService subjectService;
    private final PortalProfileService portalProfiles;
    private final DocumentService documentService;
    private final DocumentComments documentComments;
    private final DocumentRevisions documentRevisions;

    TestData(JdbcClient jdbc, PasswordEncoder passwordEncoder, UserDetailsService userDetailsService,
            ClientService clientService, CaseService caseService, TimeSlipService timeSlipService,
            StaffAccountService staffAccounts, ContactAccounts contactAccounts, PortalGrants portalGrants,
            MailOutbox mailOutbox, TransactionTemplate transactions, BillingService billingService,
            SubjectService subjectService, PortalProfileService portalProfiles, DocumentService documentService,
            DocumentComments documentComments, DocumentRevisions documentRevisions) {
        this.documentService = documentService;
        this.documentComments = documentComments;
        this.documentRevisions = documentRevisions;
        this.billingService = billingService;
        this.subjectService = subjectService;
        this.portalProfiles = portalProfiles;
        this.portalGrants = portalGrants;
        this.contactAccounts = contactAccounts;
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
        String email = actor.isContact() ? emailOf(actor.displayName()) : emailOf(actor);
        return user(userDetailsService.loadUserByUsername(email));
    }

    public long client(Actor actor) {
        return clientService.register(actor, new ClientDetails(ClientKind.ORGANISATION, unique("Client"),
                null, null, null, null));
    }

    /** A case of a new client, led by {@code lead} (may be null), opened by {@code opener}. */
    public long kase(Actor opener, Long lead, BigDecimal budget) {
        long clientId = client(opener);
        return caseService.open(opener, new CaseDetails(unique("Case"), clientId, "Surveillance", null,
                lead, Set.of()), budget);
    }

    /** One more case of an existing client, led by {@code lead} (may be null). */
    public long kaseFor(Actor opener, long clientId, Long lead) {
        return caseService.open(opener, new CaseDetails(unique("Case"), clientId, "Surveillance", null,
                lead, Set.of()), BigDecimal.ZERO);
    }

    public long timeSlip(Actor actor, long caseId, String hours, String rate, boolean billable) {
        return timeSlipService.record(actor, caseId, new TimeSlipDetails(LocalDate.now(), actor.id(),
                new BigDecimal(hours), new BigDecimal(rate), billable, "Worked", Visibility.INTERNAL));
    }

    /**
     * A contact of the client with a portal login (password {@link #PASSWORD}) and no grants yet;
     * the returned actor is what the portal acts for when they sign in.
     */
    public Actor contact(long clientId) {
        String name = unique("contact");
        long contactId = clientService.addContact(admin(), clientId,
                new ContactDetails(name, emailOf(name), null, "Claims manager"));
        long accountId = contactAccounts.ensureAccount(contactId, emailOf(name), name);
        jdbc.sql("update user_accounts set password_hash = :hash where id = :id")
                .param("hash", passwordEncoder.encode(PASSWORD)).param("id", accountId).update();
        return new Actor(accountId, name, Role.CONTACT, contactId, clientId, null);
    }

    /** A contact staff have not invited yet: no portal login. */
    public record Invitee(long clientId, long contactId, String name, String email) {
    }

    /** A contact of the client with a unique name and email and no portal login yet. */
    public Invitee invitee(long clientId) {
        String name = unique("contact");
        return invitee(clientId, name, emailOf(name));
    }

    public Invitee invitee(long clientId, String name, String email) {
        long contactId = clientService.addContact(admin(), clientId,
                new ContactDetails(name, email, null, "Claims manager"));
        return new Invitee(clientId, contactId, name, email);
    }

    /** Grants the contact all cases of their client, now and later. */
    public void grantAllCases(Actor contact) {
        portalGrants.grantAllCases(admin(), contact.contactId());
    }

    public void grantCase(Actor contact, long caseId) {
        portalGrants.grantCase(admin(), contact.contactId(), caseId);
    }

    /** A shared (client-visible) time slip with the given text. */
    public long sharedNote(Actor staff, long caseId, String body) {
        return timeSlipService.record(staff, caseId, new TimeSlipDetails(LocalDate.now(), staff.id(),
                new BigDecimal("1.25"), new BigDecimal("80.00"), true, body, Visibility.CLIENT));
    }

    public long internalNote(Actor staff, long caseId, String body) {
        return timeSlipService.record(staff, caseId, new TimeSlipDetails(LocalDate.now(), staff.id(),
                new BigDecimal("1.00"), new BigDecimal("80.00"), true, body, Visibility.INTERNAL));
    }

    /** A billable time slip with the given text, hours, rate and visibility. */
    public long note(Actor staff, long caseId, String body, String hours, String rate, Visibility visibility) {
        return timeSlipService.record(staff, caseId, new TimeSlipDetails(LocalDate.now(), staff.id(),
                new BigDecimal(hours), new BigDecimal(rate), true, body, visibility));
    }

    public long clientOf(long caseId) {
        return jdbc.sql("select client_id from cases where id = :id").param("id", caseId).query(Long.class).single();
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

    /** A mail in the outbox, as queued; {@code status} is PENDING until the dispatcher sent it. */
    public record QueuedMail(String recipient, String subject, String textBody, String htmlBody, String status) {
    }

    /** The mails queued for a recipient (whatever the case of the address), oldest first. */
    public List<QueuedMail> mailsTo(String recipient) {
        return jdbc.sql("""
                        select recipient, subject, text_body, html_body, status from mail_messages
                        where lower(recipient) = lower(:recipient) order by id""")
                .param("recipient", recipient).query(QueuedMail.class).list();
    }

    /** One line of the audit log: what was done and who did it. */
    public record AuditRow(String action, Long actorId, String actorLabel, String detail) {
    }

    /** The audit events about one record, oldest first. */
    public List<AuditRow> auditOf(String targetType, long targetId) {
        return jdbc.sql("""
                        select action, actor_id, actor_label, detail from audit_events
                        where target_type = :targetType and target_id = :targetId order by id""")
                .param("targetType", targetType).param("targetId", targetId).query(AuditRow.class).list();
    }

    public StaffAccountService staffAccounts() {
        return staffAccounts;
    }

    public long count(String table, long caseId) {
        return jdbc.sql("select count(*) from " + table + " where case_id = :caseId").param("caseId", caseId)
                .query(Long.class).single();
    }

    /** A client whose staff-only notes say {@code notes}. */
    public long client(Actor actor, String notes) {
        return clientService.register(actor, new ClientDetails(ClientKind.ORGANISATION, unique("Client"),
                null, null, null, notes));
    }

    /** Another case of an existing client, led by {@code lead} (may be null), with a staff-only description. */
    public long kaseFor(Actor opener, long clientId, Long lead, BigDecimal budget, String description) {
        return caseService.open(opener, new CaseDetails(unique("Case"), clientId, "Surveillance", description,
                lead, Set.of()), budget);
    }

    public long expense(Actor staff, long caseId, String description, String amount, Visibility visibility) {
        return billingService.recordExpense(staff, caseId, new ExpenseDetails(LocalDate.now(), "Mileage",
                new BigDecimal(amount), description, true, visibility));
    }

    public long subject(Actor staff, long caseId, SubjectDetails details) {
        return subjectService.record(staff, caseId, details);
    }

    /** A person of interest with nothing but a name. */
    public long subject(Actor staff, long caseId, String name, Visibility visibility) {
        return subject(staff, caseId, new SubjectDetails(SubjectKind.PERSON, name, null, null,
                null, null, null, null, null, visibility));
    }

    /** A portal access profile with a unique name starting with {@code name}. */
    public long portalProfile(String name, Set<PortalSection> sections, Set<PortalField> fields) {
        return portalProfiles.create(admin(), new PortalProfileDetails(unique(name), null, sections, fields, Set.of()));
    }

    /** A portal access profile with a unique name starting with {@code name}, allowing {@code actions}. */
    public long portalProfile(String name, Set<PortalSection> sections, Set<PortalField> fields,
            Set<PortalAction> actions) {
        return portalProfiles.create(admin(), new PortalProfileDetails(unique(name), null, sections, fields, actions));
    }

    /** The id of a profile by its exact name, e.g. the seeded "Standard" and "Status only". */
    public long portalProfileNamed(String name) {
        return jdbc.sql("select id from portal_profiles where name = :name").param("name", name)
                .query(Long.class).single();
    }

    /** Makes {@code profileId} the contact's own profile, overriding the case's and the client's. */
    public void useProfile(Actor contact, long profileId) {
        clientService.chooseContactPortalProfile(admin(), contact.clientId(), contact.contactId(), profileId);
    }

    /** Revokes every active grant of the contact, as staff would. */
    public void revokeGrants(Actor contact) {
        Actor admin = admin();
        for (PortalGrant grant : portalGrants.activeGrants(contact.contactId())) {
            portalGrants.revoke(admin, contact.contactId(), grant.id());
        }
    }

    /** Disables the contact's login, as staff would; it is signed out on its next request. */
    public void disable(Actor contact) {
        contactAccounts.setEnabled(admin(), contact.contactId(), false);
    }

    /** The latest case report job the signed-in account (a previewing staff member's own) asked for on the case. */
    public long latestReportJob(Actor signedIn, long caseId) {
        return jdbc.sql("select max(id) from report_jobs where requested_by = :account and case_id = :caseId")
                .param("account", signedIn.id()).param("caseId", caseId).query(Long.class).single();
    }

    /** Waits, up to a minute, until the report job is built or has failed; answers its status. */
    public String awaitReport(long jobId) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(1);
        while (true) {
            String status = jdbc.sql("select status from report_jobs where id = :id").param("id", jobId)
                    .query(String.class).single();
            if (status.equals("DONE") || status.equals("FAILED") || System.nanoTime() > deadline) {
                return status;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return status;
            }
        }
    }

    /** A small PDF document on the case, internal unless {@code visibility} says otherwise. */
    public long document(Actor staff, long caseId, String title, Visibility visibility) {
        return documentService.upload(staff, caseId, new NewDocument(title + ".pdf", title, DocumentCategory.REPORT,
                visibility), new java.io.ByteArrayInputStream(pdf(title)));
    }

    /** The bytes of a minimal PDF naming {@code text}. */
    public static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Shares the document with the client, or makes it internal again, as staff would. */
    public void changeVisibility(Actor staff, long caseId, long documentId, Visibility visibility) {
        documentService.changeVisibility(staff, caseId, documentId, visibility);
    }

    /**
     * A comment on a shared document pointing nowhere in particular: a staff member's, or a
     * contact's through the portal (where their profile allows it); answers its id.
     */
    public long comment(Actor author, long caseId, long documentId, String body) {
        NewComment comment = new NewComment(body, null, null);
        return author.isContact() ? documentComments.commentInPortal(author, caseId, documentId, comment)
                : documentComments.comment(author, caseId, documentId, comment);
    }

    /** Marks a shared document "client may revise", as staff would. */
    public void allowRevisions(Actor staff, long caseId, long documentId) {
        documentService.allowClientRevisions(staff, caseId, documentId, true);
    }

    /** A contact's revised version of the document, a PDF naming {@code text}; answers its version row's id. */
    public long proposal(Actor contact, long caseId, long documentId, String text) {
        int version = documentRevisions.propose(contact, caseId, documentId, "revised.pdf",
                new java.io.ByteArrayInputStream(pdf(text)));
        return versionId(documentId, version);
    }

    /** The id of a document's version row, by its number. */
    public long versionId(long documentId, int version) {
        return jdbc.sql("select id from document_versions where document_id = :id and version = :version")
                .param("id", documentId).param("version", version).query(Long.class).single();
    }

    /** The text of a case's time slips, oldest first. */
    public List<String> noteBodies(long caseId) {
        return jdbc.sql("select body from time_slips where case_id = :caseId order by id").param("caseId", caseId)
                .query(String.class).list();
    }
}
