/**
 * Time slips, also called case notes: work done on a case, billable or no-charge, internal or
 * shared with the client. System events (a status change) are recorded here as no-charge notes.
 */
package org.caseport.timeslips;
