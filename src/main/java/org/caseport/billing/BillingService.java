package org.caseport.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.caseport.approvals.BudgetIncreaseApproved;
import org.caseport.access.AccessPolicy;
import org.caseport.cases.CaseOpened;
import org.caseport.identity.Actor;
import org.caseport.renewals.RenewalBudgetRaised;
import org.caseport.shared.Money;
import org.caseport.shared.NotFoundException;
import org.caseport.shared.RejectedInputException;
import org.caseport.shared.Visibility;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Expenses, retainer payments and budget authorisations on a case the actor works. */
@Service
public class BillingService {

    private final Expenses expenses;
    private final AccessPolicy access;
    private final JdbcClient jdbc;

    BillingService(Expenses expenses, AccessPolicy access, JdbcClient jdbc) {
        this.expenses = expenses;
        this.access = access;
        this.jdbc = jdbc;
    }

    @Transactional
    public long recordExpense(Actor actor, long caseId, ExpenseDetails details) {
        access.requireCase(actor, caseId);
        return expenses.save(Expense.record(caseId, details, actor.id())).getId();
    }

    @Transactional
    public void reviseExpense(Actor actor, long caseId, long expenseId, ExpenseDetails details) {
        Expense expense = loadExpense(actor, caseId, expenseId);
        expense.revise(details);
        expenses.save(expense);
    }

    @Transactional
    public void changeExpenseVisibility(Actor actor, long caseId, long expenseId, Visibility visibility) {
        Expense expense = loadExpense(actor, caseId, expenseId);
        expense.changeVisibility(visibility);
        expenses.save(expense);
    }

    /** Records money the client authorised or paid; amounts must be positive. */
    @Transactional
    public long recordLedgerEntry(Actor actor, long caseId, LedgerEntryKind kind, BigDecimal amount,
            LocalDate entryDate, String reference) {
        access.requireCase(actor, caseId);
        return insertEntry(caseId, kind, amount, entryDate, reference, actor.id());
    }

    /** The budget a case was opened with is its first authorisation. */
    @EventListener
    void on(CaseOpened event) {
        if (event.budgetAuthorised().signum() > 0) {
            insertEntry(event.caseId(), LedgerEntryKind.BUDGET_AUTHORISATION, event.budgetAuthorised(),
                    event.openedOn(), "Budget when the case was opened", event.actorId());
        }
    }

    /**
     * The client approved more budget in the portal: one budget increase, in the answer's
     * transaction, by the contact's account. The answer publishes this once per request.
     */
    @EventListener
    void on(BudgetIncreaseApproved event) {
        insertEntry(event.caseId(), LedgerEntryKind.BUDGET_INCREASE, event.amount(), event.on(), event.reference(),
                event.approvedByAccountId());
    }

    /**
     * A renewal on the case renewed: one budget increase by its price, in the transaction that applied
     * it, by the contact who instructed it (none when it renewed by default). Published once per term.
     */
    @EventListener
    void on(RenewalBudgetRaised event) {
        insertEntry(event.caseId(), LedgerEntryKind.BUDGET_INCREASE, event.amount(), event.on(), event.reference(),
                event.authorisedByAccountId());
    }

    private long insertEntry(long caseId, LedgerEntryKind kind, BigDecimal amount, LocalDate entryDate,
            String reference, long actorId) {
        if (amount == null || amount.signum() <= 0) {
            throw new RejectedInputException("amount", "Enter an amount greater than zero.");
        }
        return jdbc.sql("""
                        insert into ledger_entries (case_id, kind, amount, entry_date, reference, created_by)
                        values (:caseId, :kind, :amount, :entryDate, :reference, :createdBy) returning id""")
                .param("caseId", caseId)
                .param("kind", kind.name())
                .param("amount", Money.of(amount))
                .param("entryDate", entryDate)
                .param("reference", reference == null || reference.isBlank() ? null : reference.trim())
                .param("createdBy", actorId)
                .query(Long.class).single();
    }

    private Expense loadExpense(Actor actor, long caseId, long expenseId) {
        access.requireCase(actor, caseId);
        return expenses.findById(expenseId).filter(expense -> expense.getCaseId() == caseId)
                .orElseThrow(() -> new NotFoundException("Expense"));
    }
}
