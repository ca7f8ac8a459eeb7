package org.caseport.reports;

import java.time.Instant;

/** A report job as its owner sees it: where it is, how far along, and why it failed if it did. */
public record ReportJobView(long id, long caseId, ReportJobStatus status, int progress, Instant requestedAt,
        Instant finishedAt, String failure) {

    public boolean isFinished() {
        return status == ReportJobStatus.DONE || status == ReportJobStatus.FAILED;
    }

    public boolean isDone() {
        return status == ReportJobStatus.DONE;
    }

    public boolean isFailed() {
        return status == ReportJobStatus.FAILED;
    }
}
