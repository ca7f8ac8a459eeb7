/**
 * THE access policy: the one place that decides which cases, and which items on them, an actor
 * may see. Single-record questions ({@code canViewCase}) and list scoping ({@code caseScope},
 * a SQL condition) give the same answer by construction. It also owns the portal access profiles
 * ({@link org.caseport.access.PortalProfileService}, {@link org.caseport.access.PortalProfileQueries}):
 * allow-lists of the sections, fields and actions a contact gets.
 */
package org.caseport.access;
