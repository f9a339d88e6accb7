package org.yuanwu.indicator.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yuanwu.indicator.Direction;
import org.yuanwu.indicator.IndicatorForm;
import org.yuanwu.indicator.IndicatorView;

@Entity
@Table(name = "indicator_definition")
public class IndicatorDefinition {

    @Id
    private String code;
    @Column(name = "name_zh")
    private String nameZh;
    @Column(name = "name_en")
    private String nameEn;
    private String numerator;
    private String denominator;
    private BigDecimal factor;
    private int decimals;
    private String unit;
    @Enumerated(EnumType.STRING)
    private Direction direction;
    private BigDecimal target;
    private String description;
    @Column(name = "built_in")
    private boolean builtIn;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected IndicatorDefinition() {
    }

    public IndicatorDefinition(String code, boolean builtIn, Instant now) {
        this.code = code;
        this.builtIn = builtIn;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void apply(IndicatorForm f, Instant now) {
        nameZh = f.getNameZh();
        nameEn = f.getNameEn() == null || f.getNameEn().isBlank() ? f.getNameZh() : f.getNameEn();
        numerator = f.getNumerator();
        denominator = f.getDenominator() == null || f.getDenominator().isBlank() ? null : f.getDenominator();
        factor = f.getFactor();
        decimals = f.getDecimals();
        unit = f.getUnit();
        direction = f.getDirection();
        target = f.getTarget();
        description = f.getDescription();
        updatedAt = now;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nameZh", nameZh);
        m.put("nameEn", nameEn);
        m.put("numerator", numerator);
        m.put("denominator", denominator);
        m.put("factor", factor == null ? null : factor.stripTrailingZeros().toPlainString());
        m.put("decimals", decimals);
        m.put("unit", unit);
        m.put("direction", direction);
        m.put("target", target == null ? null : target.stripTrailingZeros().toPlainString());
        m.put("description", description);
        return m;
    }

    public IndicatorView view() {
        return new IndicatorView(code, nameZh, nameEn, numerator, denominator, factor, decimals, unit, direction, target,
                description, builtIn, version);
    }

    public String getCode() { return code; }
    public long getVersion() { return version; }
}
