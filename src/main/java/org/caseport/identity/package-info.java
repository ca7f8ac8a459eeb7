/**
 * Staff accounts, sign-in and the firm's first set-up. Exposes the signed-in {@link
 * org.caseport.identity.Actor} and the services that manage staff accounts.
 */
package org.caseport.identity;
