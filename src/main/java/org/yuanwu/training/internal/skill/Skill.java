package org.yuanwu.training.internal.skill;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yuanwu.training.SkillForm;

@Entity
@Table(name = "training_skill")
public class Skill {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_skill_seq")
    @SequenceGenerator(name = "training_skill_seq", sequenceName = "training_skill_seq", allocationSize = 50)
    private Long id;
    private String code;
    @Column(name = "name_zh")
    private String nameZh;
    @Column(name = "name_en")
    private String nameEn;
    @Column(name = "pass_threshold")
    private BigDecimal passThreshold;
    @Column(name = "sort_order")
    private int sortOrder;
    private boolean active = true;
    @Column(name = "withdrawn_reason")
    private String withdrawnReason;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Skill() {
    }

    public Skill(int sortOrder, Instant now) {
        this.sortOrder = sortOrder;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public boolean apply(SkillForm f, Instant now) {
        Map<String, Object> before = snapshot();
        code = f.getCode();
        nameZh = f.getNameZh();
        nameEn = f.getNameEn();
        passThreshold = f.getPassThreshold().setScale(1, RoundingMode.HALF_UP);
        boolean changed = !before.equals(snapshot());
        if (changed) {
            updatedAt = now;
        }
        return changed;
    }

    public void withdraw(String reason, Instant now) {
        active = false;
        withdrawnReason = reason;
        updatedAt = now;
    }

    public void reactivate(Instant now) {
        active = true;
        withdrawnReason = null;
        updatedAt = now;
    }

    /** A sheet change bumps the skill's version, so two editors of one sheet do not overwrite each other. */
    public void touch(Instant now) {
        updatedAt = now;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("nameZh", nameZh);
        m.put("nameEn", nameEn);
        m.put("passThreshold", passThreshold);
        m.put("active", active);
        m.put("withdrawnReason", withdrawnReason);
        return m;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getNameZh() { return nameZh; }
    public String getNameEn() { return nameEn; }
    public BigDecimal getPassThreshold() { return passThreshold; }
    public int getSortOrder() { return sortOrder; }
    public boolean isActive() { return active; }
    public String getWithdrawnReason() { return withdrawnReason; }
    public long getVersion() { return version; }
    public Instant getUpdatedAt() { return updatedAt; }
}
