package org.caseport.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the report folder from growing: a report is kept {@code caseport.reports.retention} (a day)
 * after it finished, then its job and file are deleted; a job still unfinished an hour after it was
 * asked for lost its worker (its instance stopped) and is marked failed, and half-written files that
 * old are deleted. The audit log keeps who asked for which report.
 */
@Component
class ReportCleanup {

    static final Duration LOST_AFTER = Duration.ofHours(1);
    static final String LOST = "The report was interrupted. Ask for it again.";
    private static final Logger LOG = LoggerFactory.getLogger(ReportCleanup.class);

    private final ReportJobRepository jobs;
    private final ReportFiles files;
    private final Duration retention;

    ReportCleanup(ReportJobRepository jobs, ReportFiles files,
            @Value("${caseport.reports.retention}") Duration retention) {
        this.jobs = jobs;
        this.files = files;
        this.retention = retention;
    }

    /** Cleans up as of {@code now}; answers how many reports were deleted. */
    int removeExpired(Instant now) {
        try {
            int lost = jobs.failUnfinishedBefore(now.minus(LOST_AFTER), LOST, now);
            int unfinishedFiles = files.deleteUnfinishedOlderThan(now.minus(LOST_AFTER));
            int deleted = 0;
            for (String key : jobs.deleteFinishedBefore(now.minus(retention))) {
                files.delete(key);
                deleted++;
            }
            if (lost + unfinishedFiles + deleted > 0) {
                LOG.info("Report cleanup: {} reports deleted, {} lost jobs failed, {} half-written files deleted",
                        deleted, lost, unfinishedFiles);
            }
            return deleted;
        } catch (IOException failure) {
            throw new UncheckedIOException("Cleaning the report folder failed", failure);
        }
    }
}
