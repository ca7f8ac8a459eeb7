/**
 * The staff firm dashboard: where the cases a staff member may see stand — by status and by lead
 * investigator, near or over budget — and what waits for the firm: unanswered client messages,
 * reports not yet shared, contacts who never signed in. A read model of a few set-based queries,
 * each scoped by the access policy.
 */
package org.caseport.dashboard;
