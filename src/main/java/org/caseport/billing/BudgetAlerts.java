package org.caseport.billing;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.caseport.access.AccessPolicy;
import org.caseport.access.AccessPolicy.PortalRecipient;
import org.caseport.access.PortalSection;
import org.caseport.audit.AuditAction;
import org.caseport.audit.AuditLog;
import org.caseport.cases.CaseStatus;
import org.caseport.identity.Actor;
import org.caseport.notifications.Notice;
import org.caseport.notifications.Notices;
import org.caseport.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Budget alerts. When the spending on a case passes one of the firm's thresholds of its authorised
 * budget, the staff the access policy names for the case are warned, with a link that asks the
 * client for more budget in one click; the contacts who see the case's budget in the portal are
 * warned too where an admin chose so. Each threshold warns once per crossing, however many runs
 * or instances check at once, and again after the case fell back below it. Closed cases and cases
 * without an authorised budget are never warned.
 */
@Service
public class BudgetAlerts {

    /**
     * In one statement, for every case not closed with an authorised budget: its ledger sums (as
     * {@link BillingQueries} adds them up) and the share spent in whole percent, rounded half up like
     * {@link CaseLedger#percentOfBudgetSpent()} (PostgreSQL's {@code round} on numeric rounds half away
     * from zero, the same for these non-negative sums); then it deletes the alerts of thresholds the
     * case is back below, and inserts one per threshold reached. Only inserts that happened are
     * returned, one row per case with the highest threshold it passed just now. Rows are inserted in
     * key order, so concurrent runs wait for each other rather than deadlock.
     */
    private static final String CROSSINGS = """
            with standing as (
                select c.id as case_id, c.number, c.title, sums.budget_authorised, sums.billable_time,
                       sums.billable_expenses,
                       round((sums.billable_time + sums.billable_expenses) * 100 / sums.budget_authorised) as percent
                from cases c
                cross join lateral (select
                    (select coalesce(sum(l.amount), 0) from ledger_entries l where l.case_id = c.id
                       and l.kind in ('BUDGET_AUTHORISATION', 'BUDGET_INCREASE')) as budget_authorised,
                    (select coalesce(sum(round(t.hours * t.rate, 2)), 0) from time_slips t
                       where t.case_id = c.id and t.billable) as billable_time,
                    (select coalesce(sum(e.amount), 0) from expenses e
                       where e.case_id = c.id and e.billable) as billable_expenses) sums
                where c.status <> 'CLOSED' and sums.budget_authorised > 0
            ), rearmed as (
                delete from budget_alerts a using standing s
                where a.case_id = s.case_id and a.threshold > s.percent
            ), crossed as (
                insert into budget_alerts (case_id, threshold, crossed_at)
                select s.case_id, t.threshold, :now
                from standing s
                cross join budget_alert_settings settings
                cross join unnest(settings.thresholds) as t(threshold)
                where settings.id = 1 and s.percent >= t.threshold
                order by s.case_id, t.threshold
                on conflict (case_id, threshold) do nothing
                returning case_id, threshold
            )
            select s.case_id, s.number, s.title, s.budget_authorised, s.billable_time, s.billable_expenses,
                   max(x.threshold) as threshold
            from crossed x join standing s on s.case_id = x.case_id
            group by s.case_id, s.number, s.title, s.budget_authorised, s.billable_time, s.billable_expenses
            order by s.case_id""";

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final Notices notices;
    private final AuditLog auditLog;

    BudgetAlerts(JdbcClient jdbc, AccessPolicy access, Notices notices, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.access = access;
        this.notices = notices;
        this.auditLog = auditLog;
    }

    @Transactional(readOnly = true)
    public BudgetAlertSettings settings() {
        return jdbc.sql("select thresholds, warn_contacts from budget_alert_settings where id = 1")
                .query((rs, rowNum) -> new BudgetAlertSettings(
                        List.of((Integer[]) rs.getArray("thresholds").getArray()), rs.getBoolean("warn_contacts")))
                .single();
    }

    /** Admins choose the thresholds and whether contacts are warned; audited. */
    @Transactional
    public void changeSettings(Actor admin, BudgetAlertSettings settings) {
        if (!admin.isAdmin()) {
            throw new NotFoundException("Setting");
        }
        jdbc.sql("""
                        update budget_alert_settings set thresholds = cast(:thresholds as int[]),
                          warn_contacts = :warnContacts, updated_at = now()
                        where id = 1""")
                .param("thresholds", settings.thresholds().stream().map(String::valueOf)
                        .collect(Collectors.joining(",", "{", "}")))
                .param("warnContacts", settings.warnContacts())
                .update();
        auditLog.record(admin, AuditAction.FIRM_SETTINGS_CHANGED, "FIRM", 1L, "Budget alerts at "
                + settings.percentages() + (settings.warnContacts() ? "; contacts warned too" : "; staff only"));
    }

