package org.caseport.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.caseport.shared.Money;
import org.caseport.shared.Visibility;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("expenses")
class Expense {

    @Id
    private Long id;
    private Long caseId;
    private LocalDate spentOn;
    private String category;
    private BigDecimal amount;
    private String description;
    private boolean billable;
    private Visibility visibility;
    private Long createdBy;
    private Instant createdAt;
    @Version
    private Integer version;

    @PersistenceCreator
    Expense(Long id, Long caseId, LocalDate spentOn, String category, BigDecimal amount, String description,
            boolean billable, Visibility visibility, Long createdBy, Instant createdAt, Integer version) {
        this.id = id;
        this.caseId = caseId;
        this.spentOn = spentOn;
        this.category = category;
        this.amount = amount;
        this.description = description;
        this.billable = billable;
        this.visibility = visibility;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.version = version;
    }

    static Expense record(long caseId, ExpenseDetails details, long createdBy) {
        Expense expense = new Expense(null, caseId, null, null, null, null, false, Visibility.INTERNAL, createdBy,
                Instant.now(), null);
        expense.revise(details);
        return expense;
    }

    void revise(ExpenseDetails details) {
        if (details.amount().signum() < 0) {
            throw new IllegalArgumentException("an expense cannot be negative");
        }
        this.spentOn = details.spentOn();
        this.category = details.category().trim();
        this.amount = Money.of(details.amount());
        this.description = details.description().trim();
        this.billable = details.billable();
        this.visibility = details.visibility();
    }

    void changeVisibility(Visibility visibility) {
        this.visibility = visibility;
    }

    Long getId() {
        return id;
    }

    Long getCaseId() {
        return caseId;
    }
}
