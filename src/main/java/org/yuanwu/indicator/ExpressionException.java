package org.yuanwu.indicator;

import java.util.Arrays;

/**
 * An indicator expression is malformed or refers to unknown measures. Carries a message key
 * (resolved in the user's language by the caller), its arguments, and the 0-based character
 * index in {@link Expression#text()} where the problem is, or -1 when it has no position.
 */
public final class ExpressionException extends RuntimeException {

    private final String key;
    private final transient Object[] args;
    private final int position;

    public ExpressionException(String key, int position, Object... args) {
        super(key + Arrays.toString(args) + (position >= 0 ? " at index " + position : ""));
        this.key = key;
        this.args = args.clone();
        this.position = position;
    }

    public String key() { return key; }
    public Object[] args() { return args.clone(); }
    public int position() { return position; }
}
