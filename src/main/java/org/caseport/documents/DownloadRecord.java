package org.caseport.documents;

import java.time.Instant;

/** One portal download of a document: the version, the contact's name, when, and from which address. */
public record DownloadRecord(int version, String downloadedBy, Instant downloadedAt, String sourceAddress) {
}
