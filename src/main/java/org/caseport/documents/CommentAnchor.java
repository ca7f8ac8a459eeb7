package org.caseport.documents;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where in a document a comment points, if anywhere: a page (1 to 100,000), or a time in a video
 * or a recording, in seconds (up to 99:59:59); never both. Shown as "p. 3" or "at 1:02:03".
 */
record CommentAnchor(Integer page, Integer seconds) {

    static final int MAX_PAGE = 100_000;
    static final int MAX_SECONDS = 99 * 3600 + 59 * 60 + 59;

    /** A time as people type it: m:ss or mm:ss, or h:mm:ss or hh:mm:ss. */
    static final String TIME = "\\s*(?:(\\d{1,2}):([0-5]\\d)|([0-5]?\\d)):([0-5]\\d)\\s*";

    private static final Pattern TIME_PATTERN = Pattern.compile(TIME);

    CommentAnchor {
        if (page != null && seconds != null) {
            throw new IllegalArgumentException("A comment points at a page or at a time, not both");
        }
        if (page != null && (page < 1 || page > MAX_PAGE) || seconds != null && (seconds < 0 || seconds > MAX_SECONDS)) {
            throw new IllegalArgumentException("No such place in a document: page " + page + ", second " + seconds);
        }
    }

    /** The seconds a typed time stands for; {@code null} for a blank one or one that is not a time. */
    static Integer parseTime(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher time = TIME_PATTERN.matcher(text);
        if (!time.matches()) {
            return null;
        }
        int hours = time.group(1) == null ? 0 : Integer.parseInt(time.group(1));
        int minutes = Integer.parseInt(time.group(1) == null ? time.group(3) : time.group(2));
        return hours * 3600 + minutes * 60 + Integer.parseInt(time.group(4));
    }

    /** "p. 3", "at 2:05", "at 1:02:03", or {@code null} when the comment points nowhere in particular. */
    String label() {
        if (page != null) {
            return "p. " + page;
        }
        if (seconds != null) {
            int hours = seconds / 3600;
            int minutes = seconds / 60 % 60;
            int rest = seconds % 60;
            return hours > 0 ? "at %d:%02d:%02d".formatted(hours, minutes, rest) : "at %d:%02d".formatted(minutes, rest);
        }
        return null;
    }
}
