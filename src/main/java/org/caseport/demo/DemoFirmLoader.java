package org.caseport.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.caseport.access.PortalGrants;
import org.caseport.billing.BillingService;
import org.caseport.cases.CaseDetails;
import org.caseport.cases.CaseService;
import org.caseport.clients.ClientService;
import org.caseport.clients.ContactDetails;
import org.caseport.demo.DemoFirmContent.DemoCase;
import org.caseport.demo.DemoFirmContent.DemoClient;
import org.caseport.demo.DemoFirmContent.Person;
import org.caseport.identity.AccountTokens;
import org.caseport.identity.Actor;
import org.caseport.identity.ContactAccounts;
import org.caseport.identity.FirmSetup;
import org.caseport.identity.StaffAccountService;
import org.caseport.identity.StaffAccountService.StaffAccountDetails;
import org.caseport.identity.PasswordLinks;
import org.caseport.identity.Role;
import org.caseport.identity.TokenPurpose;
import org.caseport.messages.CaseMessages;
import org.caseport.renewals.RenewalDetails;
import org.caseport.renewals.Renewals;
import org.caseport.subjects.SubjectService;
import org.caseport.timeslips.TimeSlipService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo firm through the modules' own services, so its cases, ledgers and status notes
 * are made exactly as staff would make them. It always exists but only loads when asked, and only
 * into a database without staff accounts.
 */
