package org.yuanwu.survey.internal;

import java.security.SecureRandom;

/** Random codes for links and tokens: unguessable, short enough to type from a card, no look-alike letters. */
public final class Codes {

    private static final String ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Codes() {
    }

    public static String next(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
