package org.caseport.notifications;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A mail to queue: one recipient, a one-line subject, the name of its template pair under
 * {@code templates/mail/} and the values the templates show. Refuses an address that is not one
 * valid mail address, so a mail that could never be delivered is refused with the change causing it.
 */
public record OutgoingMail(String recipient, String subject, String template, Map<String, Object> model) {

    private static final Pattern TEMPLATE_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    public OutgoingMail {
        requireOneAddress(recipient);
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("A mail needs a subject.");
        }
        if (template == null || !TEMPLATE_NAME.matcher(template).matches()) {
            throw new IllegalArgumentException("Unknown mail template: " + template);
        }
        subject = subject.strip().replaceAll("\\s+", " ");
        model = model == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(model));
    }

    private static void requireOneAddress(String recipient) {
        if (recipient == null) {
            throw new IllegalArgumentException("A mail needs a recipient.");
        }
        try {
            new InternetAddress(recipient, true).validate();
        } catch (AddressException invalid) {
            throw new IllegalArgumentException("Not a mail address: " + recipient);
        }
    }
}
