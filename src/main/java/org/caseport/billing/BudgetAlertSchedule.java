package org.caseport.billing;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every {@code caseport.budget-alerts.check-interval} (5 minutes): checks every case against the
 * budget thresholds. Safe on several instances at once; {@code caseport.budget-alerts.schedule.enabled=false}
 * leaves the work to other instances (and to tests, which call {@link BudgetAlerts#check} with their own time).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "caseport.budget-alerts.schedule.enabled", matchIfMissing = true)
class BudgetAlertSchedule {

    private final BudgetAlerts alerts;
    private final Clock clock;

    BudgetAlertSchedule(BudgetAlerts alerts, Clock clock) {
        this.alerts = alerts;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${caseport.budget-alerts.check-interval}", initialDelayString = "PT1M")
    void run() {
        alerts.check(clock.instant());
    }
}
