package org.caseport.notifications;

import java.time.LocalTime;

/** A person's choice, and the time of day, in the application's time zone, their digest is sent. */
public record NotificationSettings(NotificationMode mode, LocalTime digestTime) {
}
