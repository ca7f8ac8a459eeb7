package org.caseport.reports;

import java.time.Clock;
import java.time.Instant;
import org.caseport.identity.Actor;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * The bounded pool that builds reports: {@code caseport.reports.workers} threads and at most
 * {@code caseport.reports.queue-capacity} jobs waiting; a job that finds the queue full fails at once
 * with a message to try again later, rather than piling up. The executor is this class's own, not a
 * bean: an {@code Executor} bean would make Spring Boot drop its application task executor, which
 * serves the streamed CSV exports among others.
 */
@Component
class ReportWorkers implements DisposableBean {

    static final String BUSY = "Too many reports are being prepared right now. Try again in a few minutes.";

    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
    private final ReportBuilder builder;
    private final ReportJobRepository jobs;
    private final Clock clock;

    ReportWorkers(ReportBuilder builder, ReportJobRepository jobs, Clock clock,
            @Value("${caseport.reports.workers}") int workers,
            @Value("${caseport.reports.queue-capacity}") int queueCapacity) {
        this.builder = builder;
        this.jobs = jobs;
        this.clock = clock;
        executor.setCorePoolSize(workers);
        executor.setMaxPoolSize(workers);
        executor.setQueueCapacity(queueCapacity);
        executor.setThreadNamePrefix("report-");
        executor.initialize();
    }

    /** Hands the queued job to a worker; call it once the job is committed, so the worker finds it. */
    void submit(long jobId, Actor actor, long caseId) {
        try {
            executor.execute(() -> builder.build(jobId, actor, caseId));
        } catch (TaskRejectedException busy) {
            jobs.fail(jobId, BUSY, Instant.now(clock));
        }
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
