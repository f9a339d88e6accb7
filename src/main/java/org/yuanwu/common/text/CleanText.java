package org.yuanwu.common.text;

/**
 * The one rule for text that people send in, applied to every JSON string and every form or query parameter
 * before a service sees it, so that H2 and PostgreSQL store the same thing (PostgreSQL refuses NUL outright and
 * stores a lone surrogate as "?").
 *
 * <ul>
 *   <li><b>Refused</b>: C0 control characters other than tab, line feed and carriage return; DEL and the C1
 *       controls (U+007F-U+009F); lone surrogates; Unicode noncharacters (U+FDD0-U+FDEF and every U+xxFFFE,
 *       U+xxFFFF). They never belong in hospital records and silently dropping them could hide a tampered
 *       value, so the person is told which character to remove.</li>
 *   <li><b>Stripped</b>: zero-width characters (U+200B-U+200D, U+2060, U+FEFF) and bidirectional embeddings,
 *       overrides and isolates (U+202A-U+202E, U+2066-U+2069), in codes, names and free text alike. They are
 *       invisible, so a person could not find them to delete them; stripping makes "W01" with a hidden space
 *       the same code as "W01", which is what uniqueness means to a reader, and stops reversed-looking names.
 *       One exception: a password is kept as typed ({@link #cleanPassword}), since sign-in compares it with
 *       exactly what is typed and does not pass through this rule.</li>
 * </ul>
 * Tab, line feed and carriage return are allowed everywhere: a one-line HTML input cannot send them, and the
 * fields that can (remarks, descriptions) need them.
 */
public final class CleanText {

    private CleanText() {
    }

    /** The text as it may be stored: invisible formatting characters stripped; refused if it holds a forbidden one. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        requireNoForbidden(text);
        return stripInvisible(text);
    }

    /** A password: forbidden characters refused, nothing stripped. */
    public static String cleanPassword(String text) {
        if (text != null) {
            requireNoForbidden(text);
        }
        return text;
    }

    /** Whether a property of this name holds a password, which is kept as typed. */
    public static boolean isPasswordProperty(String name) {
        return name != null && name.toLowerCase(java.util.Locale.ROOT).contains("password");
    }

    /** Throws {@link UnacceptableTextException} naming the first forbidden character and its position. */
    public static void requireNoForbidden(String text) {
        int position = 0;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            position++;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, text.charAt(i + 1));
                if (isNoncharacter(codePoint)) {
                    throw new UnacceptableTextException(codePoint, position);
                }
                i += 2;
                continue;
            }
            if (Character.isSurrogate(c) || isForbiddenControl(c) || isNoncharacter(c)) {
                throw new UnacceptableTextException(c, position);
            }
            i++;
        }
    }

    /** The text without zero-width and bidirectional-control characters; the same string when it has none. */
    public static String stripInvisible(String text) {
        if (text == null) {
            return null;
        }
        int first = firstInvisible(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isInvisibleFormatting(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The text with forbidden characters (and unpaired surrogates) removed: what a refused form shows again. */
    public static String withoutForbidden(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int width = Character.charCount(codePoint);
            boolean forbidden = codePoint <= Character.MAX_VALUE
                    ? Character.isSurrogate((char) codePoint) || isForbiddenControl((char) codePoint) || isNoncharacter(codePoint)
                    : isNoncharacter(codePoint);
            if (!forbidden) {
                out.appendCodePoint(codePoint);
            }
            i += width;
        }
        return stripInvisible(out.toString());
    }

    /**
     * Whether a spreadsheet would take this text, typed or pasted into a cell, for a formula (or, after a tab or a
     * carriage return, for the start of one): it begins with "=", "+", "-", "@", a full-width form of them, a tab
     * or a carriage return.
     */
    public static boolean couldRunAsFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
            default -> false;
        };
    }

    static boolean isForbiddenControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }

    static boolean isNoncharacter(int codePoint) {
        return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
    }

    static boolean isInvisibleFormatting(char c) {
        return (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static int firstInvisible(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isInvisibleFormatting(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
