package org.caseport.reports;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code report_jobs} table. A job's changes of state commit at once, each in a transaction of
 * its own, whatever surrounds them (a worker reading its case in a read-only snapshot, the commit
 * of the request that queued it), so the page polling the job sees them as they happen.
 */
@Repository
class ReportJobRepository {

    private static final String OWNED_BY = "requested_by = :requestedBy"
            + " and for_contact is not distinct from cast(:forContact as bigint) and case_id = :caseId";
    private static final String VIEW = "select id, case_id, status, progress, requested_at, finished_at, failure"
            + " from report_jobs";

    /** A finished report's file on record, and the number of its case, to name the download. */
    record StoredReport(String fileKey, long fileSize, String caseNumber) {
    }

    private final JdbcClient jdbc;

    ReportJobRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    long insert(JobOwner owner, long caseId, Instant now) {
        return jdbc.sql("""
                        insert into report_jobs (case_id, kind, audience, requested_by, for_contact, requested_at)
                        values (:caseId, 'CASE_REPORT', :audience, :requestedBy, :forContact, :now) returning id""")
                .param("caseId", caseId).param("audience", owner.audience().name())
                .param("requestedBy", owner.requestedBy()).param("forContact", owner.forContact())
                .param("now", Timestamp.from(now))
                .query(Long.class).single();
    }

    /** The owner's job on the case that is still queued or being built, if any. */
    @Transactional(readOnly = true)
    Optional<ReportJobView> unfinished(JobOwner owner, long caseId) {
        return owned(VIEW + " where " + OWNED_BY + " and status in ('QUEUED', 'RUNNING') order by id desc limit 1",
                owner, caseId).query(ReportJobView.class).optional();
    }

    @Transactional(readOnly = true)
    List<ReportJobView> recent(JobOwner owner, long caseId, int limit) {
        return owned(VIEW + " where " + OWNED_BY + " order by id desc limit :limit", owner, caseId)
                .param("limit", limit).query(ReportJobView.class).list();
    }

    @Transactional(readOnly = true)
    Optional<ReportJobView> find(JobOwner owner, long caseId, long jobId) {
        return owned(VIEW + " where id = :jobId and " + OWNED_BY, owner, caseId)
                .param("jobId", jobId).query(ReportJobView.class).optional();
    }

    @Transactional(readOnly = true)
    Optional<StoredReport> finished(JobOwner owner, long caseId, long jobId) {
        return owned("select file_key, file_size, (select c.number from cases c where c.id = case_id) as case_number"
                        + " from report_jobs where id = :jobId and status = 'DONE' and " + OWNED_BY, owner, caseId)
                .param("jobId", jobId).query(StoredReport.class).optional();
    }

    /** Takes a queued job for building; false when it is not queued (any more). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    boolean start(long jobId, Instant now) {
        return jdbc.sql("update report_jobs set status = 'RUNNING', started_at = :now"
                        + " where id = :id and status = 'QUEUED'")
                .param("id", jobId).param("now", Timestamp.from(now)).update() == 1;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void progress(long jobId, int percent) {
        jdbc.sql("update report_jobs set progress = :percent where id = :id and status = 'RUNNING'")
                .param("id", jobId).param("percent", percent).update();
    }

    /** Records the built file; false when the job is no longer running (the cleanup gave it up for lost). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    boolean finish(long jobId, ReportFiles.StoredFile file, Instant now) {
        return jdbc.sql("""
                        update report_jobs set status = 'DONE', progress = 100, file_key = :key, file_size = :size,
                               finished_at = :now
                        where id = :id and status = 'RUNNING'""")
                .param("id", jobId).param("key", file.key()).param("size", file.size())
                .param("now", Timestamp.from(now)).update() == 1;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void fail(long jobId, String reason, Instant now) {
        jdbc.sql("update report_jobs set status = 'FAILED', failure = :reason, finished_at = :now where id = :id")
                .param("id", jobId).param("reason", reason).param("now", Timestamp.from(now)).update();
    }

    /** Jobs queued before {@code before} and never finished: their instance stopped. Answers how many. */
    @Transactional
    int failUnfinishedBefore(Instant before, String reason, Instant now) {
        return jdbc.sql("""
                        update report_jobs set status = 'FAILED', failure = :reason, finished_at = :now
                        where status in ('QUEUED', 'RUNNING') and requested_at < :before""")
                .param("reason", reason).param("now", Timestamp.from(now)).param("before", Timestamp.from(before))
                .update();
    }

    /** Deletes the jobs finished before {@code before}; answers the keys of their files (failed jobs have none). */
    @Transactional
    List<String> deleteFinishedBefore(Instant before) {
        return jdbc.sql("delete from report_jobs where finished_at < :before returning file_key")
                .param("before", Timestamp.from(before)).query(String.class).list()
                .stream().filter(Objects::nonNull).toList();
    }

    /** The statement, its {@link #OWNED_BY} condition bound to the owner and the case. */
    private JdbcClient.StatementSpec owned(String sql, JobOwner owner, long caseId) {
        return jdbc.sql(sql).param("requestedBy", owner.requestedBy()).param("forContact", owner.forContact())
                .param("caseId", caseId);
    }
}
