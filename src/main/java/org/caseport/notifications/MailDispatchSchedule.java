package org.caseport.notifications;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends due mail every {@code caseport.mail.dispatch-interval} unless {@code
 * caseport.mail.dispatcher.enabled} is false (an instance may leave sending to others). It runs even
 * without a mail server, since an admin may configure one at any time; such a run only reads the settings.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
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
