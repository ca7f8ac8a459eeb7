package org.caseport.notifications;

/** How the connection to the mail server is protected. */
public enum MailSecurity {
    /** Plain SMTP, usually port 25: only for a relay on a trusted network. */
    NONE("None"),
    /** Plain at first, then upgraded to TLS before anything is sent; usually port 587. Refused if the server cannot. */
    STARTTLS("STARTTLS"),
    /** TLS from the first byte, usually port 465. */
    SSL_TLS("SSL/TLS");

    private final String label;

    MailSecurity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
