package org.yuanwu.union.internal.activities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

@Entity
@Table(name = "union_contest_score")
public class ContestScore {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "union_contest_score_seq")
    @SequenceGenerator(name = "union_contest_score_seq", sequenceName = "union_contest_score_seq", allocationSize = 50)
    private Long id;
    @Column(name = "entrant_id")
    private Long entrantId;
    @Column(name = "round_no")
    private int roundNo;
    private String judge;
    private BigDecimal points;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected ContestScore() {
    }

    public ContestScore(Long entrantId, int roundNo, String judge, BigDecimal points, String by, Instant at) {
        this.entrantId = entrantId;
        this.roundNo = roundNo;
        this.judge = judge;
        this.points = points;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public void correct(BigDecimal points, String by, Instant at) {
        this.points = points;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public Long getId() { return id; }
    public Long getEntrantId() { return entrantId; }
    public int getRoundNo() { return roundNo; }
    public String getJudge() { return judge; }
    public BigDecimal getPoints() { return points; }
}
