package org.caseport.reports;

import static org.caseport.reports.ReportFormat.date;
import static org.caseport.reports.ReportFormat.money;
import static org.caseport.reports.ReportFormat.plain;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.caseport.billing.BillingQueries;
import org.caseport.billing.LedgerEntryRow;
import org.caseport.cases.CaseQueries;
import org.caseport.cases.CaseView;
import org.caseport.documents.DocumentQueries;
import org.caseport.identity.Actor;
import org.caseport.reports.ReportDocument.Column;
import org.caseport.reports.ReportDocument.Fact;
import org.caseport.reports.ReportDocument.Table;
import org.caseport.shared.Visibility;
import org.caseport.subjects.SubjectQueries;
import org.caseport.subjects.SubjectView;
import org.caseport.tasks.TaskQueries;
import org.caseport.timeslips.TimeSlipQueries;
import org.springframework.stereotype.Component;

/**
 * The full internal report of a case, for staff who may see it: everything on record, shared or
 * not, each item marked as shared with the client or internal.
 */
@Component
class StaffCaseReport implements CaseReportContent {

    private final CaseQueries cases;
    private final BillingQueries billing;
    private final TimeSlipQueries timeSlips;
    private final SubjectQueries subjects;
    private final DocumentQueries documents;
    private final TaskQueries tasks;
    private final Clock clock;

    StaffCaseReport(CaseQueries cases, BillingQueries billing, TimeSlipQueries timeSlips, SubjectQueries subjects,
            DocumentQueries documents, TaskQueries tasks, Clock clock) {
        this.tasks = tasks;
        this.cases = cases;
        this.billing = billing;
        this.timeSlips = timeSlips;
        this.subjects = subjects;
        this.documents = documents;
        this.clock = clock;
    }

    @Override
    public ReportAudience audience() {
        return ReportAudience.STAFF;
    }

    @Override
    public void write(Actor actor, long caseId, ReportDocument document) {
        CaseView kase = cases.get(actor, caseId);
        List<LedgerEntryRow> ledgerEntries = billing.ledgerEntries(actor, caseId);
        document.expectRows(ledgerEntries.size() + timeSlips.forCase(actor, caseId, 0, 1).total()
                + billing.expenses(actor, caseId, 0, 1).total() + subjects.forCase(actor, caseId, 0, 1).total()
                + documents.forCase(actor, caseId, 0, 1).total());
        document.title(kase.number() + " · " + kase.title());
        document.facts(summary(kase));
        document.section("Budget and retainer");
        document.facts(LedgerFacts.of(billing.ledger(actor, caseId)));
        ledger(document, ledgerEntries);
        notes(actor, caseId, document);
        expenses(actor, caseId, document);
        subjects(actor, caseId, document);
        tasks(actor, caseId, document);
        documents(actor, caseId, document);
    }

    private static List<Fact> summary(CaseView kase) {
        String team = kase.team().stream().map(CaseView.TeamMember::displayName).collect(Collectors.joining(", "));
        return List.of(new Fact("Client", kase.clientName()), new Fact("Type", kase.caseType()),
                new Fact("Status", kase.status().label()), new Fact("Opened", date(kase.openedOn())),
                new Fact("Closed", date(kase.closedOn())), new Fact("Lead investigator", kase.leadName()),
                new Fact("Email", kase.leadEmail()), new Fact("Phone", kase.leadPhone()),
                new Fact("Also assigned", team.isEmpty() ? null : team), new Fact("Description", kase.description()));
    }

    private static void ledger(ReportDocument document, List<LedgerEntryRow> entries) {
        try (Table table = document.table(List.of(new Column("Date", 1.2f), new Column("Entry", 1.6f),
                new Column("Amount", 1.1f), new Column("Reference", 2.5f), new Column("By", 1.6f)),
                "No payments or budget authorisations yet.")) {
            for (LedgerEntryRow entry : entries) {
                table.row(date(entry.entryDate()), entry.kind().label(), money(entry.amount()), entry.reference(),
                        entry.createdByName());
            }
        }
    }

