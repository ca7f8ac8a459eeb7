package org.caseport.notifications;

/** Where a mail is: waiting to be sent (again), or handed to the mail server. */
public enum MailStatus {
    PENDING("Pending"), SENT("Sent");

    private final String label;

    MailStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
