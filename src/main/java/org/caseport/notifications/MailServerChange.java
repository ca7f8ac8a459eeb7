package org.caseport.notifications;

/**
 * Mail server settings as an admin saves them. The password is write-only: {@code newPassword}
 * replaces the saved one, a blank one keeps it, {@code removePassword} drops it.
 */
public record MailServerChange(String host, int port, MailSecurity security, String username, String sender,
        String newPassword, boolean removePassword) {

    boolean changesPassword() {
        return newPassword != null && !newPassword.isEmpty();
    }

    /** Never shows the password, so that logging a change cannot leak it. */
    @Override
    public String toString() {
        return "MailServerChange[host=" + host + ", port=" + port + ", security=" + security + ", username="
                + username + ", sender=" + sender + ", newPassword=" + (changesPassword() ? "(given)" : "(none)")
                + ", removePassword=" + removePassword + "]";
    }
}
