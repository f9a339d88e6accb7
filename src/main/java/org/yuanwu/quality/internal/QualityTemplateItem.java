package org.yuanwu.quality.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.yuanwu.quality.TemplateItemView;

@Entity
@Table(name = "quality_template_item")
public class QualityTemplateItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quality_template_item_seq")
    @SequenceGenerator(name = "quality_template_item_seq", sequenceName = "quality_template_item_seq", allocationSize = 50)
    private Long id;
    @Column(name = "template_id", insertable = false, updatable = false)
    private Long templateId;
    @Column(name = "sort_order")
    private int position;
    private String section;
    @Column(name = "item_code")
    private String itemCode;
    private String text;
    @Column(name = "max_points")
    private BigDecimal maxPoints;
    @Column(name = "deduction_per_time")
    private BigDecimal deductionPerTime;
    private boolean veto;
    @Column(name = "photo_required")
    private boolean photoRequired;
    @Column(name = "note_required")
    private boolean noteRequired;

    protected QualityTemplateItem() {
    }

    public QualityTemplateItem(int position, String section, String itemCode, String text, BigDecimal maxPoints,
                               BigDecimal deductionPerTime, boolean veto, boolean photoRequired, boolean noteRequired) {
        this.position = position;
        this.section = section;
        this.itemCode = itemCode;
        this.text = text;
        this.maxPoints = maxPoints;
        this.deductionPerTime = deductionPerTime;
        this.veto = veto;
        this.photoRequired = photoRequired;
        this.noteRequired = noteRequired;
    }

    public TemplateItemView view() {
        return new TemplateItemView(id, section, itemCode, text, maxPoints, deductionPerTime, veto, photoRequired,
                noteRequired);
    }

    public Long getId() { return id; }
    public Long getTemplateId() { return templateId; }
    public int getPosition() { return position; }
    public String getSection() { return section; }
    public String getItemCode() { return itemCode; }
    public String getText() { return text; }
    public BigDecimal getMaxPoints() { return maxPoints; }
    public BigDecimal getDeductionPerTime() { return deductionPerTime; }
    public boolean isVeto() { return veto; }
    public boolean isPhotoRequired() { return photoRequired; }
    public boolean isNoteRequired() { return noteRequired; }
}
