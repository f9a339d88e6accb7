package org.yuanwu.survey.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

@Entity
@Table(name = "survey_answer")
public class SurveyAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_answer_seq")
    @SequenceGenerator(name = "survey_answer_seq", sequenceName = "survey_answer_seq", allocationSize = 50)
    private Long id;
    @Column(name = "response_id")
    private Long responseId;
    @Column(name = "question_id")
    private Long questionId;
    private Integer score;
    private String choices;
    @Column(name = "text_answer")
    private String text;

    protected SurveyAnswer() {
    }

    public SurveyAnswer(Long responseId, Long questionId, Integer score, List<Integer> choices, String text) {
        this.responseId = responseId;
        this.questionId = questionId;
        this.score = score;
        this.choices = choices == null || choices.isEmpty() ? null
                : choices.stream().map(String::valueOf).collect(Collectors.joining(","));
        this.text = text;
    }

    public List<Integer> choiceList() {
        return choices == null ? List.of() : Arrays.stream(choices.split(",")).map(Integer::valueOf).toList();
    }

    public Long getId() { return id; }
    public Long getResponseId() { return responseId; }
    public Long getQuestionId() { return questionId; }
    public Integer getScore() { return score; }
    public String getText() { return text; }
}
