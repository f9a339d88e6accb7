package org.yuanwu.party;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A unit's monthly conduct evaluation: the month ("2026-03"), who evaluated, the score of each active item (by item
 * id) and notes. One per unit and month; entering it again with its version corrects it.
 */
public class EvaluationForm {

    @NotNull
    private Long unitId;
    @NotNull
    @DateTimeFormat(pattern = "yyyy-MM")
    private YearMonth month;
    @Size(max = 64)
    private String evaluator;
    private Map<Long, BigDecimal> scores = new HashMap<>();
    @Size(max = 1000)
    private String notes;
    private Long version;

    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public YearMonth getMonth() { return month; }
    public void setMonth(YearMonth month) { this.month = month; }
    public String getEvaluator() { return evaluator; }
    public void setEvaluator(String evaluator) { this.evaluator = evaluator; }
    public Map<Long, BigDecimal> getScores() { return scores; }
    public void setScores(Map<Long, BigDecimal> scores) { this.scores = scores == null ? new HashMap<>() : scores; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
