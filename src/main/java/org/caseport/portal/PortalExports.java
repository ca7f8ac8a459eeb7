package org.caseport.portal;

import java.util.ArrayList;
import java.util.List;
import org.caseport.access.AccessPolicy;
import org.caseport.access.PortalAction;
import org.caseport.access.PortalCase;
import org.caseport.access.PortalField;
import org.caseport.access.PortalSection;
import org.caseport.audit.AuditAction;
import org.caseport.audit.AuditLog;
import org.caseport.identity.Actor;
import org.caseport.reports.CaseExport;
import org.caseport.reports.CsvTable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's shared notes and expenses as CSV for a contact (or a staff member previewing one), where
 * the profile shows {@link PortalSection#REPORTS} and allows {@link PortalAction#GENERATE_REPORT},
 * and shows the section exported; otherwise 404, audited. The rows and columns are the pages': shared
 * items only, through the same queries, with no column for a field the profile hides. Asking is
 * checked and audited at once; the rows are read and written when the response is.
 */
@Service
public class PortalExports {

    private final AccessPolicy access;
    private final PortalQueries portal;
    private final AuditLog auditLog;

    PortalExports(AccessPolicy access, PortalQueries portal, AuditLog auditLog) {
        this.access = access;
        this.portal = portal;
        this.auditLog = auditLog;
    }

    @Transactional
    public CaseExport notes(Actor actor, long caseId) {
        PortalCase portalCase = requireExport(actor, caseId, PortalSection.NOTES);
        boolean hours = portalCase.showsField(PortalField.NOTE_HOURS);
        boolean rates = portalCase.showsField(PortalField.NOTE_RATES);
        List<String> header = new ArrayList<>(List.of("Date", "By"));
        if (hours) {
            header.add("Hours");
        }
        if (rates) {
            header.add("Rate");
        }
        header.add("Note");
        auditLog.record(actor, AuditAction.CASE_EXPORT, "CASE", caseId, "Shared notes (CSV)");
        return new CaseExport(portal.caseView(actor, caseId).number() + "-time.csv", out -> {
            try (CsvTable csv = CsvTable.open(out, header)) {
                portal.eachNote(actor, caseId, note -> {
                    List<Object> cells = new ArrayList<>(List.of(note.workDate()));
                    cells.add(note.staffName());
                    if (hours) {
                        cells.add(note.hours());
                    }
                    if (rates) {
                        cells.add(note.rate());
                    }
                    cells.add(note.body());
                    csv.row(cells);
                });
            }
        });
    }

    @Transactional
    public CaseExport expenses(Actor actor, long caseId) {
        PortalCase portalCase = requireExport(actor, caseId, PortalSection.EXPENSES);
        boolean amounts = portalCase.showsField(PortalField.EXPENSE_AMOUNTS);
        List<String> header = new ArrayList<>(List.of("Date", "Category", "Description"));
        if (amounts) {
            header.add("Amount");
        }
        auditLog.record(actor, AuditAction.CASE_EXPORT, "CASE", caseId, "Shared expenses (CSV)");
        return new CaseExport(portal.caseView(actor, caseId).number() + "-expenses.csv", out -> {
            try (CsvTable csv = CsvTable.open(out, header)) {
                portal.eachExpense(actor, caseId, expense -> {
                    List<Object> cells = new ArrayList<>(List.of(expense.spentOn(), expense.category(),
                            expense.description()));
                    if (amounts) {
                        cells.add(expense.amount());
                    }
                    csv.row(cells);
                });
            }
        });
    }

    private PortalCase requireExport(Actor actor, long caseId, PortalSection section) {
        access.requirePortalAction(actor, caseId, PortalSection.REPORTS, PortalAction.GENERATE_REPORT);
        return access.requirePortalSection(actor, caseId, section);
    }
}
