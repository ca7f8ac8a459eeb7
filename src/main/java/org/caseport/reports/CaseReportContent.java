package org.caseport.reports;

import org.caseport.identity.Actor;

/**
 * What a case report says to one audience, written into a {@link ReportDocument} section by section.
 * Each audience's content is written by the module owning that audience's read model, from its own
 * queries, so a report never shows more than that audience's pages. It asks the access policy
 * again, since a report is built a while after it was asked for.
 */
public interface CaseReportContent {

    ReportAudience audience();

    /**
     * Writes the report of the case as the actor may see it; a case they may not see throws
     * {@code NotFoundException}.
     */
    void write(Actor actor, long caseId, ReportDocument document);
}
