package org.caseport.timeslips;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.caseport.approvals.ApprovalDecided;
import org.caseport.cases.CaseStatusChanged;
import org.caseport.documents.DocumentCommented;
import org.caseport.documents.DocumentRevisionDecided;
import org.caseport.documents.DocumentRevisionProposed;
import org.caseport.documents.DocumentUploadedInPortal;
import org.caseport.messages.MessagePosted;
import org.caseport.renewals.RenewalConcluded;
import org.caseport.renewals.RenewalInstructed;
import org.caseport.shared.Money;
import org.caseport.shared.Visibility;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes events on a case onto its record as no-charge notes — internal, except a client's decision
 * and a case's renewal (instructed, renewed or lapsed), which both sides see. It runs inside the
 * transaction that changed the case, so the change and its note commit together or not at all.
 */
@Component
class CaseEventNotes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final TimeSlips timeSlips;

    CaseEventNotes(TimeSlips timeSlips) {
        this.timeSlips = timeSlips;
    }

    @EventListener
    void on(CaseStatusChanged event) {
        String body = "Status changed from " + event.from().label() + " to " + event.to().label()
                + " by " + event.actorName() + "."
                + (event.reason() == null || event.reason().isBlank() ? "" : " Reason: " + event.reason().trim());
        timeSlips.save(TimeSlip.systemNote(event.caseId(), event.on(), event.actorId(), body));
    }

    @EventListener
    void on(DocumentUploadedInPortal event) {
        timeSlips.save(TimeSlip.systemNote(event.caseId(), event.on(), null,
                event.contactName() + " uploaded " + event.filename() + " in the portal."));
    }

    @EventListener
    void on(MessagePosted event) {
        String about = event.about() == null ? "" : " (" + event.about() + ")";
        String body = event.fromClient()
                ? "Message from " + event.authorName() + " in the portal" + about + ": " + event.body()
                : "Reply to the client by " + event.authorName() + ": " + event.body();
        timeSlips.save(TimeSlip.systemNote(event.caseId(), event.on(), event.fromClient() ? null : event.authorId(),
                body));
    }

    /** A client's decision is on the record for both sides: the note is shared with the client. */
    @EventListener
    void on(ApprovalDecided event) {
        String amount = event.amount() == null ? "" : " (+" + Money.format(event.amount()) + ")";
        String body = "Approval request \"" + event.title() + "\"" + amount + " "
                + (event.approved() ? "approved" : "declined") + " by " + event.decidedBy() + " in the portal."
                + (event.comment() == null ? "" : " Comment: " + event.comment());
        timeSlips.save(TimeSlip.systemNote(event.caseId(), event.on(), null, body, Visibility.CLIENT));
    }

    /** "J. Fenwick commented on 'Statement' (p. 2)." — the thread holds the text. */
    @EventListener
    void on(DocumentCommented event) {
        timeSlips.save(TimeSlip.systemNote(event.caseId(), event.on(), event.byStaff() ? event.authorId() : null,
                event.authorName() + " commented on '" + event.documentTitle() + "'"
                        + (event.anchor() == null ? "" : " (" + event.anchor() + ")") + "."));
    }

    @EventListener
    void on(DocumentRevisionProposed event) {
        timeSlips.save(TimeSlip.systemNote(event.caseId(), event.on(), null,
                event.contactName() + " proposed a revised version of '" + event.documentTitle() + "' in the portal"
                        + " (version " + event.version() + ", " + event.filename() + ")."));
    }

    @EventListener
    void on(DocumentRevisionDecided event) {
        String proposal = event.proposedBy() + "'s revised version " + event.version() + " of '"
                + event.documentTitle() + "'";
        timeSlips.save(TimeSlip.systemNote(event.caseId(), event.on(), event.staffId(), event.accepted()
                ? event.staffName() + " accepted " + proposal + "; it is now the current version."
                : event.staffName() + " rejected " + proposal + "."
                        + (event.reason() == null ? "" : " Reason: " + event.reason())));
    }

    /** A contact's instruction on a case's renewal, for both sides; a client's own has no case to note it on. */
    @EventListener
    void on(RenewalInstructed event) {
        if (event.caseId() == null) {
            return;
        }
        String body = "Renewal \"" + event.title() + "\" (" + Money.format(event.price()) + " for "
                + months(event.termMonths()) + ", renewal date " + DAY.format(event.renewsOn()) + "): "
                + event.instructedBy() + " instructed to " + event.instruction().verb() + " in the portal."
                + (event.comment() == null ? "" : " Comment: " + event.comment());
        timeSlips.save(TimeSlip.systemNote(event.caseId(), event.on(), null, body, Visibility.CLIENT));
    }

    /** What became of a case's renewal at its date, shared with the client. */
    @EventListener
    void on(RenewalConcluded event) {
        if (event.caseId() == null) {
            return;
        }
        String how = event.instructedBy() == null ? "by default (no instruction)"
                : "as instructed by " + event.instructedBy();
        String body = event.renewed()
                ? "Renewal \"" + event.title() + "\" renewed " + how + ": the next term runs to "
                        + DAY.format(event.nextRenewsOn()) + "; the authorised budget rose by "
                        + Money.format(event.price()) + "."
                : "Renewal \"" + event.title() + "\" lapsed " + how + ".";
        timeSlips.save(TimeSlip.systemNote(event.caseId(), event.renewsOn(), null, body, Visibility.CLIENT));
    }


    private static String months(int months) {
        return months == 1 ? "1 month" : months + " months";
    }
}
