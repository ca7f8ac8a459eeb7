package org.caseport.renewals;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caseport.access.AccessPolicy;
import org.caseport.access.AccessPolicy.PortalRecipient;
import org.caseport.notifications.Notice;
import org.caseport.notifications.Notices;
import org.caseport.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The mails about renewals, all through {@link Notices} in the caller's transaction, to the people
 * the access policy names: the notice to the contacts who may instruct (a link, the title and the
 * date; the price and terms are in the portal), and to the firm each instruction and each outcome.
 */
@Component
class RenewalMails {

    static final String PORTAL_PATH = "/portal/renewals";

    private final AccessPolicy access;
    private final Notices notices;
    private final JdbcClient jdbc;

    RenewalMails(AccessPolicy access, Notices notices, JdbcClient jdbc) {
        this.access = access;
        this.notices = notices;
        this.jdbc = jdbc;
    }

    /** Tells the contacts who may instruct the renewal that its date approaches; returns how many. */
    int tellTheContacts(long renewalId, String title, LocalDate renewsOn, RenewalOutcome defaultOutcome) {
        Owner owner = ownerOf(renewalId);
        List<PortalRecipient> contacts = access.renewalRecipients(renewalId);
        String subject = "Renewal on " + RenewalTexts.day(renewsOn) + ": " + title;
        for (PortalRecipient contact : contacts) {
            notices.send(new Notice(contact.accountId(), subject, "renewal-notice",
                    Map.of("title", title, "caseNumber", owner.caseNumber() == null ? "" : owner.caseNumber(),
                            "renewsOn", RenewalTexts.day(renewsOn), "defaultOutcome", defaultOutcome.verb(),
                            "renewalsPath", PORTAL_PATH),
                    subject, PORTAL_PATH));
        }
        return contacts.size();
    }

    /** Tells the firm what a contact instructed, with their comment. */
    void tellTheFirm(RenewalInstructed instructed) {
        Owner owner = ownerOf(instructed.renewalId());
        String subject = instructed.instructedBy() + " instructed to " + instructed.instruction().verb() + " \""
                + instructed.title() + "\" (" + owner.where() + ")";
        Map<String, Object> model = new HashMap<>(common(owner, instructed.title()));
        model.putAll(Map.of("contactName", instructed.instructedBy(), "verb", instructed.instruction().verb(),
                "renewsOn", RenewalTexts.day(instructed.renewsOn()), "price", Money.format(instructed.price()),
                "term", RenewalTexts.term(instructed.termMonths()),
                "comment", instructed.comment() == null ? "" : instructed.comment()));
        send(instructed.renewalId(), subject, "renewal-instructed", model, owner);
    }

    /** Tells the firm what became of a renewal at its date, and how. */
    void tellTheFirm(RenewalConcluded concluded) {
        Owner owner = ownerOf(concluded.renewalId());
        String outcome = concluded.renewed() ? "renewed" : "lapsed";
        String subject = "Renewal \"" + concluded.title() + "\" " + outcome + " (" + owner.where() + ")";
        Map<String, Object> model = new HashMap<>(common(owner, concluded.title()));
        model.putAll(Map.of("outcome", outcome,
                "how", concluded.instructedBy() == null ? "by default: nobody instructed it"
                        : "as instructed by " + concluded.instructedBy(),
                "renewsOn", RenewalTexts.day(concluded.renewsOn()),
                "nextRenewsOn", concluded.nextRenewsOn() == null ? "" : RenewalTexts.day(concluded.nextRenewsOn()),
                "budgetRaised", concluded.renewed() && owner.caseNumber() != null
                        ? Money.format(concluded.price()) : ""));
        send(concluded.renewalId(), subject, "renewal-concluded", model, owner);
    }

    private void send(long renewalId, String subject, String template, Map<String, Object> model, Owner owner) {
        for (long staffId : access.renewalFirmRecipients(renewalId)) {
            notices.send(new Notice(staffId, subject, template, model, subject, owner.staffPath()));
        }
    }

    private static Map<String, Object> common(Owner owner, String title) {
        return Map.of("title", title, "where", owner.where(), "renewalsPath", owner.staffPath());
    }

    /** Whose renewal it is, as mails name it: "case 2026-0042" or the client's name. */
    private record Owner(long clientId, String clientName, String caseNumber) {

        String where() {
            return caseNumber == null ? clientName : "case " + caseNumber;
        }

        String staffPath() {
            return "/app/clients/" + clientId + "/renewals";
        }
    }

    private Owner ownerOf(long renewalId) {
        return jdbc.sql("""
                        select r.client_id, cl.name as client_name, c.number as case_number
                        from renewals r join clients cl on cl.id = r.client_id left join cases c on c.id = r.case_id
                        where r.id = :id""")
                .param("id", renewalId).query(Owner.class).single();
    }
}
