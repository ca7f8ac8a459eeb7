package org.caseport.bench;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.IntToLongFunction;

/**
 * Each case's records: time slips, expenses, subjects, document metadata (and the two real files
 * the load test downloads), tasks, a message thread and approval requests on some. Every table
 * draws from its own random stream, so adding a table never changes another's rows.
 */
final class CaseRecords {

    private static final String[] RATES = {"45.00", "60.00", "75.00", "90.00", "120.00"};
    private static final int PAGE_SIZE = 25;

    private final Connection connection;
    private final FirmGenerator.Options options;
    private final FirmPlan plan;
    private final IntToLongFunction staffId;
    private final long[] contactAccount;
    private long caseBase;
    private int sharedNotesOfCaseZero;

    CaseRecords(Connection connection, FirmGenerator.Options options, FirmPlan plan, IntToLongFunction staffId,
            long[] contactAccount) {
        this.connection = connection;
        this.options = options;
        this.plan = plan;
        this.staffId = staffId;
        this.contactAccount = contactAccount;
    }

    BenchFirm write(long caseBase, long documentBase, Map<String, Long> rows, String searchText)
            throws SQLException, IOException {
        this.caseBase = caseBase;
        rows.put("time_slips", timeSlips());
        rows.put("expenses", expenses());
        rows.put("subjects", subjects());
        CaseDocuments documents = new CaseDocuments(connection, options, plan, staffId);
        rows.put("documents", documents.write(caseBase, documentBase));
        rows.put("case_tasks", tasks());
        rows.put("case_messages", messages());
        rows.put("approval_requests", approvals());
        int pages = (sharedNotesOfCaseZero + PAGE_SIZE - 1) / PAGE_SIZE;
        return new BenchFirm(options.size().name().toLowerCase(), options.seed(), options.tag(),
                FirmGenerator.PASSWORD, FirmGenerator.staffEmail(options.tag()), FirmGenerator.contactEmail(0, options.tag()),
                caseBase, pages / 2, sharedNotesOfCaseZero, searchText, "ACTIVE",
                documents.small.id(), documents.small.bytes(), documents.small.sha256(),
                documents.big.id(), documents.big.bytes(), documents.big.sha256(), documents.big.key(), rows);
    }

    private long timeSlips() throws SQLException {
        SplittableRandom random = new SplittableRandom(options.seed() + 10);
        try (CopyRows slips = new CopyRows(connection, "time_slips",
                "case_id, work_date, staff_id, hours, rate, billable, body, visibility, origin, created_at")) {
            for (int kase = 0; kase < plan.size.cases; kase++) {
                for (int slip = 0; slip < plan.slips[kase]; slip++) {
                    LocalDate day = dayIn(kase, random);
                    boolean system = random.nextDouble() < 0.03;
                    boolean shared = random.nextDouble() < 0.4;
                    if (kase == 0 && shared) {
                        sharedNotesOfCaseZero++;
                    }
                    int quarters = system ? 0 : 1 + random.nextInt(32);
                    slips.row(caseBase + kase, day, staffId.applyAsLong(worker(kase, random)),
                            quarters / 4 + "." + (quarters % 4 == 0 ? "00" : Integer.toString(quarters % 4 * 25)),
                            FirmWords.pick(RATES, random), !system && random.nextDouble() < 0.85,
                            system ? "Status changed to Active." : FirmWords.pick(FirmWords.NOTE_TEXTS, random),
                            shared ? "CLIENT" : "INTERNAL", system ? "SYSTEM" : "STAFF",
                            FirmGenerator.at(day).plus(random.nextInt(600), ChronoUnit.MINUTES));
                }
            }
            return slips.rows();
        }
    }

    private long expenses() throws SQLException {
        SplittableRandom random = new SplittableRandom(options.seed() + 11);
        try (CopyRows expenses = new CopyRows(connection, "expenses",
                "case_id, spent_on, category, amount, description, billable, visibility, created_by, created_at")) {
            for (int kase = 0; kase < plan.size.cases; kase++) {
                for (int expense = 0; expense < plan.expenses[kase]; expense++) {
                    LocalDate day = dayIn(kase, random);
                    int cents = 500 + random.nextInt(50_000);
                    String category = FirmWords.pick(FirmWords.EXPENSE_CATEGORIES, random);
                    expenses.row(caseBase + kase, day, category, cents / 100 + "." + String.format("%02d", cents % 100),
                            category + " for the case", random.nextDouble() < 0.8,
                            random.nextDouble() < 0.4 ? "CLIENT" : "INTERNAL",
                            staffId.applyAsLong(plan.caseLead[kase]), FirmGenerator.at(day));
                }
            }
            return expenses.rows();
        }
    }

    private long subjects() throws SQLException {
        SplittableRandom random = new SplittableRandom(options.seed() + 12);
        try (CopyRows subjects = new CopyRows(connection, "subjects", "case_id, kind, name, aliases, date_of_birth,"
                + " identifiers, addresses, phones, vehicles, notes, visibility, created_at")) {
            for (int kase = 0; kase < plan.size.cases; kase++) {
                int count = random.nextInt(5);
                for (int subject = 0; subject < count; subject++) {
                    boolean person = random.nextDouble() < 0.75;
                    subjects.row(caseBase + kase, person ? "PERSON" : "COMPANY",
                            person ? FirmWords.personName(random) : FirmWords.companyName(random),
                            random.nextBoolean() ? FirmWords.personName(random) : null,
                            person ? plan.asOf.minusDays(7_000 + random.nextInt(18_000)) : null,
                            "Ref " + (100_000 + random.nextInt(900_000)), (1 + random.nextInt(300)) + " Mill Lane",
                            "+44 7700 " + (900_000 + random.nextInt(99_999)), person ? "Grey hatchback" : null,
                            "Seen at the depot on weekdays.", random.nextDouble() < 0.35 ? "CLIENT" : "INTERNAL",
                            FirmGenerator.at(plan.opened[kase]));
                }
            }
            return subjects.rows();
        }
    }

