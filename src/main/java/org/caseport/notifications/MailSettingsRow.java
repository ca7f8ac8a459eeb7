package org.caseport.notifications;

import java.time.Instant;

/** The {@code mail_settings} row as stored: the password only as its ciphertext. */
record MailSettingsRow(String host, int port, MailSecurity security, String username, String passwordCiphertext,
        String sender, Instant updatedAt, String updatedBy) {
}
