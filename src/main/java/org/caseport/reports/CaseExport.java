package org.caseport.reports;

import java.io.IOException;
import java.io.OutputStream;

/**
 * An export ready to be sent: its file name, and what writes it — when the response is written,
 * reading rows and writing them one at a time (see {@link CsvTable}).
 */
public record CaseExport(String filename, Body body) {

    /** Writes the export into the response; it runs after the request's access checks, on another thread. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }
}
