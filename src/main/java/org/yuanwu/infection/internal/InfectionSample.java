package org.yuanwu.infection.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yuanwu.infection.FollowUp;
import org.yuanwu.infection.SampleKind;
import org.yuanwu.organization.HygieneClass;

@Entity
@Table(name = "infection_sample")
public class InfectionSample {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "infection_sample_seq")
    @SequenceGenerator(name = "infection_sample_seq", sequenceName = "infection_sample_seq", allocationSize = 50)
    private Long id;
    @Column(name = "unit_id")
    private Long unitId;
    @Column(name = "sampled_on")
    private LocalDate sampledOn;
    @Enumerated(EnumType.STRING)
    private SampleKind kind;
    private String site;
    @Enumerated(EnumType.STRING)
    @Column(name = "environment_class")
    private HygieneClass environmentClass;
    @Column(name = "result_cfu")
    private BigDecimal resultCfu;
    @Column(name = "limit_cfu")
    private BigDecimal limitCfu;
    private boolean passed;
    @Enumerated(EnumType.STRING)
    @Column(name = "follow_up")
    private FollowUp followUp;
    @Column(name = "corrective_action")
    private String correctiveAction;
    @Column(name = "resample_of")
    private Long resampleOf;
    @Column(name = "closed_by")
    private String closedBy;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    @Column(name = "withdrawn_reason")
    private String withdrawnReason;
    @Version
    private long version;

    protected InfectionSample() {
    }

    public InfectionSample(Long unitId, LocalDate sampledOn, SampleKind kind, String site, HygieneClass environmentClass,
                           BigDecimal resultCfu, BigDecimal limitCfu, Long resampleOf, String by, Instant now) {
        this.unitId = unitId;
        this.sampledOn = sampledOn;
        this.kind = kind;
        this.site = site;
        this.environmentClass = environmentClass;
        this.resultCfu = resultCfu;
        this.limitCfu = limitCfu;
        this.passed = resultCfu.compareTo(limitCfu) <= 0;
        this.followUp = passed ? FollowUp.NONE : FollowUp.OPEN;
        this.resampleOf = resampleOf;
        this.recordedBy = by;
        this.recordedAt = now;
    }

    public void close(String action, String by, Instant now) {
        this.followUp = FollowUp.CLOSED;
        this.correctiveAction = action;
        this.closedBy = by;
        this.closedAt = now;
    }

    public void withdraw(String reason) {
        this.withdrawnReason = reason;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unitId", unitId);
        m.put("sampledOn", String.valueOf(sampledOn));
        m.put("kind", kind.name());
        m.put("site", site);
        m.put("environmentClass", environmentClass == null ? null : environmentClass.name());
        m.put("resultCfu", resultCfu.toPlainString());
        m.put("limitCfu", limitCfu.toPlainString());
        m.put("passed", passed);
        m.put("followUp", followUp.name());
        m.put("correctiveAction", correctiveAction);
        m.put("withdrawnReason", withdrawnReason);
        return m;
    }

    public Long getId() { return id; }
    public Long getUnitId() { return unitId; }
    public LocalDate getSampledOn() { return sampledOn; }
    public SampleKind getKind() { return kind; }
    public String getSite() { return site; }
    public HygieneClass getEnvironmentClass() { return environmentClass; }
    public BigDecimal getResultCfu() { return resultCfu; }
    public BigDecimal getLimitCfu() { return limitCfu; }
    public boolean isPassed() { return passed; }
    public FollowUp getFollowUp() { return followUp; }
    public String getCorrectiveAction() { return correctiveAction; }
    public Long getResampleOf() { return resampleOf; }
    public String getClosedBy() { return closedBy; }
    public Instant getClosedAt() { return closedAt; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
    public String getWithdrawnReason() { return withdrawnReason; }
    public long getVersion() { return version; }
}
