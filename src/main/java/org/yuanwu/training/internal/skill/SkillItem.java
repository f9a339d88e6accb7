package org.yuanwu.training.internal.skill;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.yuanwu.training.SkillItemView;

@Entity
@Table(name = "training_skill_item")
public class SkillItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_skill_item_seq")
    @SequenceGenerator(name = "training_skill_item_seq", sequenceName = "training_skill_item_seq", allocationSize = 50)
    private Long id;
    @Column(name = "sheet_id")
    private Long sheetId;
    @Column(name = "sort_order")
    private int position;
    private String name;
    @Column(name = "max_points")
    private BigDecimal maxPoints;
    @Column(name = "per_occurrence")
    private BigDecimal perOccurrence;
    @Column(name = "rule_text")
    private String ruleText;

    protected SkillItem() {
    }

    public SkillItem(Long sheetId, SheetRules.Line line) {
        this.sheetId = sheetId;
        this.position = line.position();
        this.name = line.name();
        this.maxPoints = line.maxPoints();
        this.perOccurrence = line.perOccurrence();
        this.ruleText = line.ruleText();
    }

    public SkillItemView view() {
        return new SkillItemView(id, position, name, maxPoints, perOccurrence, ruleText);
    }

    public Long getId() { return id; }
    public Long getSheetId() { return sheetId; }
    public int getPosition() { return position; }
    public String getName() { return name; }
    public BigDecimal getMaxPoints() { return maxPoints; }
    public BigDecimal getPerOccurrence() { return perOccurrence; }
}
