package org.yuanwu.training.internal.skill;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** The outcome on one sheet item of one assessment. */
@Entity
@Table(name = "training_skill_score")
public class SkillScore {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_skill_score_seq")
    @SequenceGenerator(name = "training_skill_score_seq", sequenceName = "training_skill_score_seq", allocationSize = 50)
    private Long id;
    @Column(name = "assessment_id")
    private Long assessmentId;
    @Column(name = "item_id")
    private Long itemId;
    private Integer occurrences;
    @Column(name = "points_lost")
    private BigDecimal pointsLost;
    private BigDecimal score;

    protected SkillScore() {
    }

    public SkillScore(Long assessmentId, SkillScoring.ItemResult r) {
        this.assessmentId = assessmentId;
        this.itemId = r.itemId();
        this.occurrences = r.occurrences();
        this.pointsLost = r.pointsLost();
        this.score = r.score();
    }

    public Long getItemId() { return itemId; }
    public Integer getOccurrences() { return occurrences; }
    public BigDecimal getPointsLost() { return pointsLost; }
    public BigDecimal getScore() { return score; }
}
