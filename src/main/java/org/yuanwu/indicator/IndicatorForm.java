package org.yuanwu.indicator;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** What a person fills in to define an indicator or change its target (web form and API body). */
public class IndicatorForm {

    /** Required when creating; taken from the address when editing. */
    @Size(max = 100)
    @Pattern(regexp = "|[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+", message = "{indicator.validation.code}")
    private String code;
    @NotBlank
    @Size(max = 100)
    private String nameZh;
    @Size(max = 100)
    private String nameEn;
    @NotBlank
    @Size(max = 1000)
    private String numerator;
    @Size(max = 1000)
    private String denominator;
    @NotNull
    @DecimalMin(value = "0", inclusive = false)
    private BigDecimal factor = BigDecimal.valueOf(100);
    @Min(0)
    @Max(4)
    private int decimals = 1;
    @NotBlank
    @Size(max = 20)
    private String unit = "%";
    @NotNull
    private Direction direction = Direction.HIGHER;
    private BigDecimal target;
    @Size(max = 1000)
    private String description;
    private Long version;

    public static IndicatorForm of(IndicatorView v) {
        IndicatorForm f = new IndicatorForm();
        f.code = v.code();
        f.nameZh = v.nameZh();
        f.nameEn = v.nameEn();
        f.numerator = v.numerator();
        f.denominator = v.denominator();
        f.factor = v.factor();
        f.decimals = v.decimals();
        f.unit = v.unit();
        f.direction = v.direction();
        f.target = v.target();
        f.description = v.description();
        f.version = v.version();
        return f;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code == null ? null : code.trim(); }
    public String getNameZh() { return nameZh; }
    public void setNameZh(String nameZh) { this.nameZh = nameZh == null ? null : nameZh.trim(); }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn == null ? null : nameEn.trim(); }
    public String getNumerator() { return numerator; }
    public void setNumerator(String numerator) { this.numerator = numerator == null ? null : numerator.trim(); }
    public String getDenominator() { return denominator; }
    public void setDenominator(String denominator) { this.denominator = denominator == null ? null : denominator.trim(); }
    public BigDecimal getFactor() { return factor; }
    public void setFactor(BigDecimal factor) { this.factor = factor; }
    public int getDecimals() { return decimals; }
    public void setDecimals(int decimals) { this.decimals = decimals; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit == null ? null : unit.trim(); }
    public Direction getDirection() { return direction; }
    public void setDirection(Direction direction) { this.direction = direction; }
    public BigDecimal getTarget() { return target; }
    public void setTarget(BigDecimal target) { this.target = target; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
