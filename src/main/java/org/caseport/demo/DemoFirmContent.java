package org.caseport.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.caseport.billing.ExpenseDetails;
import org.caseport.billing.LedgerEntryKind;
import org.caseport.cases.CaseStatus;
import org.caseport.clients.ClientDetails;
import org.caseport.clients.ClientKind;
import org.caseport.clients.ContactDetails;
import org.caseport.renewals.RenewalOutcome;
import org.caseport.shared.Visibility;
import org.caseport.subjects.SubjectDetails;
import org.caseport.subjects.SubjectKind;
import org.caseport.timeslips.TimeSlipDetails;

/**
 * The demo firm as data: its people and clients, and the shapes its cases are written in. Dates
 * are counted back from the day the demo is loaded; phone numbers come from the ranges Ofcom
 * keeps for drama, email addresses from reserved test domains.
 */
final class DemoFirmContent {

    static final String FIRM_NAME = "Harbour Lane Investigations";
    static final String PASSWORD = "demo-password-2026";

    static final String HELEN = "helen";
    static final String DANIEL = "daniel";
    static final String PRIYA = "priya";
    static final String TOM = "tom";

    static final Person ADMIN = new Person(HELEN, "admin@demo.caseport.test", "Helen Marsh", null, "120");
    static final List<Person> INVESTIGATORS = List.of(
            new Person(DANIEL, "daniel.okafor@demo.caseport.test", "Daniel Okafor", "07700 900211", "85"),
            new Person(PRIYA, "priya.raman@demo.caseport.test", "Priya Raman", "07700 900342", "95"),
            new Person(TOM, "tom.bradley@demo.caseport.test", "Tom Bradley", "07700 900473", "80"));

    static final String NORTHGATE = "Northgate Mutual Insurance";
    static final String FENWICK = "Fenwick & Rowe Solicitors";
    static final String CASTLEBRIDGE = "Castlebridge Logistics Ltd";
    static final String ELLISON = "Margaret Ellison";

    static final List<DemoClient> CLIENTS = List.of(
            new DemoClient(new ClientDetails(ClientKind.ORGANISATION, NORTHGATE, "claims@northgate-mutual.example",
                    "01632 960300", "Northgate House, 14 Quayside, Newcastle NE1 3DX",
                    "Insurer. Instructs us on suspect injury and theft claims; reports go to the claims team."),
                    List.of(new ContactDetails("Sarah Whitfield", "s.whitfield@northgate-mutual.example",
                                    "01632 960301", "Claims Investigations Manager"),
                            new ContactDetails("Mark Osei", "m.osei@northgate-mutual.example", "01632 960317",
                                    "Senior Claims Handler"))),
            new DemoClient(new ClientDetails(ClientKind.ORGANISATION, FENWICK, "office@fenwickrowe.example",
                    "01632 960450", "3 Chancery Yard, Leeds LS1 2HT",
                    "Law firm. Family and commercial litigation; James Fenwick signs off budgets."),
                    List.of(new ContactDetails("James Fenwick", "j.fenwick@fenwickrowe.example", "01632 960451",
                                    "Partner"),
                            new ContactDetails("Olivia Grant", "o.grant@fenwickrowe.example", "01632 960458",
                                    "Litigation paralegal"))),
            new DemoClient(new ClientDetails(ClientKind.ORGANISATION, CASTLEBRIDGE, "accounts@castlebridge.example",
                    "01632 960720", "Unit 9, Meridian Park, Daventry NN11 8YL",
                    "Corporate client: screening, due diligence and loss investigations. Purchase order needed."),
                    List.of(new ContactDetails("Rachel Dunn", "r.dunn@castlebridge.example", "01632 960721",
                                    "Head of HR"),
                            new ContactDetails("Graham Pike", "g.pike@castlebridge.example", "01632 960725",
                                    "Chief Financial Officer"),
                            new ContactDetails("Leanne Frost", "l.frost@castlebridge.example", "07700 900614",
                                    "Security Manager"))),
            new DemoClient(new ClientDetails(ClientKind.PERSON, ELLISON, "margaret.ellison@mail.example",
                    "07700 900588", "22 Orchard Rise, Harrogate HG2 7QP",
                    "Private client looking for her daughter. Prefers a call before anything is emailed."),
                    List.of(new ContactDetails(ELLISON, "margaret.ellison@mail.example", "07700 900588",
                            "Client"))));

    /**
     * A message on a case's thread: from the client's portal contact (about the screen named) or,
     * with no {@code about}, the lead investigator's answer. Threads whose last word is the
     * client's wait in the staff inbox.
     */
    record DemoMessage(String caseTitle, boolean fromClient, String about, String text) {
    }

    static final List<DemoMessage> MESSAGES = List.of(
            new DemoMessage("Surveillance — Ryan Doyle back-injury claim", true, "Case notes",
                    "Could we have a short summary of the second day's footage before Thursday's claims panel?"),
            new DemoMessage("Surveillance — Ryan Doyle back-injury claim", false, null,
                    "Yes: the summary will be in the portal by Wednesday noon, with stills from the car park."),
            new DemoMessage("Missing person — Lucy Ellison", true, "Overview",
                    "I remembered that Lucy often mentioned a friend called Dana from her nursing course in Leeds. "
                            + "Could that help? Please call me rather than email."));

