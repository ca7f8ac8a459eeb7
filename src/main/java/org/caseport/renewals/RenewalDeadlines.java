package org.caseport.renewals;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scheduled work on renewals, for a given day: telling the contacts a renewal is coming, and
 * applying the outcome once its date has passed. Both claim their rows with {@code for update skip
 * locked} and change them so they no longer qualify, so a run is idempotent and several instances
 * may run at once: each renewal is noticed once and concluded once.
 */
@Service
public class RenewalDeadlines {

    /** At most this many renewals per run and kind of work, so a transaction stays small; the next run goes on. */
    private static final int BATCH = 200;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final RenewalMails mails;
    private final Clock clock;

    RenewalDeadlines(JdbcClient jdbc, ApplicationEventPublisher events, RenewalMails mails, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.mails = mails;
        this.clock = clock;
    }

    /**
     * Tells the contacts who may instruct each active, uninstructed renewal whose notice day has come
     * ({@code renews_on - notice_days <= today}) and whose date has not passed; once per renewal
     * (until staff change its terms). Returns how many renewals were noticed.
     */
    @Transactional
    public int sendNotices(LocalDate today) {
        List<Noticed> due = jdbc.sql("""
                        select id, title, renews_on, default_outcome from renewals
                        where status = 'ACTIVE' and instruction is null and notified_at is null
                          and renews_on >= :today and renews_on - notice_days <= :today
                        order by renews_on, id limit :batch for update skip locked""")
                .param("today", today).param("batch", BATCH).query(Noticed.class).list();
        for (Noticed renewal : due) {
            int told = mails.tellTheContacts(renewal.id(), renewal.title(), renewal.renewsOn(),
                    renewal.defaultOutcome());
            jdbc.sql("update renewals set notified_at = :now, notice_recipients = :told where id = :id")
                    .param("now", Timestamp.from(Instant.now(clock))).param("told", told).param("id", renewal.id())
                    .update();
        }
        return due.size();
    }

    /**
     * Concludes each active renewal whose date is before {@code today}: the client's instruction, or
     * else its default outcome. Renewing opens the next term (the renewal date moves on by the term)
     * and, for a case's renewal, raises the case's budget by the price. Returns how many were concluded.
     */
    @Transactional
    public int applyDue(LocalDate today) {
        List<Due> due = jdbc.sql("""
                        select id, client_id, case_id, title, price, term_months, renews_on, default_outcome,
                               notice_days, instruction, instructed_by, instructed_by_name from renewals
                        where status = 'ACTIVE' and renews_on < :today
                        order by renews_on, id limit :batch for update skip locked""")
                .param("today", today).param("batch", BATCH).query(Due.class).list();
        due.forEach(this::conclude);
        return due.size();
    }

    private void conclude(Due renewal) {
        RenewalOutcome outcome = renewal.instruction() != null ? renewal.instruction() : renewal.defaultOutcome();
        int concluded = jdbc.sql("""
                        update renewals set status = :status, closed_at = :now where id = :id and status = 'ACTIVE'""")
                .param("status", outcome == RenewalOutcome.RENEW ? "RENEWED" : "LAPSED")
                .param("now", Timestamp.from(Instant.now(clock))).param("id", renewal.id()).update();
        if (concluded == 0) {
            // The run holds the row's lock, so this does not happen; if it did, another run concluded it.
            return;
        }
        LocalDate nextRenewsOn = null;
        if (outcome == RenewalOutcome.RENEW) {
            nextRenewsOn = renewal.renewsOn().plusMonths(renewal.termMonths());
            openNextTerm(renewal, nextRenewsOn);
        }
        RenewalConcluded event = new RenewalConcluded(renewal.id(), renewal.clientId(), renewal.caseId(),
                renewal.renewsOn(), renewal.title(), renewal.price(), outcome, renewal.instructedByName(),
                nextRenewsOn);
        events.publishEvent(event);
        mails.tellTheFirm(event);
    }

    private void openNextTerm(Due renewal, LocalDate nextRenewsOn) {
        jdbc.sql("""
                        insert into renewals (client_id, case_id, previous_id, title, price, term_months, renews_on,
                          default_outcome, notice_days, created_at)
                        values (:clientId, :caseId, :previousId, :title, :price, :termMonths, :renewsOn,
                          :defaultOutcome, :noticeDays, :now)""")
                .param("clientId", renewal.clientId()).param("caseId", renewal.caseId())
                .param("previousId", renewal.id()).param("title", renewal.title()).param("price", renewal.price())
                .param("termMonths", renewal.termMonths()).param("renewsOn", nextRenewsOn)
                .param("defaultOutcome", renewal.defaultOutcome().name()).param("noticeDays", renewal.noticeDays())
                .param("now", Timestamp.from(Instant.now(clock)))
                .update();
        if (renewal.caseId() != null) {
            String how = renewal.instructedByName() == null ? "by default"
                    : "as instructed by " + renewal.instructedByName();
            events.publishEvent(new RenewalBudgetRaised(renewal.caseId(), renewal.id(), renewal.price(),
                    renewal.renewsOn(), renewal.instructedBy(), "Renewal \"" + renewal.title() + "\" renewed " + how
                            + ": the next term runs to " + RenewalTexts.day(nextRenewsOn)));
        }
    }

    private record Noticed(long id, String title, LocalDate renewsOn, RenewalOutcome defaultOutcome) {
    }

    private record Due(long id, long clientId, Long caseId, String title, BigDecimal price, int termMonths,
            LocalDate renewsOn, RenewalOutcome defaultOutcome, int noticeDays, RenewalOutcome instruction,
            Long instructedBy, String instructedByName) {
    }
}
