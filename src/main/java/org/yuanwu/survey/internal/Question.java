package org.yuanwu.survey.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yuanwu.survey.QuestionForm;
import org.yuanwu.survey.QuestionKind;
import org.yuanwu.survey.QuestionView;

@Entity
@Table(name = "survey_question")
public class Question {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_question_seq")
    @SequenceGenerator(name = "survey_question_seq", sequenceName = "survey_question_seq", allocationSize = 50)
    private Long id;
    @Column(name = "questionnaire_id")
    private Long questionnaireId;
    @Column(name = "sort_order")
    private int position;
    @Enumerated(EnumType.STRING)
    private QuestionKind kind;
    @Column(name = "question_text")
    private String text;
    private boolean required;
    private String options;
    @Column(name = "satisfied_threshold")
    private Integer satisfiedThreshold;
    @Column(name = "correct_option")
    private Integer correctOption;

    protected Question() {
    }

    public Question(Long questionnaireId, int position, QuestionForm f) {
        this.questionnaireId = questionnaireId;
        this.position = position;
        apply(f);
    }

    public void apply(QuestionForm f) {
        kind = f.getKind();
        text = f.getText();
        required = f.isRequired();
        options = f.getOptions().isEmpty() ? null : String.join("\n", f.getOptions());
        satisfiedThreshold = f.getSatisfiedThreshold();
        correctOption = f.getCorrectOption();
    }

    public void moveTo(int position) {
        this.position = position;
    }

    public List<String> optionList() {
        return options == null ? List.of() : Arrays.asList(options.split("\n"));
    }

    public QuestionView view() {
        return new QuestionView(id, position, kind, text, required, optionList(), satisfiedThreshold, correctOption);
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("position", position);
        m.put("kind", kind);
        m.put("text", text);
        m.put("required", required);
        m.put("options", options);
        m.put("satisfiedThreshold", satisfiedThreshold);
        m.put("correctOption", correctOption);
        return m;
    }

    public Long getId() { return id; }
    public Long getQuestionnaireId() { return questionnaireId; }
    public int getPosition() { return position; }
    public QuestionKind getKind() { return kind; }
    public String getText() { return text; }
}
