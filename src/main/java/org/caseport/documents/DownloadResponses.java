package org.caseport.documents;

import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** How every document download is served, to staff and in the portal alike. */
public final class DownloadResponses {

    /** Served with every download: never rendered in the browser, never sniffed, no script. */
    public static final String DOWNLOAD_POLICY = "sandbox; default-src 'none'";

    private DownloadResponses() {
    }

    /** The file as an attachment (RFC 5987 file name), with nosniff and a sandboxing CSP. */
    public static ResponseEntity<InputStreamResource> attachment(DocumentDownload file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.filename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", DOWNLOAD_POLICY)
                .body(new InputStreamResource(file.content()));
    }
}
