package org.caseport.notifications;

/** Where the mail server settings in effect come from. */
public enum MailSettingsSource {
    /** An admin saved them on the Mail settings page; they win over the environment. */
    SAVED,
    /** The {@code spring.mail.*} properties ({@code SPRING_MAIL_HOST} …). */
    ENVIRONMENT,
    /** Nowhere: no mail is sent, mails wait in the outbox. */
    NONE
}
