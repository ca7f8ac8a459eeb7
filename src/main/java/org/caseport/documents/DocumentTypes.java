package org.caseport.documents;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.apache.tika.Tika;
import org.caseport.shared.RejectedInputException;

/**
 * The kinds of file a case may hold, decided by Apache Tika from the content. The name only
 * refines what the content already is (an OOXML package into a DOCX, plain text into CSV), and
 * both answers must be on the list: a ZIP named {@code .docx} is a ZIP, plain text named
 * {@code .js} or {@code .html} is refused. Refused: HTML, SVG, XML, scripts, executables,
 * archives, unknown binaries.
 */
final class DocumentTypes {

    /** What the content alone may be. */
    static final Set<String> CONTENT = Set.of(
            "application/pdf",
            "image/jpeg", "image/png", "image/gif", "image/webp", "image/heic", "image/heif",
            "video/mp4", "video/quicktime",
            "audio/mpeg", "audio/mp4", "audio/vnd.wave",
            "text/plain", "application/x-tika-ooxml", "application/x-tika-msoffice");

    /** What the content, refined by the name, may be; the type stored and served. */
    static final Set<String> ALLOWED = Set.of(
            "application/pdf",
            "image/jpeg", "image/png", "image/gif", "image/webp", "image/heic", "image/heif",
            "video/mp4", "video/quicktime",
            "audio/mpeg", "audio/mp4", "audio/vnd.wave",
            "text/plain", "text/csv",
            "application/x-tika-ooxml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/x-tika-msoffice", "application/msword", "application/vnd.ms-excel");

    private static final Tika TIKA = new Tika();

    private DocumentTypes() {
    }

    /**
     * The content type of the stream's content, which must support mark/reset (it is left at its
     * start); refuses a type not on the list.
     */
    static String detect(InputStream content, String sanitisedName) throws IOException {
        String byContent = TIKA.detect(content);
        String type = CONTENT.contains(byContent) ? TIKA.detect(content, sanitisedName) : byContent;
        if (!ALLOWED.contains(type)) {
            throw new RejectedInputException("files", "\"" + sanitisedName + "\" is not a kind of file Caseport keeps ("
                    + type + "). Upload PDF, images, audio, video, plain text, CSV or Office documents.");
        }
        return type;
    }
}
