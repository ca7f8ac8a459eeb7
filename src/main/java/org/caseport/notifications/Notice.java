package org.caseport.notifications;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Something one person (a staff member or a contact, by account) should hear about: the mail to
 * send at once — a subject, a template pair under {@code templates/mail/} and its values, to which
 * {@link Notices} adds {@code recipientName} — and, for people who chose a daily digest, the one
 * line and the link (a path under the base URL) the digest shows instead.
 */
public record Notice(long recipientAccountId, String subject, String template, Map<String, Object> model,
        String summary, String path) {

    public Notice {
        if (summary == null || summary.isBlank()) {
            throw new IllegalArgumentException("A notice needs a one-line summary for the digest.");
        }
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("A notice links to a path under the base URL: " + path);
        }
        model = model == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(model));
    }
}
