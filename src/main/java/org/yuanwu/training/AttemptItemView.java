package org.yuanwu.training;

import java.math.BigDecimal;
import java.util.List;

/**
 * One question of an attempt as shown to the candidate. {@code response} holds the saved answer
 * (letters, "T"/"F", one entry per blank, or the text). {@code key} and {@code explanation} are
 * only filled in when the candidate may see them (exam closed and allowing it) or for examiners.
 */
public record AttemptItemView(int position, Long questionId, QuestionType type, String stem, List<String> options,
                              int points, List<String> response, int blanks, BigDecimal score, String key,
                              String explanation) {

    public boolean answered() {
        return response.stream().anyMatch(s -> s != null && !s.isBlank());
    }

    public boolean chose(String letter) {
        return response.stream().anyMatch(s -> s != null && s.contains(letter));
    }

    public String blank(int i) {
        return i < response.size() ? response.get(i) : "";
    }
}
