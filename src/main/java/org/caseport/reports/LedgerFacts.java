package org.caseport.reports;

import java.util.List;
import org.caseport.billing.CaseLedger;
import org.caseport.reports.ReportDocument.Fact;

/** Where a case's money stands, as the budget pages show it, for the report of any audience. */
public final class LedgerFacts {

    private LedgerFacts() {
    }

    public static List<Fact> of(CaseLedger ledger) {
        return List.of(
                new Fact("Budget authorised", ReportFormat.money(ledger.budgetAuthorised())),
                new Fact("Spent (billable time + expenses)", ReportFormat.money(ledger.spent())),
                new Fact("of which time", ReportFormat.money(ledger.billableTime())),
                new Fact("of which expenses", ReportFormat.money(ledger.billableExpenses())),
                new Fact("Remaining budget", ReportFormat.money(ledger.remainingBudget())
                        + (ledger.isOverBudget() ? " (over budget)" : "")),
                new Fact("Retainer paid", ReportFormat.money(ledger.retainerPaid())),
                new Fact("Retainer balance", ReportFormat.money(ledger.retainerBalance())));
    }
}
