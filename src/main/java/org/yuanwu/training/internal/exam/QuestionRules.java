package org.yuanwu.training.internal.exam;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.yuanwu.training.QuestionForm;
import org.yuanwu.training.QuestionType;

/** The rules a bank question must meet, shared by the form, the API and the workbook import. */
public final class QuestionRules {

    /** A broken rule: the form field it concerns, a message key and its arguments. */
    public record Problem(String field, String key, Object... args) {
    }

    private QuestionRules() {
    }

    /** Every problem of the question, in field order; the answer is normalised on the form when it is valid. */
    public static List<Problem> check(QuestionForm f) {
        List<Problem> problems = new ArrayList<>();
        if (f.getType() == null) {
            problems.add(new Problem("type", "exam.error.typeRequired"));
            return problems;
        }
        if (f.getStem() == null) {
            problems.add(new Problem("stem", "exam.error.stemRequired"));
        } else if (f.getStem().length() > 4000) {
            problems.add(new Problem("stem", "error.tooLong", 4000));
        }
        if (f.getCategory() == null) {
            problems.add(new Problem("category", "exam.error.categoryRequired"));
        }
        if (f.getDifficulty() == null || f.getDifficulty() < 1 || f.getDifficulty() > 5) {
            problems.add(new Problem("difficulty", "exam.error.difficultyRange"));
        }
        if (f.getPoints() == null || f.getPoints() < 1 || f.getPoints() > 100) {
            problems.add(new Problem("points", "exam.error.pointsRange"));
        }
        List<String> options = f.options();
        int count = optionCount(options);
        if (f.getType().hasOptions()) {
            for (int i = count; i < options.size(); i++) {
                if (options.get(i) != null) {
                    problems.add(new Problem("option" + QuestionForm.LETTERS.get(i), "exam.error.optionGap",
                            QuestionForm.LETTERS.get(i), QuestionForm.LETTERS.get(count)));
                    break;
                }
            }
            if (count < 2) {
                problems.add(new Problem("optionB", "exam.error.twoOptions"));
            }
        } else if (count > 0) {
            problems.add(new Problem("optionA", "exam.error.noOptionsForType"));
        }
        String answer = f.getAnswer();
        switch (f.getType()) {
            case SINGLE, MULTIPLE -> {
                if (answer == null) {
                    problems.add(new Problem("answer", "exam.error.answerRequired"));
                    break;
                }
                TreeSet<String> letters = new TreeSet<>();
                for (char c : answer.toUpperCase(Locale.ROOT).toCharArray()) {
                    if (Character.isWhitespace(c) || c == ',' || c == '，' || c == '、') {
                        continue;
                    }
                    int index = QuestionForm.LETTERS.indexOf(String.valueOf(c));
                    if (index < 0) {
                        problems.add(new Problem("answer", "exam.error.answerLetters"));
                        return problems;
                    }
                    if (count >= 2 && index >= count) {
                        problems.add(new Problem("answer", "exam.error.answerBeyondOptions", String.valueOf(c), count));
                        return problems;
                    }
                    letters.add(String.valueOf(c));
                }
                if (letters.isEmpty()) {
                    problems.add(new Problem("answer", "exam.error.answerRequired"));
                } else if (f.getType() == QuestionType.SINGLE && letters.size() != 1) {
                    problems.add(new Problem("answer", "exam.error.singleOneAnswer"));
                } else if (f.getType() == QuestionType.MULTIPLE && letters.size() < 2) {
                    problems.add(new Problem("answer", "exam.error.multipleTwoAnswers"));
                } else if (problems.isEmpty()) {
                    f.setAnswer(String.join("", letters));
                }
            }
            case TRUE_FALSE -> {
                String tf = GradingRules.trueFalse(answer);
                if (answer == null) {
                    problems.add(new Problem("answer", "exam.error.answerRequired"));
                } else if (tf == null) {
                    problems.add(new Problem("answer", "exam.error.trueFalseAnswer"));
                } else {
                    f.setAnswer(tf);
                }
            }
            case FILL_IN -> {
                if (answer == null) {
                    problems.add(new Problem("answer", "exam.error.answerRequired"));
                    break;
                }
                List<String> blanks = GradingRules.blanks(answer);
                if (blanks.size() > 20) {
                    problems.add(new Problem("answer", "exam.error.tooManyBlanks", 20));
                } else if (blanks.stream().anyMatch(b -> GradingRules.alternatives(b).isEmpty())) {
                    problems.add(new Problem("answer", "exam.error.blankWithoutAnswer"));
                } else {
                    f.setAnswer(String.join("\n", blanks));
                }
            }
            case SHORT_ANSWER -> {
                // the reference answer is optional: the examiner grades by hand
            }
        }
        return problems;
    }

    /** The number of options filled in from A on, up to the first blank one. */
    public static int optionCount(List<String> options) {
        int n = 0;
        while (n < options.size() && options.get(n) != null && !options.get(n).isBlank()) {
            n++;
        }
        return n;
    }
}
