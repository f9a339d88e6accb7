package org.yuanwu.training.internal.exam;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.yuanwu.training.QuestionType;

/**
 * Automatic grading of objective questions.
 * <ul>
 * <li>Single choice and true/false: the answer matches the key → full points, else 0.</li>
 * <li>Multiple choice: exactly the correct options → full points; some of the correct options and
 * no wrong one → half the points; any wrong option (or nothing) → 0.</li>
 * <li>Fill-in: each blank is worth an equal share of the points and is right when the answer,
 * ignoring case, spaces and full-width forms, equals one of its accepted alternatives.</li>
 * <li>Short answer: not graded here (null) — it goes to the examiner's grading queue.</li>
 * </ul>
 */
public final class GradingRules {

    private GradingRules() {
    }

    /** The score of a response (null for a short answer, which is graded by hand). */
    public static BigDecimal score(QuestionType type, String key, String response, int points) {
        if (type == QuestionType.SHORT_ANSWER) {
            return null;
        }
        BigDecimal full = BigDecimal.valueOf(points).setScale(2, RoundingMode.UNNECESSARY);
        BigDecimal zero = BigDecimal.ZERO.setScale(2, RoundingMode.UNNECESSARY);
        if (response == null || response.isBlank() || key == null) {
            return zero;
        }
        return switch (type) {
            case SINGLE -> letters(response).equals(letters(key)) && letters(key).size() == 1 ? full : zero;
            case TRUE_FALSE -> key.equals(trueFalse(response)) ? full : zero;
            case MULTIPLE -> {
                Set<String> given = letters(response);
                Set<String> correct = letters(key);
                if (given.isEmpty() || !correct.containsAll(given)) {
                    yield zero;
                }
                yield given.equals(correct) ? full : full.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
            }
            case FILL_IN -> {
                List<String> blanks = blanks(key);
                List<String> answers = Arrays.asList(response.split("\n", -1));
                int right = 0;
                for (int i = 0; i < blanks.size(); i++) {
                    String given = i < answers.size() ? normalize(answers.get(i)) : "";
                    if (!given.isEmpty() && alternatives(blanks.get(i)).contains(given)) {
                        right++;
                    }
                }
                yield blanks.isEmpty() ? zero : full.multiply(BigDecimal.valueOf(right))
                        .divide(BigDecimal.valueOf(blanks.size()), 2, RoundingMode.HALF_UP);
            }
            case SHORT_ANSWER -> null;
        };
    }

    /** The option letters in a response or key ("C, a" → [A, C]); anything else is ignored. */
    public static Set<String> letters(String text) {
        Set<String> set = new TreeSet<>();
        if (text == null) {
            return set;
        }
        for (char c : text.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c >= 'A' && c <= 'F') {
                set.add(String.valueOf(c));
            }
        }
        return set;
    }

    /** "T" or "F" for the usual ways of writing true and false, null for anything else. */
    public static String trueFalse(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "T", "TRUE", "Y", "YES", "对", "正确", "是", "√", "✓" -> "T";
            case "F", "FALSE", "N", "NO", "错", "错误", "否", "×", "✗", "X" -> "F";
            default -> null;
        };
    }

    /** The blanks of a fill-in key: one per line (a "；" or ";" also separates blanks in workbooks). */
    public static List<String> blanks(String key) {
        List<String> list = new ArrayList<>();
        if (key == null) {
            return list;
        }
        for (String line : key.split("[\\n;；]")) {
            if (!line.isBlank()) {
                list.add(line.strip());
            }
        }
        return list;
    }

    /** The accepted answers of one blank, normalised. */
    public static Set<String> alternatives(String blank) {
        return Arrays.stream(blank.split("[|｜]")).map(GradingRules::normalize).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Case-, space- and width-insensitive form of an answer ("Ｎａ Cl" → "nacl"). */
    public static String normalize(String s) {
        if (s == null) {
            return "";
        }
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
