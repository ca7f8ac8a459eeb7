/**
 * Small building blocks every module may use: not-found handling, visibility of case items,
 * money, paging and the embedded database used when no PostgreSQL is configured.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.caseport.shared;
