package org.caseport.notifications;

import java.time.Instant;

/**
 * The mail server settings in effect, for the Mail settings page. Never the password: only whether
 * there is one and, for a saved one, whether this instance's secret key can decrypt it.
 * {@code updatedAt} and {@code updatedBy} are set for saved settings only.
 */
public record MailSettingsView(MailSettingsSource source, String host, Integer port, MailSecurity security,
        String username, boolean hasPassword, boolean passwordReadable, String sender, Instant updatedAt,
        String updatedBy) {
}
