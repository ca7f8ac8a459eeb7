package org.caseport.reports;

import java.util.Arrays;
import java.util.List;
import org.caseport.audit.AuditAction;
import org.caseport.audit.AuditLog;
import org.caseport.billing.BillingQueries;
import org.caseport.cases.CaseQueries;
import org.caseport.identity.Actor;
import org.caseport.shared.Visibility;
import org.caseport.timeslips.TimeSlipQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's time slips and expenses as CSV for staff who may see the case: every row, shared or
 * internal, every column. Asking is checked and audited at once; the rows are read and written when
 * the response is (see {@link CaseExport}).
 */
@Service
public class StaffExports {

    private static final List<String> TIME_COLUMNS = List.of("Date", "Staff", "Hours", "Rate", "Billable", "Amount",
            "Shared with client", "Recorded by Caseport", "Note");
    private static final List<String> EXPENSE_COLUMNS = List.of("Date", "Category", "Description", "Amount",
            "Billable", "Shared with client", "Recorded by");

    private final CaseQueries cases;
    private final TimeSlipQueries timeSlips;
    private final BillingQueries billing;
    private final AuditLog auditLog;

    StaffExports(CaseQueries cases, TimeSlipQueries timeSlips, BillingQueries billing, AuditLog auditLog) {
        this.cases = cases;
        this.timeSlips = timeSlips;
        this.billing = billing;
        this.auditLog = auditLog;
    }

    @Transactional
    public CaseExport timeSlips(Actor actor, long caseId) {
        String number = cases.get(actor, caseId).number();
        auditLog.record(actor, AuditAction.CASE_EXPORT, "CASE", caseId, "Time slips (CSV)");
        return new CaseExport(number + "-time.csv", out -> {
            try (CsvTable csv = CsvTable.open(out, TIME_COLUMNS)) {
                timeSlips.eachForCase(actor, caseId, slip -> csv.row(Arrays.asList(slip.workDate(), slip.staffName(),
                        slip.hours(), slip.rate(), slip.billable(), slip.amount(),
                        slip.visibility() == Visibility.CLIENT, slip.isSystem(), slip.body())));
            }
        });
    }

    @Transactional
    public CaseExport expenses(Actor actor, long caseId) {
        String number = cases.get(actor, caseId).number();
        auditLog.record(actor, AuditAction.CASE_EXPORT, "CASE", caseId, "Expenses (CSV)");
        return new CaseExport(number + "-expenses.csv", out -> {
            try (CsvTable csv = CsvTable.open(out, EXPENSE_COLUMNS)) {
                billing.eachExpense(actor, caseId, expense -> csv.row(Arrays.asList(expense.spentOn(),
                        expense.category(), expense.description(), expense.amount(), expense.billable(),
                        expense.visibility() == Visibility.CLIENT, expense.createdByName())));
            }
        });
    }
}
