package org.yuanwu.training.internal.course;

import java.security.SecureRandom;
import java.util.Locale;

/** Six-character sign-in codes, without the letters and digits people confuse (0/O, 1/I/L). */
public final class SignInCodes {

    public static final int LENGTH = 6;
    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SignInCodes() {
    }

    public static String next() {
        StringBuilder sb = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** What a person typed, as stored: upper case, no spaces. */
    public static String normalize(String typed) {
        return typed == null ? "" : typed.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }
}
