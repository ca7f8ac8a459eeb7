/**
 * Case reports and exports. A case report is a PDF built outside the request by a bounded pool of
 * workers ({@link org.caseport.reports.ReportJobs}), with its progress on record and its file kept for
 * the account that asked; CSV exports are streamed straight into the response. What a report says
 * comes from the module that owns its audience's read model ({@link org.caseport.reports.CaseReportContent}):
 * the full internal version for staff here, a contact's portal view from {@code portal}, so a
 * contact's report and exports can hold no more than their portal pages.
 */
package org.caseport.reports;
