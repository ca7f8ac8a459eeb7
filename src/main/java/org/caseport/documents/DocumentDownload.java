package org.caseport.documents;

import java.io.InputStream;

/** A document's current file, open for reading; whoever receives it closes the stream. */
public record DocumentDownload(String filename, String contentType, long size, String sha256, InputStream content) {
}
