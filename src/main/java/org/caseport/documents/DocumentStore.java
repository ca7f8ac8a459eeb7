package org.caseport.documents;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;

/**
 * Where document files live, addressed by an opaque key the store chooses. A file is streamed in
 * (never held whole in memory), fingerprinted as it is written, and in place only once complete.
 * The filesystem store is the default; an S3-compatible one can implement the same contract.
 */
public interface DocumentStore {

    /** A file now in the store. */
    record StoredFile(String key, long size, String sha256) {
    }

    /**
     * Copies {@code content} into the store, refusing more than {@code maxBytes}: when the limit
     * is passed nothing is left behind and {@link FileTooLargeException} is thrown.
     */
    StoredFile put(InputStream content, long maxBytes) throws IOException;

    InputStream open(String key) throws IOException;

    /** Removes the file; a key that is not there is not an error. */
    void delete(String key) throws IOException;

    /** The keys of files written before {@code instant}, for the cleanup of leftovers. */
    List<String> keysOlderThan(Instant instant) throws IOException;

    /** Deletes unfinished uploads begun before {@code instant} (a crash's leftovers); answers how many. */
    int deleteUnfinishedOlderThan(Instant instant) throws IOException;

    /** An upload passed the size limit. */
    class FileTooLargeException extends IOException {

        public FileTooLargeException(long maxBytes) {
            super("The file is larger than " + maxBytes + " bytes");
        }
    }
}
