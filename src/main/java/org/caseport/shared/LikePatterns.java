package org.caseport.shared;

/**
 * Patterns for SQL {@code ilike … escape '\'} searches: what the user typed is matched as plain text,
 * so a {@code %} or {@code _} in it is not a wildcard.
 */
public final class LikePatterns {

    private LikePatterns() {
    }

    /** A pattern matching any text that contains {@code text} literally. */
    public static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
