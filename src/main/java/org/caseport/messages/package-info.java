/**
 * Messages between the firm and a client's contacts: one thread per case, written to from any
 * portal screen and answered from the case page, with the staff inbox of unanswered messages.
 * Every message is told to the other side through {@link org.caseport.notifications.Notices} and
 * written on the case as a no-charge note ({@link org.caseport.messages.MessagePosted}).
 */
package org.caseport.messages;
