/**
 * The audit log: who did what to which record, when and from where. Append-only (a database
 * trigger refuses updates and deletes); written in its own transaction so that a refused or
 * failed request is still on the record.
 */
package org.caseport.audit;