    private void notes(Actor actor, long caseId, ReportDocument document) {
        document.section("Time and notes");
        try (Table table = document.table(List.of(new Column("Date", 1.1f), new Column("By", 1.4f),
                new Column("Hours", 0.7f), new Column("Rate", 0.8f), new Column("Amount", 0.9f),
                new Column("Shared", 0.8f), new Column("Note", 4.5f)), "No notes yet.")) {
            timeSlips.eachForCase(actor, caseId, slip -> table.row(date(slip.workDate()),
                    slip.staffName() == null ? "Caseport" : slip.staffName(), plain(slip.hours()), money(slip.rate()),
                    slip.billable() ? money(slip.amount()) : "no charge", shared(slip.visibility()), slip.body()));
        }
    }

    private void expenses(Actor actor, long caseId, ReportDocument document) {
        document.section("Expenses");
        try (Table table = document.table(List.of(new Column("Date", 1.1f), new Column("Category", 1.3f),
                new Column("Description", 3.6f), new Column("Amount", 1f), new Column("Billable", 0.8f),
                new Column("Shared", 0.8f), new Column("By", 1.4f)), "No expenses yet.")) {
            billing.eachExpense(actor, caseId, expense -> table.row(date(expense.spentOn()), expense.category(),
                    expense.description(), money(expense.amount()), expense.billable() ? "yes" : "no",
                    shared(expense.visibility()), expense.createdByName()));
        }
    }

    private void subjects(Actor actor, long caseId, ReportDocument document) {
        document.section("Persons and companies of interest");
        try (Table table = document.table(List.of(new Column("Subject", 2.5f), new Column("Details", 7.5f)),
                "No subjects yet.")) {
            subjects.eachForCase(actor, caseId, subject -> table.row(
                    subject.name() + "\n" + subject.kind().label() + "\n" + shared(subject.visibility()),
                    details(subject)));
        }
    }

    private static String details(SubjectView subject) {
        return ReportFormat.lines(List.of(new Fact("Also known as", subject.aliases()),
                new Fact("Date of birth", date(subject.dateOfBirth())), new Fact("Identifiers", subject.identifiers()),
                new Fact("Addresses", subject.addresses()), new Fact("Phones", subject.phones()),
                new Fact("Vehicles", subject.vehicles()), new Fact("Notes", subject.notes())));
    }

    private void tasks(Actor actor, long caseId, ReportDocument document) {
        document.section("Tasks");
        try (Table table = document.table(List.of(new Column("Task", 4.2f), new Column("Assigned to", 1.8f),
                new Column("Due", 1.3f), new Column("Status", 1.3f), new Column("Visible to", 1.4f)), "No tasks yet.")) {
            tasks.eachForCase(actor, caseId, task -> table.row(task.title(), task.assigneeName(), date(task.dueOn()),
                    task.status().label(), shared(task.visibility())));
        }
    }

    private void documents(Actor actor, long caseId, ReportDocument document) {
        document.section("Documents");
        try (Table table = document.table(List.of(new Column("Title", 2.6f), new Column("Category", 1.1f),
                new Column("Version", 0.8f), new Column("Size", 0.9f), new Column("Uploaded", 1.7f),
                new Column("Shared", 0.8f), new Column("SHA-256 fingerprint", 3.6f)), "No documents yet.")) {
            documents.eachForCase(actor, caseId, row -> table.row(row.title(), row.category().label(),
                    String.valueOf(row.currentVersion()), row.readableSize(),
                    ReportFormat.dateTime(row.uploadedAt(), clock.getZone()) + "\n" + row.uploadedBy(),
                    shared(row.visibility()), row.sha256()));
        }
    }

    private static String shared(Visibility visibility) {
        return visibility == Visibility.CLIENT ? "shared" : "internal";
    }
}
