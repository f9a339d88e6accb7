package org.yuanwu.quality.internal.records;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

@Entity
@Table(name = "quality_record_defect")
public class RecordDefect {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quality_record_defect_seq")
    @SequenceGenerator(name = "quality_record_defect_seq", sequenceName = "quality_record_defect_seq", allocationSize = 50)
    private Long id;
    @Column(name = "item_id")
    private Long itemId;
    @Column(name = "item_code")
    private String itemCode;
    @Column(name = "item_text")
    private String itemText;
    private int occurrences;
    private BigDecimal deduction;
    private boolean veto;
    private String note;

    protected RecordDefect() {
    }

    public RecordDefect(Long itemId, String itemCode, String itemText, int occurrences, BigDecimal deduction,
                        boolean veto, String note) {
        this.itemId = itemId;
        this.itemCode = itemCode;
        this.itemText = itemText;
        this.occurrences = occurrences;
        this.deduction = deduction;
        this.veto = veto;
        this.note = note;
    }

    public Long getId() { return id; }
    public Long getItemId() { return itemId; }
    public String getItemCode() { return itemCode; }
    public String getItemText() { return itemText; }
    public int getOccurrences() { return occurrences; }
    public BigDecimal getDeduction() { return deduction; }
    public boolean isVeto() { return veto; }
    public String getNote() { return note; }
}
