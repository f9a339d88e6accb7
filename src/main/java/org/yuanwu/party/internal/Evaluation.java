package org.yuanwu.party.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

@Entity
@Table(name = "party_evaluation")
public class Evaluation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "unit_id")
    private Long unitId;
    @Column(name = "month_start")
    private LocalDate monthStart;
    private String evaluator;
    private BigDecimal score;
    @Column(name = "max_score")
    private int maxScore;
    private String notes;
    @Column(name = "created_by")
    private String createdBy;
    /** Score by item id. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "party_evaluation_score", joinColumns = @JoinColumn(name = "evaluation_id"))
    @MapKeyColumn(name = "item_id")
    @Column(name = "score")
    private Map<Long, BigDecimal> scores = new TreeMap<>();
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Evaluation() {
    }

    public Evaluation(Long unitId, LocalDate monthStart, String createdBy, Instant now) {
        this.unitId = unitId;
        this.monthStart = monthStart;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void apply(String evaluator, Map<Long, BigDecimal> scores, int maxScore, String notes, Instant now) {
        this.evaluator = evaluator;
        this.scores.clear();
        this.scores.putAll(scores);
        this.score = scores.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        this.maxScore = maxScore;
        this.notes = notes;
        this.updatedAt = now;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unitId", unitId);
        m.put("month", monthStart);
        m.put("evaluator", evaluator);
        m.put("score", score);
        m.put("maxScore", maxScore);
        Map<String, Object> s = new LinkedHashMap<>();
        scores.forEach((k, v) -> s.put(String.valueOf(k), v));
        m.put("scores", s);
        m.put("notes", notes);
        return m;
    }

    public Long getId() { return id; }
    public Long getUnitId() { return unitId; }
    public LocalDate getMonthStart() { return monthStart; }
    public String getEvaluator() { return evaluator; }
    public BigDecimal getScore() { return score; }
    public int getMaxScore() { return maxScore; }
    public String getNotes() { return notes; }
    public Map<Long, BigDecimal> getScores() { return scores; }
    public long getVersion() { return version; }
}
