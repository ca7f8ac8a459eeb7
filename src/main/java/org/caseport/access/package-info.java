/**
 * THE access policy: the one place that decides which cases, and which items on them, an actor
 * may see. Single-record questions ({@code canViewCase}) and list scoping ({@code caseScope},
 * a SQL condition) give the same answer by construction.
 */
package org.caseport.access;
