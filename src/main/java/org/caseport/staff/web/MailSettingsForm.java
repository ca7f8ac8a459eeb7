package org.caseport.staff.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.caseport.notifications.MailSecurity;
import org.caseport.notifications.MailServerChange;
import org.caseport.notifications.MailSettings;
import org.caseport.notifications.MailSettingsView;
import org.caseport.notifications.MailboxAddress;

/**
 * The mail server settings as an admin types them. The password is write-only: the form never
 * carries the saved one, a blank field keeps it, {@code removePassword} drops it.
 */
record MailSettingsForm(
        @NotBlank(message = "Enter the mail server's host name, e.g. smtp.example.com.")
        @Size(max = 255, message = "Keep the host name under 255 characters.")
        @Pattern(regexp = MailSettings.HOST_PATTERN,
                message = "Enter a host name such as smtp.example.com, or an IP address: no spaces, no port.") String host,
        @NotNull(message = "Enter the port, e.g. 587.")
        @Min(value = 1, message = "Enter a port from 1 to 65535.")
        @Max(value = 65535, message = "Enter a port from 1 to 65535.") Integer port,
        @NotNull(message = "Choose how the connection is protected.") MailSecurity security,
        @Size(max = 320, message = "Keep the user name under 320 characters.") String username,
        @Size(max = 1000, message = "Keep the password under 1,000 characters.") String password,
        Boolean removePassword,
        @NotBlank(message = "Enter the sender address, e.g. Harbour Lane <cases@harbourlane.example>.")
        @Size(max = 320, message = "Keep the sender under 320 characters.")
        @MailboxAddress String sender) {

    static final int DEFAULT_PORT = 587;

    /** The settings in effect, to start from: the defaults where there are none; never a password. */
    static MailSettingsForm of(MailSettingsView current) {
        return new MailSettingsForm(current.host() == null ? "" : current.host(),
                current.port() == null ? DEFAULT_PORT : current.port(),
                current.security() == null ? MailSecurity.STARTTLS : current.security(),
                current.username() == null ? "" : current.username(), "", false, current.sender());
    }

    boolean removesPassword() {
        return Boolean.TRUE.equals(removePassword);
    }

    boolean hasNewPassword() {
        return password != null && !password.isEmpty();
    }

    MailServerChange toChange() {
        return new MailServerChange(host, port, security, username, sender, password, removesPassword());
    }

    /** Never shows the password, so that logging the form cannot leak it. */
    @Override
    public String toString() {
        return "MailSettingsForm[host=" + host + ", port=" + port + ", security=" + security + ", username=" + username
                + ", password=" + (hasNewPassword() ? "(given)" : "(none)") + ", removePassword=" + removePassword
                + ", sender=" + sender + "]";
    }
}
