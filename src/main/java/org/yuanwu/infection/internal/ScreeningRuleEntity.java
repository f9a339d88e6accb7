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
import java.util.LinkedHashMap;
import java.util.Map;
import org.yuanwu.infection.EventKind;

@Entity
@Table(name = "infection_rule")
public class ScreeningRuleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "infection_rule_seq")
    @SequenceGenerator(name = "infection_rule_seq", sequenceName = "infection_rule_seq", allocationSize = 50)
    private Long id;
    private String code;
    @Column(name = "name_zh")
    private String nameZh;
    @Column(name = "name_en")
    private String nameEn;
    @Column(name = "explanation_zh")
    private String explanationZh;
    @Column(name = "explanation_en")
    private String explanationEn;
    @Enumerated(EnumType.STRING)
    @Column(name = "event_kind")
    private EventKind eventKind;
    @Column(name = "min_amount")
    private BigDecimal minAmount;
    @Column(name = "require_positive")
    private boolean requirePositive;
    private String specimens;
    @Column(name = "after_hours")
    private int afterHours;
    private boolean enabled;
    @Version
    private long version;

    protected ScreeningRuleEntity() {
    }

    public ScreeningRuleEntity(String code) {
        this.code = code;
        this.enabled = true;
    }

    public void describe(String nameZh, String nameEn, String explanationZh, String explanationEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.explanationZh = explanationZh;
        this.explanationEn = explanationEn;
    }

    public void define(EventKind eventKind, BigDecimal minAmount, boolean requirePositive, String specimens, int afterHours,
                       boolean enabled) {
        this.eventKind = eventKind;
        this.minAmount = minAmount;
        this.requirePositive = requirePositive;
        this.specimens = specimens;
        this.afterHours = afterHours;
        this.enabled = enabled;
    }

    public ScreeningRule rule() {
        return new ScreeningRule(eventKind, minAmount, requirePositive, ScreeningRule.parseSpecimens(specimens), afterHours);
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("eventKind", eventKind == null ? null : eventKind.name());
        m.put("minAmount", minAmount == null ? null : minAmount.toPlainString());
        m.put("requirePositive", requirePositive);
        m.put("specimens", specimens);
        m.put("afterHours", afterHours);
        m.put("enabled", enabled);
        return m;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getNameZh() { return nameZh; }
    public String getNameEn() { return nameEn; }
    public String getExplanationZh() { return explanationZh; }
    public String getExplanationEn() { return explanationEn; }
    public EventKind getEventKind() { return eventKind; }
    public BigDecimal getMinAmount() { return minAmount; }
    public boolean isRequirePositive() { return requirePositive; }
    public String getSpecimens() { return specimens; }
    public int getAfterHours() { return afterHours; }
    public boolean isEnabled() { return enabled; }
    public long getVersion() { return version; }
}
