package org.caseport.reports;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.caseport.access.AccessPolicy;
import org.caseport.access.PortalAction;
import org.caseport.access.PortalSection;
import org.caseport.audit.AuditAction;
import org.caseport.audit.AuditLog;
import org.caseport.identity.Actor;
import org.caseport.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Case reports, built outside the request: asking queues a job that a worker builds into a PDF
 * (progress on record), then its file waits for download, for a day. Staff get the full internal
 * report of a case they may see; a contact — or a staff member previewing them — gets their portal
 * view, where the profile shows {@link PortalSection#REPORTS} and allows
 * {@link PortalAction#GENERATE_REPORT}. A job belongs to the account that asked (and, in the portal,
 * to the contact whose view it shows): to anyone else, and on a case the actor may no longer see, it
 * answers like a job that does not exist.
 */
@Service
public class ReportJobs {

    private static final int RECENT = 5;

    private final AccessPolicy access;
    private final AuditLog auditLog;
    private final ReportJobRepository jobs;
    private final ReportFiles files;
    private final ReportWorkers workers;
    private final Clock clock;

    ReportJobs(AccessPolicy access, AuditLog auditLog, ReportJobRepository jobs, ReportFiles files,
            ReportWorkers workers, Clock clock) {
        this.access = access;
        this.auditLog = auditLog;
        this.jobs = jobs;
        this.files = files;
        this.workers = workers;
        this.clock = clock;
    }

    /**
     * Queues the case's report for the actor, handed to a worker once committed; audited (a preview
     * as the staff member). While one of theirs for the case is still queued or being built, that one
     * is answered instead of a second.
     */
    @Transactional
    public ReportJobView start(Actor actor, long caseId) {
        requireReports(actor, caseId);
        JobOwner owner = JobOwner.of(actor);
        var unfinished = jobs.unfinished(owner, caseId);
        if (unfinished.isPresent()) {
            return unfinished.get();
        }
        long jobId = jobs.insert(owner, caseId, Instant.now(clock));
        auditLog.record(actor, AuditAction.REPORT_REQUESTED, "CASE", caseId, "Case report, job " + jobId);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                workers.submit(jobId, actor, caseId);
            }
        });
        return jobs.find(owner, caseId, jobId).orElseThrow();
    }

    /** The actor's latest report jobs on the case, newest first; 404 unless they may have its report. */
    @Transactional(readOnly = true)
    public List<ReportJobView> recent(Actor actor, long caseId) {
        requireReports(actor, caseId);
        return jobs.recent(JobOwner.of(actor), caseId, RECENT);
    }

    /** One of the actor's own jobs on the case, for its progress. */
    @Transactional(readOnly = true)
    public ReportJobView job(Actor actor, long caseId, long jobId) {
        requireReports(actor, caseId);
        return jobs.find(JobOwner.of(actor), caseId, jobId).orElseThrow(() -> new NotFoundException("Report"));
    }

    /** The file of one of the actor's own finished jobs on the case; the download is audited. */
    @Transactional
    public ReportDownload download(Actor actor, long caseId, long jobId) {
        requireReports(actor, caseId);
        ReportJobRepository.StoredReport report = jobs.finished(JobOwner.of(actor), caseId, jobId)
                .orElseThrow(() -> new NotFoundException("Report"));
        Path file = files.find(report.fileKey()).orElseThrow(() -> new NotFoundException("Report"));
        auditLog.record(actor, AuditAction.REPORT_DOWNLOAD, "CASE", caseId, "Case report, job " + jobId);
        return new ReportDownload(file, report.caseNumber() + "-report.pdf", report.fileSize());
    }

    private void requireReports(Actor actor, long caseId) {
        if (actor.isContact()) {
            access.requirePortalAction(actor, caseId, PortalSection.REPORTS, PortalAction.GENERATE_REPORT);
        } else {
            access.requireCase(actor, caseId);
        }
    }
}
