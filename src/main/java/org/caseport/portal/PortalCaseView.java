package org.caseport.portal;

import java.time.LocalDate;
import java.util.List;
import org.caseport.access.PortalSection;

/**
 * The head of a portal case page: what any granted contact sees, plus the investigator's details
 * when the overview is shown (email and phone only where the profile shows them), and the
 * sections for the navigation bar.
 */
public record PortalCaseView(long id, String number, String title, String status, String caseType, LocalDate openedOn,
        LocalDate closedOn, Investigator investigator, List<PortalSection> sections) {

    /** The lead investigator as the client may see them; email or phone null when hidden. */
    public record Investigator(String name, String email, String phone) {
    }
}
