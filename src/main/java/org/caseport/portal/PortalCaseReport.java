package org.caseport.portal;

import static org.caseport.reports.ReportFormat.date;
import static org.caseport.reports.ReportFormat.money;
import static org.caseport.reports.ReportFormat.plain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.caseport.access.AccessPolicy;
import org.caseport.access.PortalAction;
import org.caseport.access.PortalCase;
import org.caseport.access.PortalField;
import org.caseport.access.PortalSection;
import org.caseport.billing.BillingQueries;
import org.caseport.cases.CaseStatus;
import org.caseport.documents.PortalDocuments;
import org.caseport.identity.Actor;
import org.caseport.reports.CaseReportContent;
import org.caseport.reports.LedgerFacts;
import org.caseport.reports.ReportAudience;
import org.caseport.reports.ReportDocument;
import org.caseport.reports.ReportDocument.Column;
import org.caseport.reports.ReportDocument.Fact;
import org.caseport.reports.ReportDocument.Table;
import org.caseport.reports.ReportFormat;
import org.caseport.tasks.TaskQueries;
import org.springframework.stereotype.Component;

/**
 * A contact's case report: their portal pages on paper. Its sections are the profile's sections, in
 * the navigation's order, read through the same queries as the pages (shared items only; a field
 * the profile hides is not even selected, and its column is left out), so it cannot say more than
 * the pages do.
 */
@Component
class PortalCaseReport implements CaseReportContent {

    private final AccessPolicy access;
    private final PortalQueries portal;
    private final BillingQueries billing;
    private final PortalDocuments documents;
    private final TaskQueries tasks;
    private final Clock clock;

    PortalCaseReport(AccessPolicy access, PortalQueries portal, BillingQueries billing, PortalDocuments documents,
            TaskQueries tasks, Clock clock) {
        this.tasks = tasks;
        this.access = access;
        this.portal = portal;
        this.billing = billing;
        this.documents = documents;
        this.clock = clock;
    }

    @Override
    public ReportAudience audience() {
        return ReportAudience.PORTAL;
    }

    @Override
    public void write(Actor actor, long caseId, ReportDocument document) {
        PortalCase portalCase = access.requirePortalAction(actor, caseId, PortalSection.REPORTS,
                PortalAction.GENERATE_REPORT);
        PortalCaseView kase = portal.caseView(actor, caseId);
        document.expectRows(rows(actor, portalCase));
        document.title(kase.number() + " · " + kase.title());
        document.facts(summary(kase, portalCase));
        if (portalCase.shows(PortalSection.BUDGET)) {
            document.section("Budget and retainer");
            document.facts(LedgerFacts.of(billing.ledger(portalCase)));
        }
        if (portalCase.shows(PortalSection.NOTES)) {
            notes(actor, portalCase, document);
        }
        if (portalCase.shows(PortalSection.EXPENSES)) {
            expenses(actor, portalCase, document);
        }
        if (portalCase.shows(PortalSection.SUBJECTS)) {
            subjects(actor, portalCase, document);
        }
        if (portalCase.shows(PortalSection.TASKS)) {
            tasks(actor, portalCase, document);
        }
        if (portalCase.shows(PortalSection.DOCUMENTS)) {
            documents(actor, portalCase, document);
        }
    }

    /** The table rows of the sections the profile shows, for the progress: their pages' totals. */
    private long rows(Actor actor, PortalCase portalCase) {
        long caseId = portalCase.caseId();
        long rows = 0;
        if (portalCase.shows(PortalSection.NOTES)) {
            rows += portal.notes(actor, caseId, 0, 1).total();
        }
        if (portalCase.shows(PortalSection.EXPENSES)) {
            rows += portal.expenses(actor, caseId, 0, 1).total();
        }
        if (portalCase.shows(PortalSection.SUBJECTS)) {
            rows += portal.subjects(actor, caseId, 0, 1).total();
        }
        if (portalCase.shows(PortalSection.DOCUMENTS)) {
            rows += documents.list(actor, caseId, 0, 1).total();
        }
        return rows;
    }

