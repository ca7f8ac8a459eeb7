package org.caseport.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import org.caseport.identity.Actor;
import org.caseport.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each signed-in person's choice of how to hear about case events, always for their own account
 * (the actor's id, never one from a request). A staff member previewing the portal sees the
 * contact's choice but cannot change it.
 */
@Service
public class NotificationPreferences {

    private final JdbcClient jdbc;
    private final DigestSender digests;
    private final Clock clock;

    NotificationPreferences(JdbcClient jdbc, DigestSender digests, Clock clock) {
        this.jdbc = jdbc;
        this.digests = digests;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public NotificationSettings settingsOf(Actor actor) {
        NotificationMode mode = jdbc.sql("select mode from notification_preferences where account_id = :id")
                .param("id", actor.id())
                .query(NotificationMode.class).optional()
                .orElse(NotificationMode.IMMEDIATE);
        return new NotificationSettings(mode, digests.digestTime());
    }

    /**
     * Records the actor's choice. Items already kept for a digest stay there and go out with the
     * next one, whatever the new choice; a preview answers like a page that does not exist.
     */
    @Transactional
    public void choose(Actor actor, NotificationMode mode) {
        if (actor.isPreview()) {
            throw new NotFoundException("Page");
        }
        jdbc.sql("""
                        insert into notification_preferences (account_id, mode, updated_at)
                        values (:id, :mode, :now)
                        on conflict (account_id) do update set mode = excluded.mode, updated_at = excluded.updated_at""")
                .param("id", actor.id())
                .param("mode", mode.name())
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }
}
