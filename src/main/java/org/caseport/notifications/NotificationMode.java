package org.caseport.notifications;

/**
 * How a person hears about events on their cases: each {@link Notice} mailed at once, or gathered
 * into one mail a day. Account mails (invitations, password resets) always go out at once.
 */
public enum NotificationMode {
    IMMEDIATE, DAILY_DIGEST
}
