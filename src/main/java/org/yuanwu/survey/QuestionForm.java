package org.yuanwu.survey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One question. {@code options} are the choices, or for a rating the five labels of scores 1 to 5.
 * {@code satisfiedThreshold}: for a rating the lowest score counted "satisfied" (4 by default, so
 * 4 and 5 count); for a single choice the number of leading options counted satisfied (2 for
 * 满意 / 基本满意 / 不满意). A rating without one gets 4; a single choice without one does not count toward satisfaction.
 * {@code correctOption} (1-based) makes a choice question a knowledge question.
 */
public class QuestionForm {

    private QuestionKind kind = QuestionKind.RATING;
    private String text;
    private boolean required = true;
    private List<String> options = new ArrayList<>();
    private Integer satisfiedThreshold;
    private Integer correctOption;

    public QuestionKind getKind() { return kind; }
    public void setKind(QuestionKind kind) { this.kind = kind; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text == null ? null : text.strip(); }
    public boolean isRequired() { return required; }
    public void setRequired(boolean required) { this.required = required; }
    public List<String> getOptions() { return options; }
    public void setOptions(List<String> options) { this.options = options == null ? new ArrayList<>() : options; }
    public Integer getSatisfiedThreshold() { return satisfiedThreshold; }
    public void setSatisfiedThreshold(Integer satisfiedThreshold) { this.satisfiedThreshold = satisfiedThreshold; }
    public Integer getCorrectOption() { return correctOption; }
    public void setCorrectOption(Integer correctOption) { this.correctOption = correctOption; }

    /** The options one per line, for the web form's text area. */
    public String getOptionsText() { return String.join("\n", options); }
    public void setOptionsText(String text) {
        this.options = text == null ? new ArrayList<>()
                : new ArrayList<>(Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    public static QuestionForm of(QuestionKind kind, String text, boolean required, List<String> options,
                                  Integer satisfiedThreshold, Integer correctOption) {
        QuestionForm f = new QuestionForm();
        f.kind = kind;
        f.setText(text);
        f.required = required;
        f.options = new ArrayList<>(options);
        f.satisfiedThreshold = satisfiedThreshold;
        f.correctOption = correctOption;
        return f;
    }
}
