package org.caseport.portal.web;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caseport.documents.PortalDocuments;
import org.caseport.identity.Actor;
import org.caseport.messages.MessageableCase;
import org.springframework.stereotype.Component;

/**
 * Names the portal screen a contact pressed "Message the firm" on, from its address, e.g.
 * {@code /portal/cases/42/documents/7} → "Case 2026-0042 · Documents · Surveillance report day 2".
 * Only ids travel in the address; names come from what the contact may see.
 */
@Component
class MessageScreens {

    private static final Pattern CASE_SCREEN = Pattern.compile("^/portal/cases/(\\d{1,18})(?:/([a-z]+))?(?:/(\\d{1,18}))?/?$");
    private static final Pattern PORTAL_PATH = Pattern.compile("^/portal(?:/[A-Za-z0-9/-]*)?$");

    private final PortalDocuments documents;

    MessageScreens(PortalDocuments documents) {
        this.documents = documents;
    }

    /** The case a screen belongs to and its name; no case for the dashboard or any other screen. */
    record Screen(Long caseId, String about) {
    }

    Screen of(Actor contact, String path, List<MessageableCase> cases) {
        Matcher match = path == null ? null : CASE_SCREEN.matcher(path);
        if (match == null || !match.matches()) {
            return cases.size() == 1 ? new Screen(cases.get(0).id(), "Case " + cases.get(0).number()) : new Screen(null, "");
        }
        long caseId = Long.parseLong(match.group(1));
        Optional<MessageableCase> kase = cases.stream().filter(c -> c.id() == caseId).findFirst();
        if (kase.isEmpty()) {
            return new Screen(null, "");
        }
        StringBuilder about = new StringBuilder("Case ").append(kase.get().number()).append(" · ")
                .append(sectionName(match.group(2)));
        if ("documents".equals(match.group(2)) && match.group(3) != null) {
            documents.sharedTitle(contact, caseId, Long.parseLong(match.group(3)))
                    .ifPresent(title -> about.append(" · ").append(title));
        }
        return new Screen(caseId, about.length() > 200 ? about.substring(0, 200) : about.toString());
    }

    /** Whether an address is a portal screen to send the contact back to (never another site). */
    static boolean isPortalPath(String path) {
        return path != null && PORTAL_PATH.matcher(path).matches() && !path.contains("//");
    }

    private static String sectionName(String segment) {
        if (segment == null) {
            return "Overview";
        }
        return switch (segment) {
            case "budget" -> "Budget and retainer";
            case "notes" -> "Case notes";
            case "expenses" -> "Expenses";
            case "documents" -> "Documents";
            case "subjects" -> "Persons and companies of interest";
            case "messages" -> "Messages";
            default -> "Overview";
        };
    }
}
