package org.caseport.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.caseport.access.PortalAction;
import org.caseport.access.PortalField;
import org.caseport.access.PortalSection;

/**
 * Writes a generated firm into a database the app's Flyway migrations made, with COPY, in one
 * transaction: staff, clients and contacts with portal logins and grants, cases with their
 * assignments and budget ledger, then {@link CaseRecords} for each case's records. Ids are
 * reserved from the tables' own identity sequences and case numbers from the app's per-year
 * counters, so the firm may join a database that already holds data (the test suite's).
 */
final class FirmGenerator {

    /** The one password of every generated login. */
    static final String PASSWORD = "bench-password-2026";

    /** What to generate; the tag makes emails, profile names and file keys unique to one run. */
    record Options(FirmSize size, long seed, String tag, LocalDate asOf, Path documentsRoot, long smallFileBytes,
            long bigFileBytes, String passwordHash) {
    }

    private final Connection connection;
    private final Options options;
    private final FirmPlan plan;
    private final Map<String, Long> rows = new LinkedHashMap<>();
    private long staffBase;
    private long clientBase;
    private long contactBase;
    private long caseBase;
    private long documentBase;
    private long[] contactAccount;
    private long fullProfile;
    private long statusOnlyProfile;
    private String searchText;

    FirmGenerator(Connection connection, Options options) {
        this.connection = connection;
        this.options = options;
        this.plan = new FirmPlan(options.size(), options.seed(), options.asOf());
    }

