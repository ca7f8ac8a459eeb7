/**
 * The staff user interface under {@code /app}: thin controllers that bind form records, call one
 * service method and render a view. All decisions are made in the modules they call.
 */
package org.caseport.staff;
