/**
 * Renewals: recurring engagements on a client or on one of its cases (monthly social-media
 * monitoring, a quarterly asset check, a retainer top-up) with a term, a price, a renewal date and
 * what happens when the client says nothing. Staff set them up ({@link org.caseport.renewals.Renewals});
 * the client's contacts are told a set number of days before the date and instruct "renew" or "let
 * lapse" in the portal, once; after the date the instruction, or else the default outcome, is applied
 * ({@link org.caseport.renewals.RenewalDeadlines}). Renewing a case's renewal raises the case's
 * budget ({@link org.caseport.renewals.RenewalBudgetRaised}, which billing turns into a ledger entry
 * in the same transaction); a case's instructions and outcomes are written on it as no-charge notes
 * the client sees ({@link org.caseport.renewals.RenewalInstructed}, {@link org.caseport.renewals.RenewalConcluded}).
 */
package org.caseport.renewals;
