package org.yuanwu.common.text;

import java.util.Locale;

/**
 * Text holding a character {@link CleanText} refuses. An {@link IllegalArgumentException}, so that form binding
 * turns it into a field error and JSON reading wraps it with the property's path; the field is added by whoever
 * knows it.
 */
public class UnacceptableTextException extends IllegalArgumentException {

    public static final String MESSAGE_KEY = "error.text.forbiddenCharacter";

    private final int codePoint;
    private final int position;

    public UnacceptableTextException(int codePoint, int position) {
        super("Forbidden character " + codePointName(codePoint) + " at position " + position);
        this.codePoint = codePoint;
        this.position = position;
    }

    public int codePoint() {
        return codePoint;
    }

    /** "U+0000": how the message names the character, since it cannot be shown. */
    public String codePointName() {
        return codePointName(codePoint);
    }

    /** Which character of the text it is, counting from 1. */
    public int position() {
        return position;
    }

    /** Arguments for {@link #MESSAGE_KEY}: the position, then the character's name. */
    public Object[] messageArgs() {
        return new Object[] {Integer.toString(position), codePointName()};
    }

    private static String codePointName(int codePoint) {
        return String.format(Locale.ROOT, "U+%04X", codePoint);
    }
}
