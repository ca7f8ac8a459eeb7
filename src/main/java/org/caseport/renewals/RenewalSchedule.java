package org.caseport.renewals;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every {@code caseport.renewals.schedule-interval}: notices before renewal dates, then the outcomes
 * of the dates that passed. Both are idempotent and safe on several instances;
 * {@code caseport.renewals.schedule.enabled=false} leaves the work to other instances (and to tests,
 * which call {@link RenewalDeadlines} with their own day).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "caseport.renewals.schedule.enabled", matchIfMissing = true)
class RenewalSchedule {

    private final RenewalDeadlines deadlines;
    private final Clock clock;

    RenewalSchedule(RenewalDeadlines deadlines, Clock clock) {
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${caseport.renewals.schedule-interval:PT10M}", initialDelayString = "PT1M")
    void run() {
        LocalDate today = LocalDate.now(clock);
        deadlines.sendNotices(today);
        deadlines.applyDue(today);
    }
}
