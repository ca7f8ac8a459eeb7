/**
 * The firm's clients (organisations or private persons) and their contacts. Exposes {@link
 * org.caseport.clients.ClientService} for changes and {@link org.caseport.clients.ClientQueries}
 * for pages and pickers.
 */
package org.caseport.clients;
