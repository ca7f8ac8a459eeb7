package org.caseport.documents;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.caseport.shared.RejectedInputException;

/**
 * A comment as someone types it, staff or contact: the text (kept exactly as written), and
 * optionally a page or a time (m:ss or h:mm:ss) in the document it is about. The annotations let
 * a form show every problem at once; {@link #checked()} is the service's own check. Serializable,
 * so a form sent back with its errors survives the redirect in any session store.
 */
public record NewComment(
        @NotBlank(message = "Write your comment.")
        @Size(max = NewComment.MAX_LENGTH, message = "Keep the comment to 4,000 characters or fewer.") String body,
        @Min(value = 1, message = NewComment.PAGE_RANGE)
        @Max(value = CommentAnchor.MAX_PAGE, message = NewComment.PAGE_RANGE) Integer atPage,
        @Pattern(regexp = "\\s*|" + CommentAnchor.TIME, message = NewComment.TIME_FORMAT) String atTime)
        implements Serializable {

    static final int MAX_LENGTH = 4000;
    static final String PAGE_RANGE = "Enter a page number from 1 to 100,000.";
    static final String TIME_FORMAT = "Enter a time like 2:05 (minutes:seconds) or 1:02:03.";

    public static NewComment empty() {
        return new NewComment("", null, "");
    }

    /** Where the comment points, once its text and place are checked; a refusal names the field. */
    CommentAnchor checked() {
        if (body == null || body.isBlank()) {
            throw new RejectedInputException("body", "Write your comment.");
        }
        if (body.codePointCount(0, body.length()) > MAX_LENGTH) {
            throw new RejectedInputException("body", "Keep the comment to 4,000 characters or fewer.");
        }
        if (atPage != null && (atPage < 1 || atPage > CommentAnchor.MAX_PAGE)) {
            throw new RejectedInputException("atPage", PAGE_RANGE);
        }
        Integer seconds = CommentAnchor.parseTime(atTime);
        if (atTime != null && !atTime.isBlank() && seconds == null) {
            throw new RejectedInputException("atTime", TIME_FORMAT);
        }
        if (atPage != null && seconds != null) {
            throw new RejectedInputException("atTime", "Point at a page or at a time, not both.");
        }
        return new CommentAnchor(atPage, seconds);
    }
}
