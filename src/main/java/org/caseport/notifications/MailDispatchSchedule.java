package org.caseport.notifications;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends due mail every {@code caseport.mail.dispatch-interval} when a mail server is configured and
 * {@code caseport.mail.dispatcher.enabled} is not false (an instance may leave sending to others).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty("spring.mail.host")
@ConditionalOnBooleanProperty(name = "caseport.mail.dispatcher.enabled", matchIfMissing = true)
class MailDispatchSchedule {

    private final MailDispatcher dispatcher;

    MailDispatchSchedule(MailDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Scheduled(fixedDelayString = "${caseport.mail.dispatch-interval}")
    void dispatchDue() {
        dispatcher.dispatchDue();
    }
}
