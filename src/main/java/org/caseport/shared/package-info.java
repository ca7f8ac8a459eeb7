/**
 * Small building blocks every module may use: not-found handling, visibility of case items,
 * money, paging, the embedded database used when no PostgreSQL is configured, and the cipher for
 * secrets Caseport stores and must read back ({@link org.caseport.shared.secrets.SecretCipher}).
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.caseport.shared;
