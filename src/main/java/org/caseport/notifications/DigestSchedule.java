package org.caseport.notifications;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Looks for due daily digests every {@code caseport.notices.digest-interval} unless
 * {@code caseport.notices.digest-sender.enabled} is false. Digests are queued whether or not a mail
 * server is configured: like every mail, they wait in the outbox until one is.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "caseport.notices.digest-sender.enabled", matchIfMissing = true)
class DigestSchedule {

    private final DigestSender sender;

    DigestSchedule(DigestSender sender) {
        this.sender = sender;
    }

    @Scheduled(fixedDelayString = "${caseport.notices.digest-interval}")
    void sendDue() {
        sender.sendDue();
    }
}
