package org.yuanwu.training.internal.exam;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.yuanwu.training.QuestionCategory;
import org.yuanwu.training.QuestionType;

@Entity
@Table(name = "training_exam_rule")
public class ExamRule {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_exam_rule_seq")
    @SequenceGenerator(name = "training_exam_rule_seq", sequenceName = "training_exam_rule_seq", allocationSize = 50)
    private Long id;
    @Column(name = "exam_id")
    private Long examId;
    private int position;
    @Enumerated(EnumType.STRING)
    private QuestionCategory category;
    private Integer difficulty;
    @Enumerated(EnumType.STRING)
    @Column(name = "qtype")
    private QuestionType type;
    @Column(name = "question_count")
    private int questionCount;
    @Column(name = "points_each")
    private int pointsEach;

    protected ExamRule() {
    }

    public ExamRule(Long examId, int position, PaperAssembler.Rule rule) {
        this.examId = examId;
        this.position = position;
        this.category = rule.category();
        this.difficulty = rule.difficulty();
        this.type = rule.type();
        this.questionCount = rule.count();
        this.pointsEach = rule.pointsEach();
    }

    public PaperAssembler.Rule rule() {
        return new PaperAssembler.Rule(category, difficulty, type, questionCount, pointsEach);
    }

    public Long getId() { return id; }
    public Long getExamId() { return examId; }
    public int getPosition() { return position; }
}
