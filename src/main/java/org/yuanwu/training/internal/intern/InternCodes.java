package org.yuanwu.training.internal.intern;

import java.security.SecureRandom;

/** Personal answer codes for interns: 8 characters without the look-alikes (0/O, 1/I/L), hard to guess. */
public final class InternCodes {

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private InternCodes() {
    }

    public static String next() {
        StringBuilder b = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    /** What a person types: trimmed, upper case. */
    public static String normalize(String code) {
        return code == null ? "" : code.strip().toUpperCase();
    }
}
