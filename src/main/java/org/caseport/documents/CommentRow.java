package org.caseport.documents;

import java.time.Instant;

/**
 * A comment in a document's thread: who wrote it (and whether they are of the firm), the text as
 * written — pages and mails show it escaped — where in the document it points, and when.
 */
public record CommentRow(long id, String authorName, boolean fromFirm, String body, Integer atPage,
        Integer atSeconds, Instant createdAt) {

    /** "p. 3" or "at 1:02:03", or {@code null} when the comment points nowhere in particular. */
    public String anchor() {
        return new CommentAnchor(atPage, atSeconds).label();
    }
}
