package org.yuanwu.training;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * A bank question as typed in the form, the API or one workbook row. The answer is written as:
 * single choice "B"; multiple choice "ACD"; true/false "T" or "F" (对/错 accepted); fill-in one
 * line per blank, accepted alternatives separated by "|"; short answer a reference answer (optional).
 */
public class QuestionForm {

    @NotNull
    private Long unitId;
    @NotNull
    private QuestionType type = QuestionType.SINGLE;
    @NotNull
    private QuestionCategory category = QuestionCategory.BASICS;
    @NotNull
    @Min(1)
    @Max(5)
    private Integer difficulty = 3;
    @NotBlank
    @Size(max = 4000)
    private String stem;
    @Size(max = 1000)
    private String optionA;
    @Size(max = 1000)
    private String optionB;
    @Size(max = 1000)
    private String optionC;
    @Size(max = 1000)
    private String optionD;
    @Size(max = 1000)
    private String optionE;
    @Size(max = 1000)
    private String optionF;
    @Size(max = 2000)
    private String answer;
    @Size(max = 500)
    private String tags;
    @Size(max = 4000)
    private String explanation;
    @NotNull
    @Min(1)
    @Max(100)
    private Integer points = 2;
    private Long version;

    public static final List<String> LETTERS = List.of("A", "B", "C", "D", "E", "F");

    /** The options as typed, A to F (blank ones as null). */
    public List<String> options() {
        List<String> list = new ArrayList<>();
        list.add(optionA);
        list.add(optionB);
        list.add(optionC);
        list.add(optionD);
        list.add(optionE);
        list.add(optionF);
        return list;
    }

    public void setOption(int index, String text) {
        switch (index) {
            case 0 -> setOptionA(text);
            case 1 -> setOptionB(text);
            case 2 -> setOptionC(text);
            case 3 -> setOptionD(text);
            case 4 -> setOptionE(text);
            case 5 -> setOptionF(text);
            default -> throw new IllegalArgumentException("option " + index);
        }
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public QuestionType getType() { return type; }
    public void setType(QuestionType type) { this.type = type; }
    public QuestionCategory getCategory() { return category; }
    public void setCategory(QuestionCategory category) { this.category = category; }
    public Integer getDifficulty() { return difficulty; }
    public void setDifficulty(Integer difficulty) { this.difficulty = difficulty; }
    public String getStem() { return stem; }
    public void setStem(String stem) { this.stem = clean(stem); }
    public String getOptionA() { return optionA; }
    public void setOptionA(String optionA) { this.optionA = clean(optionA); }
    public String getOptionB() { return optionB; }
    public void setOptionB(String optionB) { this.optionB = clean(optionB); }
    public String getOptionC() { return optionC; }
    public void setOptionC(String optionC) { this.optionC = clean(optionC); }
    public String getOptionD() { return optionD; }
    public void setOptionD(String optionD) { this.optionD = clean(optionD); }
    public String getOptionE() { return optionE; }
    public void setOptionE(String optionE) { this.optionE = clean(optionE); }
    public String getOptionF() { return optionF; }
    public void setOptionF(String optionF) { this.optionF = clean(optionF); }
    public String getAnswer() { return answer; }
    public void setAnswer(String answer) { this.answer = clean(answer); }
    public String getTags() { return tags; }
    public void setTags(String tags) { this.tags = clean(tags); }
    public String getExplanation() { return explanation; }
    public void setExplanation(String explanation) { this.explanation = clean(explanation); }
    public Integer getPoints() { return points; }
    public void setPoints(Integer points) { this.points = points; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }

    public static QuestionForm of(QuestionView q) {
        QuestionForm f = new QuestionForm();
        f.unitId = q.unitId();
        f.type = q.type();
        f.category = q.category();
        f.difficulty = q.difficulty();
        f.stem = q.stem();
        for (int i = 0; i < q.options().size(); i++) {
            f.setOption(i, q.options().get(i));
        }
        f.answer = q.answer();
        f.tags = q.tags();
        f.explanation = q.explanation();
        f.points = q.points();
        f.version = q.version();
        return f;
    }
}
