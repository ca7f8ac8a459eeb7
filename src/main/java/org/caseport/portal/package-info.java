/**
 * The client portal's read model: what a contact sees of their granted cases, already filtered
 * (shared items only, in SQL) and masked (fields their profile hides are never read into a view).
 * Every query starts from the access policy; {@code portal.web} renders these views only.
 */
package org.caseport.portal;
