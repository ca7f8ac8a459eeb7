package org.caseport.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.caseport.identity.Actor;
import org.caseport.identity.FirmSetup;
import org.caseport.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds a queued report job into its file, on a worker's thread: the content of the job's audience
 * is written, from one consistent snapshot of the database (a read-only, repeatable-read
 * transaction), into a PDF streamed to a new report file; the job's progress, then its outcome, are
 * put on record as it goes.
 */
@Component
class ReportBuilder {

    static final String GONE = "This case is no longer available to you.";
    static final String BROKEN = "The report could not be built. Try again; if it fails again, tell the firm.";
    private static final Logger LOG = LoggerFactory.getLogger(ReportBuilder.class);

    private final Map<ReportAudience, CaseReportContent> contents;
    private final ReportJobRepository jobs;
    private final ReportFiles files;
    private final FirmSetup firm;
    private final TransactionTemplate snapshot;
    private final Clock clock;

    ReportBuilder(List<CaseReportContent> contents, ReportJobRepository jobs, ReportFiles files, FirmSetup firm,
            PlatformTransactionManager transactions, Clock clock) {
        this.contents = contents.stream().collect(Collectors.toMap(CaseReportContent::audience, Function.identity()));
        this.jobs = jobs;
        this.files = files;
        this.firm = firm;
        this.clock = clock;
        snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** Builds the job's report for the actor who asked; does nothing if the job is no longer queued. */
    void build(long jobId, Actor actor, long caseId) {
        if (!jobs.start(jobId, Instant.now(clock))) {
            return;
        }
        try {
            ReportFiles.StoredFile file = files.write(out -> snapshot.executeWithoutResult(
                    status -> write(jobId, actor, caseId, out)));
            if (!jobs.finish(jobId, file, Instant.now(clock))) {
                files.delete(file.key());
            }
        } catch (NotFoundException gone) {
            jobs.fail(jobId, GONE, Instant.now(clock));
        } catch (IOException | RuntimeException failure) {
            LOG.error("Report job {} failed", jobId, failure);
            jobs.fail(jobId, BROKEN, Instant.now(clock));
        }
    }

    private void write(long jobId, Actor actor, long caseId, OutputStream out) {
        CaseReportContent content = contents.get(ReportAudience.of(actor));
        if (content == null) {
            throw new IllegalStateException("No report content for " + ReportAudience.of(actor));
        }
        String firmName = firm.firmName();
        PdfReport.Letterhead letterhead = new PdfReport.Letterhead(firmName,
                firm.logo().map(FirmSetup.Logo::bytes).orElse(null));
        String footer = "Generated for " + recipient(actor) + " at "
                + ReportFormat.moment(Instant.now(clock), clock.getZone()) + " · " + firmName;
        try (PdfReport pdf = PdfReport.open(out, letterhead, footer, percent -> jobs.progress(jobId, percent))) {
            content.write(actor, caseId, pdf);
        }
    }

    /** The contact's name — and, for a preview, who looked — or the staff member's. */
    private static String recipient(Actor actor) {
        return actor.isPreview() ? actor.displayName() + " (previewed by " + actor.previewer().displayName() + ")"
                : actor.displayName();
    }
}
