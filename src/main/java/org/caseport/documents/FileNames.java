package org.caseport.documents;

/**
 * Makes an uploaded file's name safe to store and to offer back as a download name: no folders,
 * no control or bidirectional-override characters (which can disguise {@code exe.pdf} as
 * {@code fdp.exe}), no leading dots, at most {@value #MAX_LENGTH} characters; "document" when
 * nothing is left.
 */
final class FileNames {

    static final int MAX_LENGTH = 200;
    static final String FALLBACK = "document";

    private FileNames() {
    }

    static String sanitised(String name) {
        if (name == null) {
            return FALLBACK;
        }
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder();
        base.codePoints().filter(FileNames::isAllowed).forEach(kept::appendCodePoint);
        String tidy = kept.toString().strip().replaceFirst("^[.\\s]+", "");
        if (tidy.codePointCount(0, tidy.length()) > MAX_LENGTH) {
            tidy = tidy.substring(0, tidy.offsetByCodePoints(0, MAX_LENGTH)).strip();
        }
        return tidy.isEmpty() ? FALLBACK : tidy;
    }

    private static boolean isAllowed(int c) {
        if (Character.isISOControl(c) || c == 0x7F) {
            return false;
        }
        if (c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F
                || c == 0x061C || c == 0xFEFF) {
            return false;
        }
        int type = Character.getType(c);
        return type != Character.FORMAT && type != Character.SURROGATE && type != Character.PRIVATE_USE
                && type != Character.UNASSIGNED && type != Character.LINE_SEPARATOR
                && type != Character.PARAGRAPH_SEPARATOR && c != ':' && c != '"' && c != '*' && c != '?'
                && c != '<' && c != '>' && c != '|';
    }
}
