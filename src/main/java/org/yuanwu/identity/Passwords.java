package org.yuanwu.identity;

import java.security.SecureRandom;
import org.yuanwu.common.DomainException;

/** Password policy and random passwords. */
public final class Passwords {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    /** 16 characters from an alphabet without look-alikes (0/O, 1/l/I), with a letter and a digit. */
    public static String random() {
        while (true) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            String s = sb.toString();
            if (s.chars().anyMatch(Character::isDigit) && s.chars().anyMatch(Character::isLetter)) {
                return s;
            }
        }
    }

    /** At least 8 characters, at most 128, with at least one letter and one digit. */
    public static void checkStrength(String field, String password) {
        if (password == null || password.length() < 8 || password.length() > 128
                || password.chars().noneMatch(Character::isDigit) || password.chars().noneMatch(Character::isLetter)) {
            throw DomainException.invalid(field, "identity.error.weakPassword");
        }
    }
}
