package org.caseport.notifications;

import jakarta.mail.internet.InternetAddress;
import java.util.Optional;
import org.springframework.mail.javamail.JavaMailSender;

/** Where {@link MailDispatcher} gets the mail server to send through, asked anew on every run. */
@FunctionalInterface
interface MailServers {

    /** A server and the sender address its mails carry; empty when none is configured. */
    record MailServer(JavaMailSender sender, InternetAddress from) {
    }

    /** The server the settings in effect right now name; empty when there is none, or none usable. */
    Optional<MailServer> current();
}
