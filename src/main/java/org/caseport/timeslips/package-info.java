/**
 * Time slips, also called case notes: work done on a case, billable or no-charge, internal or
 * shared with the client. System events (a status change, a contact's upload in the portal, a
 * comment on a document, a revised version proposed, accepted or rejected) are recorded here as
 * no-charge internal notes.
 */
package org.caseport.timeslips;
