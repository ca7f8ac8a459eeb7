package org.caseport.reports;

import java.nio.charset.StandardCharsets;
import org.caseport.documents.DownloadResponses;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * How reports and exports are served, to staff and in the portal alike: as attachments (RFC 5987
 * name), never sniffed, sandboxed like document downloads.
 */
public final class ReportResponses {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private ReportResponses() {
    }

    /** The export, streamed: its rows are read and written while the response is, never held. */
    public static ResponseEntity<StreamingResponseBody> csv(CaseExport export) {
        StreamingResponseBody body = export.body()::writeTo;
        return attachment(export.filename()).contentType(CSV).body(body);
    }

    /** A finished report's file, streamed from disk. */
    public static ResponseEntity<Resource> pdf(ReportDownload download) {
        return attachment(download.filename()).contentType(MediaType.APPLICATION_PDF).contentLength(download.size())
                .body(new FileSystemResource(download.file()));
    }

    private static ResponseEntity.BodyBuilder attachment(String filename) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", DownloadResponses.DOWNLOAD_POLICY);
    }
}
