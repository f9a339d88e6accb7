package org.yuanwu.training;

import java.math.BigDecimal;

/**
 * One line of a scoring sheet as edited: its position, name, maximum points, the points taken off
 * per occurrence of a fault (optional; deductions are capped at the maximum) and the rule text.
 */
public class SkillItemForm {

    private Integer position;
    private String name;
    private BigDecimal maxPoints;
    private BigDecimal perOccurrence;
    private String ruleText;

    public SkillItemForm() {
    }

    public SkillItemForm(Integer position, String name, BigDecimal maxPoints, BigDecimal perOccurrence, String ruleText) {
        this.position = position;
        this.name = name;
        this.maxPoints = maxPoints;
        this.perOccurrence = perOccurrence;
        this.ruleText = ruleText;
    }

    public Integer getPosition() { return position; }
    public void setPosition(Integer position) { this.position = position; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name == null || name.isBlank() ? null : name.strip(); }
    public BigDecimal getMaxPoints() { return maxPoints; }
    public void setMaxPoints(BigDecimal maxPoints) { this.maxPoints = maxPoints; }
    public BigDecimal getPerOccurrence() { return perOccurrence; }
    public void setPerOccurrence(BigDecimal perOccurrence) { this.perOccurrence = perOccurrence; }
    public String getRuleText() { return ruleText; }
    public void setRuleText(String ruleText) { this.ruleText = ruleText == null || ruleText.isBlank() ? null : ruleText.strip(); }

    /** A row the person left empty on the page (no name, no points): ignored, so removing a line is clearing it. */
    public boolean blank() {
        return name == null && maxPoints == null && perOccurrence == null && ruleText == null;
    }
}
