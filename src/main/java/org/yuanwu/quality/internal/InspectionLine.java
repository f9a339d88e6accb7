package org.yuanwu.quality.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

@Entity
@Table(name = "quality_inspection_line")
public class InspectionLine {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quality_line_seq")
    @SequenceGenerator(name = "quality_line_seq", sequenceName = "quality_line_seq", allocationSize = 50)
    private Long id;
    @Column(name = "template_item_id")
    private Long templateItemId;
    private int occurrences;
    private BigDecimal deducted = BigDecimal.ZERO;
    private String note;
    @Column(name = "photo_id")
    private Long photoId;

    protected InspectionLine() {
    }

    public InspectionLine(Long templateItemId) {
        this.templateItemId = templateItemId;
    }

    public void score(int occurrences, BigDecimal deducted, String note) {
        this.occurrences = occurrences;
        this.deducted = deducted;
        this.note = note;
    }

    public void photo(Long photoId) {
        this.photoId = photoId;
    }

    public Long getId() { return id; }
    public Long getTemplateItemId() { return templateItemId; }
    public int getOccurrences() { return occurrences; }
    public BigDecimal getDeducted() { return deducted; }
    public String getNote() { return note; }
    public Long getPhotoId() { return photoId; }
}
