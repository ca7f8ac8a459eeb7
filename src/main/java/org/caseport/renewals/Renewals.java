package org.caseport.renewals;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.caseport.access.AccessPolicy;
import org.caseport.access.SqlCondition;
import org.caseport.identity.Actor;
import org.caseport.shared.Money;
import org.caseport.shared.NotFoundException;
import org.caseport.shared.RejectedInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting up renewals and instructing them. Staff add a renewal to a client or to one of its cases
 * they work, change its terms until the client instructs it, and cancel it while it is active. A
 * contact who may instruct it (see {@link AccessPolicy#portalRenewalsToInstruct}) says "renew" or
 * "let lapse" until the end of the renewal date — once: an instruction is a conditional update of an
 * active, uninstructed row, so of two at once exactly one wins and the other is told who was first.
 */
@Service
public class Renewals {

    static final BigDecimal LARGEST_PRICE = new BigDecimal("10000000");

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final ApplicationEventPublisher events;
    private final RenewalMails mails;
    private final Clock clock;
    private final int defaultNoticeDays;

    Renewals(JdbcClient jdbc, AccessPolicy access, ApplicationEventPublisher events, RenewalMails mails, Clock clock,
            @Value("${caseport.renewals.notice-days:14}") int defaultNoticeDays) {
        this.jdbc = jdbc;
        this.access = access;
        this.events = events;
        this.mails = mails;
        this.clock = clock;
        this.defaultNoticeDays = defaultNoticeDays;
    }

    /** How many days before the date contacts are told, unless staff choose otherwise. */
    public int defaultNoticeDays() {
        return defaultNoticeDays;
    }

    @Transactional
    public long add(Actor staff, long clientId, RenewalDetails details) {
        requireClient(staff, clientId);
        Terms terms = validated(staff, clientId, details);
        return jdbc.sql("""
                        insert into renewals (client_id, case_id, title, price, term_months, renews_on, default_outcome,
                          notice_days, created_by, created_at)
                        values (:clientId, :caseId, :title, :price, :termMonths, :renewsOn, :defaultOutcome,
                          :noticeDays, :staffId, :now) returning id""")
                .param("clientId", clientId).params(terms.params()).param("staffId", staff.id())
                .param("now", Timestamp.from(Instant.now(clock)))
                .query(Long.class).single();
    }

    /**
     * New terms for a renewal nobody instructed yet. The contacts are told again (from the notice
     * day, by the scheduled run), and an instruction given on the old terms is refused.
     */
    @Transactional
    public void revise(Actor staff, long clientId, long renewalId, RenewalDetails details) {
        access.requireRenewal(staff, clientId, renewalId);
        Terms terms = validated(staff, clientId, details);
        int revised = jdbc.sql("""
                        update renewals set case_id = :caseId, title = :title, price = :price,
                          term_months = :termMonths, renews_on = :renewsOn, default_outcome = :defaultOutcome,
                          notice_days = :noticeDays, version = version + 1, notified_at = null, notice_recipients = null
                        where id = :id and status = 'ACTIVE' and instruction is null""")
                .params(terms.params()).param("id", renewalId).update();
        if (revised == 0) {
            State state = stateOf(renewalId);
            throw new RenewalRefusedException(state.status() != RenewalStatus.ACTIVE ? whyEnded(state)
                    : "The client has instructed it already, so its terms stay as they were: "
                            + alreadyInstructed(state));
        }
    }

    /** Ends an active renewal: it will neither renew nor lapse, whatever the client instructed. */
    @Transactional
    public void cancel(Actor staff, long clientId, long renewalId) {
        access.requireRenewal(staff, clientId, renewalId);
        int cancelled = jdbc.sql("""
                        update renewals set status = 'CANCELLED', closed_at = :now, cancelled_by_name = :staffName
                        where id = :id and status = 'ACTIVE'""")
                .param("now", Timestamp.from(Instant.now(clock))).param("staffName", staff.displayName())
                .param("id", renewalId).update();
        if (cancelled == 0) {
            throw new RenewalRefusedException(whyEnded(stateOf(renewalId)));
        }
    }

    /**
     * A contact's instruction on the terms they read ({@code version}). 404 unless they may instruct
     * the renewal (never in a preview); {@link RenewalRefusedException} when it can no longer be
     * instructed — someone instructed it first, its date passed, staff changed or ended it.
     */
    @Transactional
    public void instruct(Actor contact, long renewalId, RenewalOutcome instruction, String comment, Integer version) {
        access.requireRenewalToInstruct(contact, renewalId);
        if (instruction == null) {
            throw new RejectedInputException("instruction", "Choose Renew or Let lapse.");
        }
        String remark = comment == null || comment.isBlank() ? null : comment.strip();
        if (remark != null && remark.length() > 2000) {
            throw new RejectedInputException("comment", "Keep the comment under 2,000 characters.");
        }
        int instructed = jdbc.sql("""
                        update renewals set instruction = :instruction, instruction_comment = :comment,
                          instructed_by = :accountId, instructed_by_name = :name, instructed_at = :now
                        where id = :id and status = 'ACTIVE' and instruction is null and renews_on >= :today
                          and version = :version""")
                .param("instruction", instruction.name()).param("comment", remark).param("accountId", contact.id())
                .param("name", contact.displayName()).param("now", Timestamp.from(Instant.now(clock)))
                .param("id", renewalId).param("today", today()).param("version", version == null ? -1 : version)
                .update();
        State state = stateOf(renewalId);
        if (instructed == 0) {
            throw new RenewalRefusedException(whyNotInstructable(state, version));
        }
        RenewalInstructed event = new RenewalInstructed(renewalId, state.clientId(), state.caseId(), today(),
                state.title(), state.price(), state.termMonths(), state.renewsOn(), instruction,
                contact.displayName(), remark);
        events.publishEvent(event);
        mails.tellTheFirm(event);
    }

    private void requireClient(Actor staff, long clientId) {
        if (!staff.isStaff()) {
            throw new AccessDeniedException("staff only");
        }
        if (!jdbc.sql("select exists (select 1 from clients where id = :id)").param("id", clientId)
                .query(Boolean.class).single()) {
            throw new NotFoundException("Client");
        }
    }

    /** The terms as they will be stored, checked: a renewal on a case the staff member may not work is refused. */
    private Terms validated(Actor staff, long clientId, RenewalDetails details) {
        if (details.caseId() != null && !isClientsCase(staff, clientId, details.caseId())) {
            throw new RejectedInputException("caseId", "Choose one of this client's cases, or none.");
        }
        if (details.title() == null || details.title().isBlank()) {
            throw new RejectedInputException("title", "Give the renewal a title.");
        }
        String title = details.title().strip();
        if (title.length() > 200) {
            throw new RejectedInputException("title", "Keep the title under 200 characters.");
        }
        BigDecimal price = details.price() == null ? null : Money.of(details.price());
        if (price == null || price.signum() <= 0 || price.compareTo(LARGEST_PRICE) >= 0) {
            throw new RejectedInputException("price", "Enter a price greater than zero and below 10,000,000.");
        }
        if (details.termMonths() == null || details.termMonths() < 1 || details.termMonths() > 36) {
            throw new RejectedInputException("termMonths", "Enter a term of 1 to 36 months.");
        }
        if (details.renewsOn() == null || details.renewsOn().isBefore(today())) {
            throw new RejectedInputException("renewsOn", "Choose today or a later day.");
        }
        if (details.defaultOutcome() == null) {
            throw new RejectedInputException("defaultOutcome", "Choose what happens without an instruction.");
        }
        int noticeDays = details.noticeDays() == null ? defaultNoticeDays : details.noticeDays();
        if (noticeDays < 0 || noticeDays > 90) {
            throw new RejectedInputException("noticeDays", "Enter 0 to 90 days.");
        }
        return new Terms(details.caseId(), title, price, details.termMonths(), details.renewsOn(),
                details.defaultOutcome().name(), noticeDays);
    }

    private boolean isClientsCase(Actor staff, long clientId, long caseId) {
        SqlCondition scope = access.caseScope(staff);
        return jdbc.sql("select exists (select 1 from cases c where c.id = :caseId and c.client_id = :clientId and "
                        + scope.sql() + ")")
                .param("caseId", caseId).param("clientId", clientId).params(scope.params())
                .query(Boolean.class).single();
    }

    /** Validated terms, bound by name into the insert and the update. */
    private record Terms(Long caseId, String title, BigDecimal price, int termMonths, LocalDate renewsOn,
            String defaultOutcome, int noticeDays) {

        Map<String, Object> params() {
            Map<String, Object> params = new HashMap<>();
            params.put("caseId", caseId);
            params.put("title", title);
            params.put("price", price);
            params.put("termMonths", termMonths);
            params.put("renewsOn", renewsOn);
            params.put("defaultOutcome", defaultOutcome);
            params.put("noticeDays", noticeDays);
            return params;
        }
    }

    private record State(long clientId, Long caseId, String title, BigDecimal price, int termMonths,
            LocalDate renewsOn, RenewalStatus status, int version, RenewalOutcome instruction,
            String instructedByName, Instant instructedAt, Instant closedAt, String cancelledByName) {
    }

    private State stateOf(long renewalId) {
        return jdbc.sql("""
                        select client_id, case_id, title, price, term_months, renews_on, status, version, instruction,
                               instructed_by_name, instructed_at, closed_at, cancelled_by_name
                        from renewals where id = :id""")
                .param("id", renewalId).query(State.class).optional()
                .orElseThrow(() -> new NotFoundException("Renewal"));
    }

    private String whyNotInstructable(State state, Integer version) {
        if (state.instruction() != null) {
            return alreadyInstructed(state);
        }
        if (state.status() != RenewalStatus.ACTIVE) {
            return whyEnded(state);
        }
        if (state.renewsOn().isBefore(today())) {
            return "The renewal date has passed (" + RenewalTexts.day(state.renewsOn())
                    + "); it can no longer be instructed.";
        }
        return "The firm changed this renewal since you opened the page. Read its terms again and answer.";
    }

    private String alreadyInstructed(State state) {
        return "Already instructed by " + state.instructedByName() + " on "
                + RenewalTexts.MOMENT.format(state.instructedAt().atZone(clock.getZone())) + ": "
                + state.instruction().verb() + ".";
    }

    private String whyEnded(State state) {
        String on = state.closedAt() == null ? ""
                : " on " + RenewalTexts.DAY.format(state.closedAt().atZone(clock.getZone()));
        return switch (state.status()) {
            case CANCELLED -> "This renewal was cancelled by " + state.cancelledByName() + on + ".";
            case RENEWED, LAPSED -> "This renewal has already " + state.status().label().toLowerCase(Locale.ROOT)
                    + on + ".";
            case ACTIVE -> "This renewal is still active.";
        };
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
