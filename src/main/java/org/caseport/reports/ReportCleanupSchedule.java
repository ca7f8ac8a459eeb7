package org.caseport.reports;

import java.time.Clock;
import java.time.Instant;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the report cleanup every {@code caseport.reports.cleanup-interval} unless
 * {@code caseport.reports.cleanup.enabled} is false (tests call {@link ReportCleanup} with their own time).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "caseport.reports.cleanup.enabled", matchIfMissing = true)
class ReportCleanupSchedule {

    private final ReportCleanup cleanup;
    private final Clock clock;

    ReportCleanupSchedule(ReportCleanup cleanup, Clock clock) {
        this.cleanup = cleanup;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${caseport.reports.cleanup-interval}", initialDelayString = "PT1M")
    void run() {
        cleanup.removeExpired(Instant.now(clock));
    }
}
