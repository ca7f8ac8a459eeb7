package org.caseport.approvals;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.caseport.access.AccessPolicy;
import org.caseport.access.AccessPolicy.PortalRecipient;
import org.caseport.access.PortalAction;
import org.caseport.access.PortalCase;
import org.caseport.access.PortalSection;
import org.caseport.audit.AuditAction;
import org.caseport.audit.AuditLog;
import org.caseport.identity.Actor;
import org.caseport.notifications.Notice;
import org.caseport.notifications.Notices;
import org.caseport.shared.Money;
import org.caseport.shared.NotFoundException;
import org.caseport.shared.RejectedInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asking a client for a decision and recording their answer. Staff who may work the case ask (and
 * may withdraw an open request); the contacts who see the case's approvals and whose profile allows
 * {@link PortalAction#APPROVE} are told, and one of them answers — exactly one answer wins, however
 * many arrive at once, because an answer is a conditional update of an OPEN row. A request past its
 * due date can no longer be answered; a scheduled run reminds before the date and expires after it.
 */
@Service
public class ApprovalRequests {

    static final BigDecimal LARGEST_AMOUNT = new BigDecimal("10000000");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", Locale.UK);

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final AuditLog auditLog;
    private final Notices notices;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int reminderDays;

    ApprovalRequests(JdbcClient jdbc, AccessPolicy access, AuditLog auditLog, Notices notices,
            ApplicationEventPublisher events, Clock clock,
            @Value("${caseport.approvals.reminder-days:2}") int reminderDays) {
        this.jdbc = jdbc;
        this.access = access;
        this.auditLog = auditLog;
        this.notices = notices;
        this.events = events;
        this.clock = clock;
        this.reminderDays = reminderDays;
    }

    /** Staff ask the client; the contacts who may answer are told there is a decision waiting. */
    @Transactional
    public long ask(Actor staff, long caseId, NewApprovalRequest request) {
        access.requireCase(staff, caseId);
        String title = required(request.title(), "title", "Give the request a title.", 200);
        String explanation = optional(request.explanation(), "explanation", 4000);
        BigDecimal amount = request.amount() == null ? null : Money.of(request.amount());
        if (amount != null && (amount.signum() <= 0 || amount.compareTo(LARGEST_AMOUNT) >= 0)) {
            throw new RejectedInputException("amount", "Enter an amount greater than zero and below 10,000,000.");
        }
        if (request.dueOn() != null && request.dueOn().isBefore(today())) {
            throw new RejectedInputException("dueOn", "Choose today or a later day.");
        }
        long id = jdbc.sql("""
                        insert into approval_requests (case_id, title, explanation, amount, due_on, requested_by, requested_at)
                        values (:caseId, :title, :explanation, :amount, :dueOn, :staffId, :now) returning id""")
                .param("caseId", caseId).param("title", title).param("explanation", explanation)
                .param("amount", amount).param("dueOn", request.dueOn()).param("staffId", staff.id())
                .param("now", Timestamp.from(Instant.now(clock)))
                .query(Long.class).single();
        tellContacts(caseId, "approval-requested", "A decision is waiting on case ", title, request.dueOn());
        return id;
    }

    /** Staff withdraw an open request; a decided one stays as it was decided. */
    @Transactional
    public void withdraw(Actor staff, long caseId, long requestId) {
        access.requireCase(staff, caseId);
        int withdrawn = jdbc.sql("""
                        update approval_requests set status = 'WITHDRAWN', decided_at = :now,
                          decided_by = :staffId, decided_by_name = :staffName
                        where id = :id and case_id = :caseId and status = 'OPEN'""")
                .param("now", Timestamp.from(Instant.now(clock))).param("staffId", staff.id())
                .param("staffName", staff.displayName()).param("id", requestId).param("caseId", caseId).update();
        if (withdrawn == 0) {
            throw new DecisionRefusedException(whyClosed(stateOf(caseId, requestId)));
        }
    }

    /** Whether the contact may answer this case's requests: not in a preview, and the profile allows it. */
    @Transactional(readOnly = true)
    public boolean mayAnswer(Actor contact, long caseId) {
        return !contact.isPreview() && access.requirePortalSection(contact, caseId, PortalSection.APPROVALS)
                .profile().allows(PortalAction.APPROVE);
    }

    /**
     * A contact's answer. 404 unless they see the case's approvals and may answer (never in a
     * preview) and the request is this case's; {@link DecisionRefusedException} when it is no longer
     * open — decided by someone else, withdrawn or past its due date.
     */
    @Transactional
    public ApprovalStatus decide(Actor contact, long caseId, long requestId, ApprovalDecision decision,
            String comment) {
        PortalCase portalCase = access.requirePortalSection(contact, caseId, PortalSection.APPROVALS);
        if (contact.isPreview() || !portalCase.profile().allows(PortalAction.APPROVE)) {
            auditLog.recordRefusal(contact, AuditAction.ACCESS_DENIED, "CASE", caseId);
            throw new NotFoundException("Approval request");
        }
        State state = stateOf(caseId, requestId);
        if (decision == null) {
            throw new RejectedInputException("decision", "Choose Approve or Decline.");
        }
        String remark = optional(comment, "comment", 2000);
        ApprovalStatus outcome = decision == ApprovalDecision.APPROVE ? ApprovalStatus.APPROVED : ApprovalStatus.DECLINED;
        Instant now = Instant.now(clock);
        int decided = jdbc.sql("""
                        update approval_requests set status = :status, decided_by = :accountId,
                          decided_by_name = :name, decided_at = :now, decision_comment = :comment
                        where id = :id and case_id = :caseId and status = 'OPEN'
                          and (due_on is null or due_on >= :today)""")
                .param("status", outcome.name()).param("accountId", contact.id()).param("name", contact.displayName())
                .param("now", Timestamp.from(now)).param("comment", remark).param("id", requestId)
                .param("caseId", caseId).param("today", today())
                .update();
        if (decided == 0) {
            throw new DecisionRefusedException(whyClosed(stateOf(caseId, requestId)));
        }
        boolean approved = outcome == ApprovalStatus.APPROVED;
        events.publishEvent(new ApprovalDecided(caseId, requestId, today(), state.title(), state.amount(), approved,
                contact.displayName(), remark));
        if (approved && state.amount() != null) {
            events.publishEvent(new BudgetIncreaseApproved(caseId, requestId, state.amount(), today(), contact.id(),
                    "Approved in the portal by " + contact.displayName() + ": " + state.title()));
        }
        String caseNumber = caseNumber(caseId);
        String verdict = approved ? "approved" : "declined";
        for (long staffId : access.firmRecipients(caseId)) {
            notices.send(new Notice(staffId, contact.displayName() + " " + verdict + " \"" + state.title()
                            + "\" on case " + caseNumber, "approval-decided",
                    Map.of("contactName", contact.displayName(), "caseNumber", caseNumber, "title", state.title(),
                            "amount", state.amount() == null ? "" : Money.format(state.amount()), "verdict", verdict,
                            "comment", remark == null ? "" : remark,
                            "casePath", "/app/cases/" + caseId + "/approvals"),
                    contact.displayName() + " " + verdict + " \"" + state.title() + "\" on case " + caseNumber,
                    "/app/cases/" + caseId + "/approvals"));
        }
        return outcome;
    }

    /**
     * Reminds the contacts of open requests due within the reminder window, once per request; safe to
     * run on several instances at once (rows are claimed with {@code for update skip locked}).
     * Returns how many requests were reminded of.
     */
    @Transactional
    public int remindDue(LocalDate today) {
        List<Due> due = jdbc.sql("""
                        select id, case_id, title, due_on from approval_requests
                        where status = 'OPEN' and reminded_at is null and due_on between :today and :last
                        order by due_on, id for update skip locked""")
                .param("today", today).param("last", today.plusDays(reminderDays))
                .query(Due.class).list();
        for (Due request : due) {
            tellContacts(request.caseId(), "approval-reminder", "Reminder: a decision is waiting on case ",
                    request.title(), request.dueOn());
            jdbc.sql("update approval_requests set reminded_at = :now where id = :id")
                    .param("now", Timestamp.from(Instant.now(clock))).param("id", request.id()).update();
        }
        return due.size();
    }

    /** Closes open requests whose due date has passed; idempotent. Returns how many expired. */
    @Transactional
    public int expireDue(LocalDate today) {
        return jdbc.sql("update approval_requests set status = 'EXPIRED' where status = 'OPEN' and due_on < :today")
                .param("today", today).update();
    }

    private void tellContacts(long caseId, String template, String subject, String title, LocalDate dueOn) {
        String caseNumber = caseNumber(caseId);
        String path = "/portal/cases/" + caseId + "/approvals";
        for (PortalRecipient contact : access.portalRecipients(caseId, PortalSection.APPROVALS, PortalAction.APPROVE)) {
            notices.send(new Notice(contact.accountId(), subject + caseNumber, template,
                    Map.of("caseNumber", caseNumber, "title", title, "dueOn", dueOn == null ? "" : DAY.format(dueOn),
                            "approvalsPath", path),
                    subject + caseNumber + ": " + title, path));
        }
    }

    private record Due(long id, long caseId, String title, LocalDate dueOn) {
    }

    private record State(String title, BigDecimal amount, ApprovalStatus status, LocalDate dueOn,
            String decidedByName, Instant decidedAt) {
    }

    private State stateOf(long caseId, long requestId) {
        return jdbc.sql("""
                        select title, amount, status, due_on, decided_by_name, decided_at from approval_requests
                        where id = :id and case_id = :caseId""")
                .param("id", requestId).param("caseId", caseId).query(State.class).optional()
                .orElseThrow(() -> new NotFoundException("Approval request"));
    }

    private String whyClosed(State state) {
        return switch (state.status()) {
            case APPROVED, DECLINED -> "Already " + state.status().label().toLowerCase(Locale.ROOT) + " by "
                    + state.decidedByName() + " on " + MOMENT.format(state.decidedAt().atZone(zone())) + ".";
            case WITHDRAWN -> "The firm withdrew this request on " + DAY.format(state.decidedAt().atZone(zone())) + ".";
            case EXPIRED, OPEN -> "This request was due on " + DAY.format(state.dueOn())
                    + " and can no longer be answered.";
        };
    }

    private String caseNumber(long caseId) {
        return jdbc.sql("select number from cases where id = :id").param("id", caseId).query(String.class).single();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private ZoneId zone() {
        return clock.getZone();
    }


    private static String required(String value, String field, String message, int max) {
        if (value == null || value.isBlank()) {
            throw new RejectedInputException(field, message);
        }
        return optional(value, field, max);
    }

    private static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new RejectedInputException(field, "Keep it under " + String.format(Locale.UK, "%,d", max)
                    + " characters.");
        }
        return text;
    }
}
