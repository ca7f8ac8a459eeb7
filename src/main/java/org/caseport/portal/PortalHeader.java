package org.caseport.portal;

import org.caseport.identity.Actor;
import org.caseport.messages.MessageQueries;
import org.caseport.renewals.RenewalQueries;
import org.caseport.shared.database.GenericPlans;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The links every portal page's header shows or leaves out, read in one transaction. */
@Service
public class PortalHeader {

    /** "Message the firm" (the contact may write about at least one case) and the renewals page. */
    public record Links(boolean mayMessage, boolean hasRenewals) {
    }

    private final MessageQueries messages;
    private final RenewalQueries renewals;
    private final GenericPlans genericPlans;

    PortalHeader(MessageQueries messages, RenewalQueries renewals, GenericPlans genericPlans) {
        this.messages = messages;
        this.renewals = renewals;
        this.genericPlans = genericPlans;
    }

    @Transactional(readOnly = true)
    public Links links(Actor contact) {
        genericPlans.allowInThisTransaction();
        return new Links(messages.mayWriteToTheFirm(contact), renewals.contactHasRenewals(contact));
    }
}