    /** The status always; the type, dates and investigator as the overview shows them. */
    private static List<Fact> summary(PortalCaseView kase, PortalCase portalCase) {
        List<Fact> facts = new ArrayList<>(List.of(new Fact("Status", CaseStatus.valueOf(kase.status()).label())));
        if (portalCase.shows(PortalSection.OVERVIEW)) {
            facts.add(new Fact("Type", kase.caseType()));
            facts.add(new Fact("Opened", date(kase.openedOn())));
            facts.add(new Fact("Closed", date(kase.closedOn())));
        }
        PortalCaseView.Investigator investigator = kase.investigator();
        if (investigator != null) {
            facts.add(new Fact("Your investigator", investigator.name()));
            facts.add(new Fact("Email", investigator.email()));
            facts.add(new Fact("Phone", investigator.phone()));
        }
        return facts;
    }

    private void notes(Actor actor, PortalCase portalCase, ReportDocument document) {
        boolean hours = portalCase.showsField(PortalField.NOTE_HOURS);
        boolean rates = portalCase.showsField(PortalField.NOTE_RATES);
        List<Column> columns = new ArrayList<>(List.of(new Column("Date", 1.1f), new Column("By", 1.5f)));
        if (hours) {
            columns.add(new Column("Hours", 0.7f));
        }
        if (rates) {
            columns.add(new Column("Rate", 0.9f));
        }
        columns.add(new Column("Note", 6f));
        document.section("Case notes");
        try (Table table = document.table(columns, "No notes have been shared with you yet.")) {
            portal.eachNote(actor, portalCase.caseId(), note -> {
                List<String> cells = new ArrayList<>(List.of(date(note.workDate()), orEmpty(note.staffName())));
                if (hours) {
                    cells.add(plain(note.hours()));
                }
                if (rates) {
                    cells.add(money(note.rate()));
                }
                cells.add(note.body());
                table.row(cells.toArray(String[]::new));
            });
        }
    }

    private void expenses(Actor actor, PortalCase portalCase, ReportDocument document) {
        boolean amounts = portalCase.showsField(PortalField.EXPENSE_AMOUNTS);
        List<Column> columns = new ArrayList<>(List.of(new Column("Date", 1.1f), new Column("Category", 1.5f),
                new Column("Description", 5f)));
        if (amounts) {
            columns.add(new Column("Amount", 1.1f));
        }
        document.section("Expenses");
        try (Table table = document.table(columns, "No expenses have been shared with you yet.")) {
            portal.eachExpense(actor, portalCase.caseId(), expense -> {
                List<String> cells = new ArrayList<>(List.of(date(expense.spentOn()), expense.category(),
                        expense.description()));
                if (amounts) {
                    cells.add(money(expense.amount()));
                }
                table.row(cells.toArray(String[]::new));
            });
        }
    }

    private void subjects(Actor actor, PortalCase portalCase, ReportDocument document) {
        document.section("Persons and companies of interest");
        try (Table table = document.table(List.of(new Column("Name", 2.5f), new Column("Details", 7.5f)),
                "No persons or companies have been shared with you yet.")) {
            portal.eachSubject(actor, portalCase.caseId(), subject -> table.row(
                    subject.name() + "\n" + (subject.isPerson() ? "Person" : "Company or organisation"),
                    ReportFormat.lines(List.of(new Fact("Also known as", subject.aliases()),
                            new Fact("Date of birth", date(subject.dateOfBirth())),
                            new Fact("Identifiers", subject.identifiers()), new Fact("Addresses", subject.addresses()),
                            new Fact("Phones", subject.phones()), new Fact("Vehicles", subject.vehicles()),
                            new Fact("Notes", subject.notes())))));
        }
    }

    private void tasks(Actor actor, PortalCase portalCase, ReportDocument document) {
        document.section("Tasks");
        try (Table table = document.table(List.of(new Column("Task", 6f), new Column("Due", 2f),
                new Column("Status", 2f)), "No tasks have been shared with you yet.")) {
            tasks.eachShared(actor, portalCase.caseId(), task -> table.row(task.title(), date(task.dueOn()),
                    task.status().label()));
        }
    }

    private void documents(Actor actor, PortalCase portalCase, ReportDocument document) {
        document.section("Documents");
        try (Table table = document.table(List.of(new Column("Title", 2.8f), new Column("Category", 1.2f),
                new Column("Version", 0.8f), new Column("Size", 0.9f), new Column("Date", 1.4f),
                new Column("SHA-256 fingerprint", 3.6f)), "No documents have been shared with you yet.")) {
            documents.eachShared(actor, portalCase.caseId(), row -> table.row(row.title(), row.category().label(),
                    String.valueOf(row.currentVersion()), row.readableSize(),
                    ReportFormat.dateTime(row.uploadedAt(), clock.getZone()), row.sha256()));
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
