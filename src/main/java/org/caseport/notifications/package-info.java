/**
 * Mail: the outbox every feature queues its mails in ({@link org.caseport.notifications.MailOutbox}),
 * the dispatcher that sends them over SMTP and retries until each is sent ({@link
 * org.caseport.notifications.MailDispatcher}), the mail server it sends through, saved by an admin or
 * taken from the environment ({@link org.caseport.notifications.MailSettings}), the mail templates
 * under {@code templates/mail/}, and the admins' mail log ({@link org.caseport.notifications.MailLog}).
 * Notices of case events ({@link org.caseport.notifications.Notices}) follow each person's choice ({@link
 * org.caseport.notifications.NotificationPreferences}): mailed at once, or gathered into one daily
 * digest ({@link org.caseport.notifications.DigestSender}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "audit"})
package org.caseport.notifications;