    private long tasks() throws SQLException {
        SplittableRandom random = new SplittableRandom(options.seed() + 13);
        try (CopyRows tasks = new CopyRows(connection, "case_tasks",
                "case_id, title, assignee_id, due_on, status, visibility, created_by, created_at, completed_at")) {
            for (int kase = 0; kase < plan.size.cases; kase++) {
                int count = kase == 0 ? 4 : random.nextDouble() < 0.3 ? 1 + random.nextInt(4) : 0;
                for (int task = 0; task < count; task++) {
                    boolean closed = plan.closed[kase] != null;
                    String status = closed ? "DONE" : FirmWords.pick(new String[] {"OPEN", "IN_PROGRESS", "DONE"}, random);
                    LocalDate due = closed ? plan.closed[kase] : plan.asOf.plusDays(random.nextInt(90) - 30);
                    long lead = staffId.applyAsLong(plan.caseLead[kase]);
                    Instant created = FirmGenerator.at(plan.opened[kase]);
                    tasks.row(caseBase + kase, FirmWords.pick(FirmWords.TASK_TITLES, random), lead, due, status,
                            random.nextDouble() < 0.4 ? "CLIENT" : "INTERNAL", lead, created,
                            "DONE".equals(status) ? FirmGenerator.at(due) : null);
                }
            }
            return tasks.rows();
        }
    }

    /** A thread on about one case in seven whose client has a login: the client asks, the firm answers. */
    private long messages() throws SQLException {
        SplittableRandom random = new SplittableRandom(options.seed() + 14);
        List<Object[]> messages = new ArrayList<>();
        try (CopyRows threads = new CopyRows(connection, "message_threads",
                "case_id, last_message_at, awaiting_reply_since")) {
            for (int kase = 0; kase < plan.size.cases; kase++) {
                long contact = clientLogin(plan.caseClient[kase]);
                if (contact == 0 || kase != 0 && random.nextDouble() > 0.15) {
                    continue;
                }
                int count = 1 + random.nextInt(8);
                Instant at = FirmGenerator.at(plan.lastDay(kase).minusDays(count));
                for (int message = 0; message < count; message++) {
                    boolean fromClient = message % 2 == 0;
                    at = at.plus(1 + random.nextInt(20), ChronoUnit.HOURS);
                    messages.add(new Object[] {caseBase + kase,
                        fromClient ? contact : staffId.applyAsLong(plan.caseLead[kase]),
                        fromClient ? "Client contact" : "Lead investigator", fromClient,
                        fromClient ? "Case " + kase + " · Overview" : null,
                        fromClient ? "Any news on the surveillance this week?" : "Yes, the report follows on Friday.",
                        at});
                }
                threads.row(caseBase + kase, at, count % 2 == 1 ? at : null);
            }
        }
        try (CopyRows rows = new CopyRows(connection, "case_messages",
                "case_id, author_id, author_name, from_client, about, body, created_at")) {
            for (Object[] message : messages) {
                rows.row(message);
            }
            return rows.rows();
        }
    }

    private long approvals() throws SQLException {
        SplittableRandom random = new SplittableRandom(options.seed() + 15);
        try (CopyRows approvals = new CopyRows(connection, "approval_requests", "case_id, title, explanation, amount,"
                + " due_on, status, requested_by, requested_at, decided_by, decided_by_name, decided_at")) {
            for (int kase = 0; kase < plan.size.cases; kase++) {
                long contact = clientLogin(plan.caseClient[kase]);
                if (plan.closed[kase] != null || kase != 0 && random.nextDouble() > 0.03) {
                    continue;
                }
                boolean decided = contact != 0 && random.nextBoolean();
                Instant asked = FirmGenerator.at(plan.asOf.minusDays(3));
                approvals.row(caseBase + kase, "Two more surveillance days", "To cover the weekend.", "1800.00",
                        plan.asOf.plusDays(14), decided ? "APPROVED" : "OPEN", staffId.applyAsLong(plan.caseLead[kase]),
                        asked, decided ? contact : null, decided ? "Client contact" : null,
                        decided ? asked.plus(1, ChronoUnit.DAYS) : null);
            }
            return approvals.rows();
        }
    }

    /** The account of the client's first contact with a login, or 0. */
    private long clientLogin(int client) {
        for (int contact : plan.contactsOfClient.get(client)) {
            if (contactAccount[contact] != 0) {
                return contactAccount[contact];
            }
        }
        return 0;
    }

    /** Mostly the lead, sometimes the second investigator or anyone else. */
    private int worker(int kase, SplittableRandom random) {
        double draw = random.nextDouble();
        if (draw < 0.7) {
            return plan.caseLead[kase];
        }
        if (draw < 0.9 && plan.caseSecond[kase] >= 0) {
            return plan.caseSecond[kase];
        }
        return random.nextInt(plan.size.investigators);
    }

    private LocalDate dayIn(int kase, SplittableRandom random) {
        long span = ChronoUnit.DAYS.between(plan.opened[kase], plan.lastDay(kase));
        return plan.opened[kase].plusDays(span <= 0 ? 0 : random.nextLong(span + 1));
    }

    static String randomSha256(SplittableRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** A document store key ({@code ab/cd/<uuid>}) from the stream. */
    static String storageKey(SplittableRandom random) {
        String name = new UUID(random.nextLong(), random.nextLong()).toString();
        return name.substring(0, 2) + "/" + name.substring(2, 4) + "/" + name;
    }
}