    /**
     * A recurring engagement, due {@code inDays} from today; on the named case, or on the client itself
     * when {@code caseTitle} is null. Set up by the admin.
     */
    record DemoRenewal(String client, String caseTitle, String title, String price, int termMonths, int inDays,
            RenewalOutcome otherwise) {
    }

    static final List<DemoRenewal> RENEWALS = List.of(
            new DemoRenewal(CASTLEBRIDGE, null, "Quarterly social-media monitoring of the depot staff forums",
                    "1350.00", 3, 9, RenewalOutcome.RENEW),
            new DemoRenewal(NORTHGATE, "Injury claim — Kevin Hollis (NM-CL-40718)",
                    "Monthly check of the claimant's online activity", "480.00", 1, 20, RenewalOutcome.LAPSE),
            new DemoRenewal(FENWICK, null, "Annual retainer top-up", "2500.00", 12, 45, RenewalOutcome.RENEW));

    static final boolean BILLABLE = true;
    static final boolean NO_CHARGE = false;

    private DemoFirmContent() {
    }

    /** A member of the firm's staff; {@code key} is how the cases name them. */
    record Person(String key, String email, String displayName, String phone, String hourlyRate) {
    }

    /** A client with the contacts the firm deals with. */
    record DemoClient(ClientDetails details, List<ContactDetails> contacts) {
    }

    /** Work on a case, recorded by {@code staff} at their hourly rate. */
    record Slip(int daysAgo, String staff, String hours, boolean billable, Visibility visibility, String body) {

        TimeSlipDetails details(LocalDate today, long staffId, String hourlyRate) {
            return new TimeSlipDetails(today.minusDays(daysAgo), staffId, new BigDecimal(hours),
                    new BigDecimal(hourlyRate), billable, body, visibility);
        }
    }

    /** An expense the lead records. */
    record Spend(int daysAgo, String category, String amount, boolean billable, Visibility visibility,
            String description) {

        ExpenseDetails details(LocalDate today) {
            return new ExpenseDetails(today.minusDays(daysAgo), category, new BigDecimal(amount), description,
                    billable, visibility);
        }
    }

    /** A retainer payment or budget increase after the budget the case was opened with. */
    record Ledger(int daysAgo, LedgerEntryKind kind, String amount, String reference) {
    }

    /** A step through the case workflow, taken by the lead investigator. */
    record Move(CaseStatus status, String reason) {
    }

    /** A case as the demo opens it: the lead records its work and moves it through the workflow. */
    record DemoCase(String client, String title, String caseType, String description, String lead,
            List<String> team, String budget, List<Slip> slips, List<Spend> expenses, List<Ledger> ledger,
            List<SubjectDetails> subjects, List<Move> moves) {

        /** The case was opened the day before its earliest recorded work or money. */
        int openedDaysAgo() {
            return 1 + Stream.of(slips.stream().map(Slip::daysAgo), expenses.stream().map(Spend::daysAgo),
                    ledger.stream().map(Ledger::daysAgo)).flatMap(days -> days).mapToInt(Integer::intValue)
                    .max().orElse(0);
        }
    }

    static Person staffMember(String key) {
        return ADMIN.key().equals(key) ? ADMIN : INVESTIGATORS.stream().filter(person -> person.key().equals(key))
                .findFirst().orElseThrow();
    }

    static Slip slip(int daysAgo, String staff, String hours, boolean billable, Visibility visibility, String body) {
        return new Slip(daysAgo, staff, hours, billable, visibility, body);
    }

    static Spend spend(int daysAgo, String category, String amount, boolean billable, Visibility visibility,
            String description) {
        return new Spend(daysAgo, category, amount, billable, visibility, description);
    }

    static Ledger paid(int daysAgo, String amount, String reference) {
        return new Ledger(daysAgo, LedgerEntryKind.RETAINER_PAYMENT, amount, reference);
    }

    static Ledger increase(int daysAgo, String amount, String reference) {
        return new Ledger(daysAgo, LedgerEntryKind.BUDGET_INCREASE, amount, reference);
    }

    static Move to(CaseStatus status, String reason) {
        return new Move(status, reason);
    }

    static SubjectDetails personOfInterest(String name, String aliases, LocalDate dateOfBirth,
            String identifiers, String addresses, String phones, String vehicles, String notes, Visibility visibility) {
        return new SubjectDetails(SubjectKind.PERSON, name, aliases, dateOfBirth, identifiers,
                addresses, phones, vehicles, notes, visibility);
    }

    static SubjectDetails companyOfInterest(String name, String aliases, String identifiers, String addresses,
            String phones, String notes, Visibility visibility) {
        return new SubjectDetails(SubjectKind.COMPANY, name, aliases, null, identifiers,
                addresses, phones, null, notes, visibility);
    }
}