@Component
class DemoFirmLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoFirmLoader.class);

    private final FirmSetup firmSetup;
    private final StaffAccountService staffAccounts;
    private final ClientService clients;
    private final CaseService cases;
    private final TimeSlipService timeSlips;
    private final BillingService billing;
    private final SubjectService subjects;
    private final Clock clock;
    private final ContactAccounts contactAccounts;
    private final PortalGrants grants;
    private final AccountTokens tokens;
    private final PasswordLinks passwordLinks;
    private final CaseMessages messages;
    private final Renewals renewals;

    DemoFirmLoader(FirmSetup firmSetup, StaffAccountService staffAccounts, ClientService clients, CaseService cases,
            TimeSlipService timeSlips, BillingService billing, SubjectService subjects, Clock clock,
            ContactAccounts contactAccounts, PortalGrants grants, AccountTokens tokens, PasswordLinks passwordLinks,
            CaseMessages messages, Renewals renewals) {
        this.messages = messages;
        this.renewals = renewals;
        this.contactAccounts = contactAccounts;
        this.grants = grants;
        this.tokens = tokens;
        this.passwordLinks = passwordLinks;
        this.firmSetup = firmSetup;
        this.staffAccounts = staffAccounts;
        this.clients = clients;
        this.cases = cases;
        this.timeSlips = timeSlips;
        this.billing = billing;
        this.subjects = subjects;
        this.clock = clock;
    }

    /** Loads the whole demo firm or, if anything fails, nothing; returns whether it loaded. */
    @Transactional
    boolean loadIfEmpty() {
        if (!firmSetup.isSetupNeeded()) {
            log.info("Demo firm not loaded: the database already has staff accounts, so it was left alone.");
            return false;
        }
        Map<String, Actor> staff = createStaff();
        Actor admin = staff.get(DemoFirmContent.ADMIN.key());
        Map<String, Actor> portalContacts = new HashMap<>();
        Map<String, Long> clientIds = registerClients(admin, portalContacts);
        LocalDate today = LocalDate.now(clock);
        Map<String, Long> caseIds = new HashMap<>();
        DemoCases.ALL.forEach(kase -> caseIds.put(kase.title(),
                openCase(kase, admin, staff, clientIds.get(kase.client()), today)));
        exchangeMessages(staff, portalContacts, caseIds);
        setUpRenewals(admin, clientIds, caseIds, today);
        log.info("Loaded the demo firm {} with {} cases. Sign in as {}; the README gives the password.",
                DemoFirmContent.FIRM_NAME, DemoCases.ALL.size(), DemoFirmContent.ADMIN.email());
        return true;
    }

    private Map<String, Actor> createStaff() {
        Person admin = DemoFirmContent.ADMIN;
        long adminId = firmSetup.createFirstAdmin(DemoFirmContent.FIRM_NAME, admin.email(), admin.displayName(),
                DemoFirmContent.PASSWORD);
        Actor adminActor = new Actor(adminId, admin.displayName(), Role.ADMIN);
        Map<String, Actor> staff = new HashMap<>(Map.of(admin.key(), adminActor));
        for (Person investigator : DemoFirmContent.INVESTIGATORS) {
            StaffAccountDetails details = new StaffAccountDetails(investigator.email(), investigator.displayName(),
                    investigator.phone(), Role.INVESTIGATOR);
            long id = staffAccounts.create(adminActor, details, DemoFirmContent.PASSWORD);
            staff.put(investigator.key(), new Actor(id, investigator.displayName(), Role.INVESTIGATOR));
        }
        return staff;
    }

    /**
     * Registers the clients; each client's first contact can sign in to the portal and sees all its
     * cases; {@code portalContacts} receives them, by client name.
     */
    private Map<String, Long> registerClients(Actor admin, Map<String, Actor> portalContacts) {
        Map<String, Long> clientIds = new HashMap<>();
        for (DemoClient client : DemoFirmContent.CLIENTS) {
            long clientId = clients.register(admin, client.details());
            List<Long> contactIds = client.contacts().stream()
                    .map(contact -> clients.addContact(admin, clientId, contact)).toList();
            ContactDetails first = client.contacts().get(0);
            long accountId = givePortalLogin(admin, contactIds.get(0), first);
            portalContacts.put(client.details().name(),
                    new Actor(accountId, first.name(), Role.CONTACT, contactIds.get(0), clientId, null));
            clientIds.put(client.details().name(), clientId);
        }
        return clientIds;
    }

    private long givePortalLogin(Actor admin, long contactId, ContactDetails contact) {
        long accountId = contactAccounts.ensureAccount(contactId, contact.email(), contact.name());
        grants.grantAllCases(admin, contactId);
        String token = tokens.issue(accountId, TokenPurpose.INVITATION, admin.id());
        passwordLinks.setPassword(token, TokenPurpose.INVITATION, DemoFirmContent.PASSWORD);
        return accountId;
    }

    /** The clients' portal contacts write to the firm about their cases, and the leads answer some. */
    private void exchangeMessages(Map<String, Actor> staff, Map<String, Actor> portalContacts,
            Map<String, Long> caseIds) {
        for (DemoFirmContent.DemoMessage message : DemoFirmContent.MESSAGES) {
            DemoCase kase = DemoCases.ALL.stream().filter(c -> c.title().equals(message.caseTitle())).findFirst()
                    .orElseThrow();
            long caseId = caseIds.get(kase.title());
            if (message.fromClient()) {
                messages.send(portalContacts.get(kase.client()), caseId, message.about(), message.text());
            } else {
                messages.reply(staff.get(kase.lead()), caseId, message.text());
            }
        }
    }

    /** Recurring engagements coming up; the scheduled run tells the portal contacts from their notice day. */
    private void setUpRenewals(Actor admin, Map<String, Long> clientIds, Map<String, Long> caseIds, LocalDate today) {
        for (DemoFirmContent.DemoRenewal renewal : DemoFirmContent.RENEWALS) {
            renewals.add(admin, clientIds.get(renewal.client()), new RenewalDetails(
                    renewal.caseTitle() == null ? null : caseIds.get(renewal.caseTitle()), renewal.title(),
                    new BigDecimal(renewal.price()), renewal.termMonths(), today.plusDays(renewal.inDays()),
                    renewal.otherwise(), renewals.defaultNoticeDays()));
        }
    }

    /**
     * The admin opens the case and keeps its ledger; the lead records the work and moves it
     * through the workflow, so the status notes name them.
     */
    private long openCase(DemoCase kase, Actor admin, Map<String, Actor> staff, long clientId, LocalDate today) {
        Actor lead = staff.get(kase.lead());
        Set<Long> team = kase.team().stream().map(key -> staff.get(key).id()).collect(Collectors.toSet());
        long caseId = cases.open(admin, new CaseDetails(kase.title(), clientId, kase.caseType(), kase.description(),
                lead.id(), team), new BigDecimal(kase.budget()), today.minusDays(kase.openedDaysAgo()));
        kase.slips().forEach(slip -> timeSlips.record(lead, caseId, slip.details(today,
                staff.get(slip.staff()).id(), DemoFirmContent.staffMember(slip.staff()).hourlyRate())));
        kase.expenses().forEach(spend -> billing.recordExpense(lead, caseId, spend.details(today)));
        kase.ledger().forEach(entry -> billing.recordLedgerEntry(admin, caseId, entry.kind(),
                new BigDecimal(entry.amount()), today.minusDays(entry.daysAgo()), entry.reference()));
        kase.subjects().forEach(subject -> subjects.record(lead, caseId, subject));
        kase.moves().forEach(move -> cases.changeStatus(lead, caseId, move.status(), move.reason()));
        return caseId;
    }
}
