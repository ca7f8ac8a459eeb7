package org.caseport.billing;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import org.caseport.access.AccessPolicy;
import org.caseport.access.PortalCase;
import org.caseport.access.PortalSection;
import org.caseport.identity.Actor;
import org.caseport.shared.NotFoundException;
import org.caseport.shared.PageResult;
import org.caseport.shared.RowStreams;
import org.caseport.timeslips.TimeSlipQueries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a case's ledger, expenses and ledger entries; sums are computed in SQL. */
@Service
@Transactional(readOnly = true)
public class BillingQueries {

    private static final String EXPENSE_SELECT = """
            select e.id, e.spent_on, e.category, e.amount, e.description, e.billable, e.visibility,
                   u.display_name as created_by_name
            from expenses e left join user_accounts u on u.id = e.created_by
            """;

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final TimeSlipQueries timeSlips;

    BillingQueries(JdbcClient jdbc, AccessPolicy access, TimeSlipQueries timeSlips) {
        this.jdbc = jdbc;
        this.access = access;
        this.timeSlips = timeSlips;
    }

    public CaseLedger ledger(Actor actor, long caseId) {
        access.requireCase(actor, caseId);
        return ledgerOf(caseId);
    }

    /** The ledger as the portal shows it, only where the contact's profile shows the budget. */
    public CaseLedger ledger(PortalCase portalCase) {
        if (!portalCase.shows(PortalSection.BUDGET)) {
            throw new NotFoundException("Case");
        }
        return ledgerOf(portalCase.caseId());
    }

    private CaseLedger ledgerOf(long caseId) {
        record Sums(BigDecimal budgetAuthorised, BigDecimal retainerPaid, BigDecimal billableExpenses) {
        }
        Sums sums = jdbc.sql("""
                        select
                          (select coalesce(sum(amount), 0) from ledger_entries
                            where case_id = :caseId and kind in ('BUDGET_AUTHORISATION', 'BUDGET_INCREASE')) as budget_authorised,
                          (select coalesce(sum(amount), 0) from ledger_entries
                            where case_id = :caseId and kind = 'RETAINER_PAYMENT') as retainer_paid,
                          (select coalesce(sum(amount), 0) from expenses
                            where case_id = :caseId and billable) as billable_expenses""")
                .param("caseId", caseId).query(Sums.class).single();
        return new CaseLedger(sums.budgetAuthorised(), timeSlips.billableTotal(caseId), sums.billableExpenses(),
                sums.retainerPaid());
    }

    public PageResult<ExpenseRow> expenses(Actor actor, long caseId, int page, int size) {
        access.requireCase(actor, caseId);
        long total = jdbc.sql("select count(*) from expenses where case_id = :caseId").param("caseId", caseId)
                .query(Long.class).single();
        List<ExpenseRow> rows = jdbc.sql(EXPENSE_SELECT
                        + " where e.case_id = :caseId order by e.spent_on desc, e.id desc limit :limit offset :offset")
                .param("caseId", caseId)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(ExpenseRow.class).list();
        return new PageResult<>(rows, page, size, total);
    }

    /** Every expense of the case, oldest first, one at a time ({@link RowStreams}): for exports. */
    public void eachExpense(Actor actor, long caseId, Consumer<ExpenseRow> each) {
        access.requireCase(actor, caseId);
        RowStreams.forEach(jdbc.sql(EXPENSE_SELECT + " where e.case_id = :caseId order by e.spent_on, e.id")
                .param("caseId", caseId), ExpenseRow.class, each);
    }

    public ExpenseRow expense(Actor actor, long caseId, long expenseId) {
        access.requireCase(actor, caseId);
        return jdbc.sql(EXPENSE_SELECT + " where e.case_id = :caseId and e.id = :id")
                .param("caseId", caseId).param("id", expenseId)
                .query(ExpenseRow.class).optional()
                .orElseThrow(() -> new NotFoundException("Expense"));
    }

    public List<LedgerEntryRow> ledgerEntries(Actor actor, long caseId) {
        access.requireCase(actor, caseId);
        return jdbc.sql("""
                        select l.id, l.kind, l.amount, l.entry_date, l.reference, u.display_name as created_by_name
                        from ledger_entries l left join user_accounts u on u.id = l.created_by
                        where l.case_id = :caseId order by l.entry_date desc, l.id desc""")
                .param("caseId", caseId).query(LedgerEntryRow.class).list();
    }

    /** Expense categories already in use, offered as suggestions. */
    public List<String> knownCategories() {
        return jdbc.sql("select distinct category from expenses order by category limit 50").query(String.class).list();
    }
}