    /**
     * The warning a case's page shows, from the ledger it already has: the highest threshold the
     * case has reached, if any; none for a closed case or one without an authorised budget.
     */
    @Transactional(readOnly = true)
    public Optional<BudgetWarning> warning(long caseId, CaseStatus status, CaseLedger ledger) {
        if (status == CaseStatus.CLOSED || ledger.budgetAuthorised().signum() <= 0) {
            return Optional.empty();
        }
        int percent = ledger.percentOfBudgetSpent();
        return settings().highestReachedBy(percent).map(threshold -> new BudgetWarning(caseId, threshold, percent,
                ledger.suggestedBudgetIncrease()));
    }

    /**
     * Checks every case at {@code now} and warns about each threshold passed since the last check,
     * in one transaction with the alerts it records (the mails go through the outbox). Safe to run
     * on several instances at once: a threshold row is inserted by one run only, and only that run
     * warns. Returns how many cases were warned about.
     */
    @Transactional
    public int check(Instant now) {
        List<Crossing> crossings = jdbc.sql(CROSSINGS).param("now", Timestamp.from(now)).query(Crossing.class).list();
        boolean warnContacts = settings().warnContacts();
        for (Crossing crossing : crossings) {
            warnStaff(crossing);
            if (warnContacts) {
                warnContacts(crossing);
            }
        }
        return crossings.size();
    }

    private void warnStaff(Crossing crossing) {
        CaseLedger ledger = crossing.ledger();
        BudgetWarning warning = new BudgetWarning(crossing.caseId(), crossing.threshold(),
                ledger.percentOfBudgetSpent(), ledger.suggestedBudgetIncrease());
        String casePath = "/app/cases/" + crossing.caseId();
        Map<String, Object> model = figures(crossing, ledger);
        model.put("suggestedIncrease", format(warning.suggestedIncrease()));
        model.put("askPath", warning.askForMoreBudgetPath());
        model.put("casePath", casePath);
        for (long staffId : access.firmRecipients(crossing.caseId())) {
            notices.send(new Notice(staffId, crossing.headline(), "budget-alert", model,
                    crossing.headline() + " (" + ledger.percentOfBudgetSpent() + "% spent)", casePath));
        }
    }

    private void warnContacts(Crossing crossing) {
        CaseLedger ledger = crossing.ledger();
        String budgetPath = "/portal/cases/" + crossing.caseId() + "/budget";
        Map<String, Object> model = figures(crossing, ledger);
        model.put("budgetPath", budgetPath);
        for (PortalRecipient contact : access.portalRecipients(crossing.caseId(), PortalSection.BUDGET)) {
            notices.send(new Notice(contact.accountId(), crossing.headline(), "budget-alert-client", model,
                    crossing.headline() + " (" + ledger.percentOfBudgetSpent() + "% spent)", budgetPath));
        }
    }

    /** What both sides are told: the figures the portal's budget page shows too. */
    private static Map<String, Object> figures(Crossing crossing, CaseLedger ledger) {
        Map<String, Object> model = new HashMap<>();
        model.put("caseNumber", crossing.number());
        model.put("caseTitle", crossing.title());
        model.put("threshold", crossing.threshold());
        model.put("percentSpent", ledger.percentOfBudgetSpent());
        model.put("budgetAuthorised", format(ledger.budgetAuthorised()));
        model.put("spent", format(ledger.spent()));
        model.put("remainingBudget", format(ledger.remainingBudget()));
        model.put("overBudget", ledger.isOverBudget());
        return model;
    }

    private static String format(BigDecimal amount) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK)).format(amount);
    }

    /** A case that passed a threshold just now, with its ledger sums (no retainer: alerts are about budget). */
    private record Crossing(long caseId, String number, String title, BigDecimal budgetAuthorised,
            BigDecimal billableTime, BigDecimal billableExpenses, int threshold) {

        CaseLedger ledger() {
            return new CaseLedger(budgetAuthorised, billableTime, billableExpenses, BigDecimal.ZERO);
        }

        String headline() {
            return "Case " + number + " has passed " + threshold + "% of its budget";
        }
    }
}
