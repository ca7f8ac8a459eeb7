package org.caseport.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the load command needs to know about a generated firm: who signs in, which case and page
 * to read, which documents to download, and how many rows each table got. Written as
 * {@code key=value} lines ({@code firm.env} in the data directory) that bench/load.sh reads.
 */
record BenchFirm(String size, long seed, String tag, String password, String staffEmail, String contactEmail,
        long portalCaseId, int notesPage, int sharedNotes, String searchText, String searchStatus,
        long smallDocumentId, long smallDocumentBytes, String smallDocumentSha256,
        long bigDocumentId, long bigDocumentBytes, String bigDocumentSha256, String bigDocumentKey,
        Map<String, Long> rows) {

    Map<String, String> entries() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("size", size);
        entries.put("seed", Long.toString(seed));
        entries.put("tag", tag);
        entries.put("password", password);
        entries.put("staff_email", staffEmail);
        entries.put("contact_email", contactEmail);
        entries.put("portal_case_id", Long.toString(portalCaseId));
        entries.put("notes_page", Integer.toString(notesPage));
        entries.put("shared_notes", Integer.toString(sharedNotes));
        entries.put("search_text", searchText);
        entries.put("search_status", searchStatus);
        entries.put("small_document_id", Long.toString(smallDocumentId));
        entries.put("small_document_bytes", Long.toString(smallDocumentBytes));
        entries.put("small_document_sha256", smallDocumentSha256);
        entries.put("big_document_id", Long.toString(bigDocumentId));
        entries.put("big_document_bytes", Long.toString(bigDocumentBytes));
        entries.put("big_document_sha256", bigDocumentSha256);
        entries.put("big_document_key", bigDocumentKey);
        rows.forEach((table, count) -> entries.put("rows_" + table, Long.toString(count)));
        return entries;
    }

    void writeTo(Path file) throws IOException {
        String text = entries().entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining("\n", "", "\n"));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text);
    }
}
