/**
 * Cases: numbering, the status workflow and who works them. Exposes {@link
 * org.caseport.cases.CaseService} for commands, {@link org.caseport.cases.CaseQueries} for
 * pages, and the events {@link org.caseport.cases.CaseOpened} and {@link
 * org.caseport.cases.CaseStatusChanged}.
 */
package org.caseport.cases;
