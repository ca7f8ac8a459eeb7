package org.caseport.reports;

import java.nio.file.Path;

/** A finished report file, to be sent as an attachment named {@code filename}. */
public record ReportDownload(Path file, String filename, long size) {
}
