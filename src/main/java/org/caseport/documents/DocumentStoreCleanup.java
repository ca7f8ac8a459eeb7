package org.caseport.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Removes what a crash can leave in the store: unfinished uploads, and files no document version
 * references (stored, then the transaction never committed). Only files older than an hour, so an
 * upload under way is never touched.
 */
@Component
class DocumentStoreCleanup {

    static final Duration GRACE = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(DocumentStoreCleanup.class);

    private final DocumentStore store;
    private final JdbcClient jdbc;
    private final Clock clock;

    DocumentStoreCleanup(DocumentStore store, JdbcClient jdbc, Clock clock) {
        this.store = store;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStartup() {
        int removed = removeLeftovers(Instant.now(clock).minus(GRACE));
        if (removed > 0) {
            LOG.info("Removed {} leftover files from the document store", removed);
        }
    }

    /** Removes unfinished uploads and unreferenced files written before {@code before}; answers how many. */
    int removeLeftovers(Instant before) {
        try {
            int removed = store.deleteUnfinishedOlderThan(before);
            for (String key : store.keysOlderThan(before)) {
                boolean referenced = jdbc.sql("select exists (select 1 from document_versions where storage_key = :key)")
                        .param("key", key).query(Boolean.class).single();
                if (!referenced) {
                    store.delete(key);
                    removed++;
                }
            }
            return removed;
        } catch (IOException failure) {
            throw new UncheckedIOException("Cleaning the document store failed", failure);
        }
    }
}
