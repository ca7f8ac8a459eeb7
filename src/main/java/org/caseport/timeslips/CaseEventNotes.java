package org.caseport.timeslips;

import org.caseport.cases.CaseStatusChanged;
import org.caseport.documents.DocumentUploadedInPortal;
import org.caseport.messages.MessagePosted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes events on a case onto its record as no-charge internal notes. It runs inside the
 * transaction that changed the case, so the change and its note commit together or not at all.
 */
@Component
class CaseEventNotes {

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
}
