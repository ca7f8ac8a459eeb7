package org.caseport.reports;

/** Where a report job is: waiting for a worker, being built, ready to download, or failed. */
public enum ReportJobStatus {
    QUEUED, RUNNING, DONE, FAILED
}
