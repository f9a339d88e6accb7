package org.yuanwu.training.internal.skill;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "training_skill_sheet")
public class SkillSheet {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_skill_sheet_seq")
    @SequenceGenerator(name = "training_skill_sheet_seq", sequenceName = "training_skill_sheet_seq", allocationSize = 50)
    private Long id;
    @Column(name = "skill_id")
    private Long skillId;
    @Column(name = "sheet_version")
    private int sheetVersion;
    @Column(name = "current_sheet")
    private boolean current;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;

    protected SkillSheet() {
    }

    public SkillSheet(Long skillId, int sheetVersion, String createdBy, Instant now) {
        this.skillId = skillId;
        this.sheetVersion = sheetVersion;
        this.current = true;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public void superseded() {
        current = false;
    }

    public Long getId() { return id; }
    public Long getSkillId() { return skillId; }
    public int getSheetVersion() { return sheetVersion; }
    public boolean isCurrent() { return current; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
}