    BenchFirm generate() throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            String[] numbers = reserve();
            connection.commit();
            writeProfiles();
            writePeople();
            writeCases(numbers);
            writeGrants(new SplittableRandom(options.seed() + 3));
            CaseRecords records = new CaseRecords(connection, options, plan, this::staffId, contactAccount);
            BenchFirm firm = records.write(caseBase, documentBase, rows, searchText);
            connection.commit();
            return firm;
        } catch (SQLException | IOException | RuntimeException failure) {
            connection.rollback();
            throw failure;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Staff index -1 is the admin; investigators are 0, 1, … */
    long staffId(int investigator) {
        return staffBase + 1 + investigator;
    }

    private String[] reserve() throws SQLException {
        int staff = 1 + plan.size.investigators;
        staffBase = Reservations.ids(connection, "user_accounts", staff + plan.accounts());
        clientBase = Reservations.ids(connection, "clients", plan.size.clients());
        contactBase = Reservations.ids(connection, "client_contacts", plan.size.contacts);
        caseBase = Reservations.ids(connection, "cases", plan.size.cases);
        documentBase = Reservations.ids(connection, "documents", Arrays.stream(plan.documents).sum() + 2);
        contactAccount = new long[plan.size.contacts];
        long next = staffBase + staff;
        for (int contact = 0; contact < plan.size.contacts; contact++) {
            contactAccount[contact] = plan.contactHasAccount[contact] ? next++ : 0;
        }
        return Reservations.caseNumbers(connection, plan.opened);
    }

    private void writeProfiles() throws SQLException {
        fullProfile = profile("Benchmark full access " + options.tag(), Arrays.asList(PortalSection.values()),
                Arrays.asList(PortalField.values()), Arrays.asList(PortalAction.values()));
        statusOnlyProfile = profile("Benchmark status only " + options.tag(), List.of(PortalSection.OVERVIEW),
                List.of(), List.of());
    }

    private long profile(String name, List<? extends Enum<?>> sections, List<? extends Enum<?>> fields,
            List<? extends Enum<?>> actions) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into portal_profiles (name, description, sections, fields, actions)
                values (?, 'Generated for the benchmark', ?, ?, ?) returning id""")) {
            insert.setString(1, name);
            insert.setArray(2, connection.createArrayOf("text", sections.stream().map(Enum::name).toArray()));
            insert.setArray(3, connection.createArrayOf("text", fields.stream().map(Enum::name).toArray()));
            insert.setArray(4, connection.createArrayOf("text", actions.stream().map(Enum::name).toArray()));
            try (ResultSet result = insert.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private void writePeople() throws SQLException {
        SplittableRandom random = new SplittableRandom(options.seed() + 1);
        Instant joined = at(options.asOf().minusYears(9));
        try (CopyRows staff = new CopyRows(connection, "user_accounts",
                "id, email, display_name, phone, password_hash, role, enabled, created_at")) {
            staff.row(staffId(-1), staffEmail(options.tag()), "Benchmark Admin", null, options.passwordHash(), "ADMIN",
                    true, joined);
            for (int investigator = 0; investigator < plan.size.investigators; investigator++) {
                staff.row(staffId(investigator), "investigator" + investigator + "." + options.tag() + "@bench.caseport.test",
                        FirmWords.personName(random), "+44 7700 9" + (10000 + investigator), options.passwordHash(),
                        "INVESTIGATOR", true, joined);
            }
            count("user_accounts", staff);
        }
        try (CopyRows clients = new CopyRows(connection, "clients",
                "id, kind, name, email, phone, address, notes, created_at, portal_profile_id")) {
            for (int client = 0; client < plan.size.clients(); client++) {
                boolean person = client > 5 && random.nextDouble() < 0.3;
                Long profile = client == 0 ? Long.valueOf(fullProfile)
                        : random.nextDouble() < 0.1 ? Long.valueOf(statusOnlyProfile) : null;
                clients.row(clientBase + client, person ? "PERSON" : "ORGANISATION",
                        person ? FirmWords.personName(random) : FirmWords.companyName(random) + " " + client,
                        "office@client" + client + "." + options.tag() + ".bench.example", "+44 20 7946 " + (1000 + client % 9000),
                        (1 + random.nextInt(200)) + " High Street", null, joined, profile);
            }
            count("clients", clients);
        }
        writeContacts(random, joined);
    }

    private void writeContacts(SplittableRandom random, Instant joined) throws SQLException {
        String[] names = new String[plan.size.contacts];
        try (CopyRows contacts = new CopyRows(connection, "client_contacts",
                "id, client_id, name, email, phone, role_title, created_at")) {
            for (int contact = 0; contact < plan.size.contacts; contact++) {
                names[contact] = FirmWords.personName(random);
                contacts.row(contactBase + contact, clientBase + plan.contactClient[contact], names[contact],
                        contactEmail(contact, options.tag()), null, random.nextBoolean() ? "Claims manager" : "Director",
                        joined);
            }
            count("client_contacts", contacts);
        }
        try (CopyRows accounts = new CopyRows(connection, "user_accounts",
                "id, email, display_name, password_hash, role, enabled, created_at, contact_id")) {
            for (int contact = 0; contact < plan.size.contacts; contact++) {
                if (contactAccount[contact] != 0) {
                    accounts.row(contactAccount[contact], contactEmail(contact, options.tag()), names[contact],
                            options.passwordHash(), "CONTACT", true, joined, contactBase + contact);
                }
            }
            rows.merge("user_accounts", accounts.rows(), Long::sum);
        }
    }

    /** Most logins see all their client's cases; the others a few cases each. */
    private void writeGrants(SplittableRandom random) throws SQLException {
        try (CopyRows grants = new CopyRows(connection, "portal_grants",
                "contact_id, client_id, case_id, granted_by, granted_at")) {
            Instant granted = at(options.asOf().minusYears(1));
            for (int contact = 0; contact < plan.size.contacts; contact++) {
                if (contactAccount[contact] == 0) {
                    continue;
                }
                int client = plan.contactClient[contact];
                var cases = plan.casesOfClient.get(client);
                if (contact == 0 || cases.isEmpty() || random.nextDouble() < 0.7) {
                    grants.row(contactBase + contact, clientBase + client, null, staffId(-1), granted);
                    continue;
                }
                int first = random.nextInt(cases.size());
                int count = Math.min(cases.size(), 1 + random.nextInt(3));
                for (int offset = 0; offset < count; offset++) {
                    grants.row(contactBase + contact, clientBase + client, caseBase + cases.get((first + offset) % cases.size()),
                            staffId(-1), granted);
                }
            }
            count("portal_grants", grants);
        }
    }

    private void writeCases(String[] numbers) throws SQLException {
        SplittableRandom random = new SplittableRandom(options.seed() + 2);
        try (CopyRows cases = new CopyRows(connection, "cases", "id, number, title, client_id, case_type, description,"
                + " status, lead_investigator_id, opened_on, closed_on, created_at, updated_at")) {
            for (int kase = 0; kase < plan.size.cases; kase++) {
                String type = FirmWords.pick(FirmWords.CASE_TYPES, random);
                String person = FirmWords.personName(random);
                if (kase == 0) {
                    searchText = person.substring(person.indexOf(' ') + 1);
                }
                cases.row(caseBase + kase, numbers[kase], type + ": " + person,
                        clientBase + plan.caseClient[kase], type, "Instructed on " + plan.opened[kase] + ".",
                        plan.status[kase], staffId(plan.caseLead[kase]), plan.opened[kase], plan.closed[kase],
                        at(plan.opened[kase]), at(plan.lastDay(kase)));
            }
            count("cases", cases);
        }
        try (CopyRows assignments = new CopyRows(connection, "case_assignments", "case_id, staff_id")) {
            for (int kase = 0; kase < plan.size.cases; kase++) {
                assignments.row(caseBase + kase, staffId(plan.caseLead[kase]));
                if (plan.caseSecond[kase] >= 0) {
                    assignments.row(caseBase + kase, staffId(plan.caseSecond[kase]));
                }
            }
            count("case_assignments", assignments);
        }
        writeLedger(random);
    }

    /** A budget in line with the case's work (about 150 per slip), sometimes raised; retainers paid. */
    private void writeLedger(SplittableRandom random) throws SQLException {
        try (CopyRows ledger = new CopyRows(connection, "ledger_entries",
                "case_id, kind, amount, entry_date, reference, created_by, created_at")) {
            for (int kase = 0; kase < plan.size.cases; kase++) {
                long budget = Math.round((plan.slips[kase] * 150 * (0.6 + random.nextDouble()) + 1000) / 100) * 100;
                long admin = staffId(-1);
                ledger.row(caseBase + kase, "BUDGET_AUTHORISATION", budget + ".00", plan.opened[kase], "Letter of instruction",
                        admin, at(plan.opened[kase]));
                if (random.nextDouble() < 0.25) {
                    ledger.row(caseBase + kase, "BUDGET_INCREASE", (budget / 5 / 100 * 100 + 100) + ".00",
                            plan.lastDay(kase), "Client approved more budget", admin, at(plan.lastDay(kase)));
                }
                if (random.nextDouble() < 0.5) {
                    ledger.row(caseBase + kase, "RETAINER_PAYMENT", (budget / 2) + ".00", plan.opened[kase].plusDays(7),
                            "Bank transfer", admin, at(plan.opened[kase].plusDays(7)));
                }
            }
            count("ledger_entries", ledger);
        }
    }

    private void count(String table, CopyRows copy) {
        rows.merge(table, copy.rows(), Long::sum);
    }

    static Instant at(LocalDate day) {
        return day.atTime(9, 0).toInstant(ZoneOffset.UTC);
    }

    static String staffEmail(String tag) {
        return "admin." + tag + "@bench.caseport.test";
    }

    static String contactEmail(int contact, String tag) {
        return "contact" + contact + "." + tag + "@bench.example";
    }
}
