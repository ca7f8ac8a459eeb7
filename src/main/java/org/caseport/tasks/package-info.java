/**
 * Tasks on a case: what is scheduled or awaited, who does it and by when. Internal until staff
 * share one; staff see their own open tasks and the overdue ones across the cases they work, and
 * contacts see a case's shared tasks where their profile shows the Tasks section.
 */
package org.caseport.tasks;
