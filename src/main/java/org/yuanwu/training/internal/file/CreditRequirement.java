package org.yuanwu.training.internal.file;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.yuanwu.training.CreditTitleGrade;

/** The credits a title grade must earn each year. */
@Entity
@Table(name = "training_credit_requirement")
public class CreditRequirement {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "title_grade")
    private CreditTitleGrade grade;
    @Column(name = "credits_required")
    private BigDecimal creditsRequired;
    @Version
    private long version;
    @Column(name = "updated_by")
    private String updatedBy;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected CreditRequirement() {
    }

    public void change(BigDecimal credits, String by, Instant now) {
        this.creditsRequired = credits;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public CreditTitleGrade getGrade() { return grade; }
    public BigDecimal getCreditsRequired() { return creditsRequired; }
    public long getVersion() { return version; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
}
