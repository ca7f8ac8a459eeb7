package org.caseport.approvals;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every {@code caseport.approvals.schedule-interval}: reminders before due dates, then expiry after
 * them. Both are idempotent and safe on several instances; {@code caseport.approvals.schedule.enabled=false}
 * leaves the work to other instances (and to tests, which call {@link ApprovalRequests} with their own day).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "caseport.approvals.schedule.enabled", matchIfMissing = true)
class ApprovalSchedule {

    private final ApprovalRequests requests;
    private final Clock clock;

    ApprovalSchedule(ApprovalRequests requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${caseport.approvals.schedule-interval:PT10M}", initialDelayString = "PT1M")
    void run() {
        LocalDate today = LocalDate.now(clock);
        requests.remindDue(today);
        requests.expireDue(today);
    }
}
