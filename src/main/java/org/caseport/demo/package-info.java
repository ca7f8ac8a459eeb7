/**
 * A demo firm with staff, clients and cases at work, loaded into an empty database when
 * {@code caseport.demo=true} so a newcomer sees a living system.
 */
package org.caseport.demo;
