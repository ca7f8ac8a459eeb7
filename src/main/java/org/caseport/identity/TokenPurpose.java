package org.caseport.identity;

import java.time.Duration;

/** What a one-time link is for, and how long it stays valid. */
public enum TokenPurpose {
    INVITATION(Duration.ofDays(7)), PASSWORD_RESET(Duration.ofHours(1));

    private final Duration lifetime;

    TokenPurpose(Duration lifetime) {
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }
}
