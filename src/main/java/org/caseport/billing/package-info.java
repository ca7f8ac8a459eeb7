/**
 * Money on a case: expenses, retainer payments and budget authorisations, and the {@link
 * org.caseport.billing.CaseLedger} that adds them up with billable time.
 */
package org.caseport.billing;
