package org.yuanwu.training;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A skill of the catalogue: a short code, its names and the score needed to pass (default 80). */
public class SkillForm {

    @NotBlank
    @Size(max = 32)
    @Pattern(regexp = "[A-Za-z0-9_-]*", message = "{validation.code}")
    private String code;

    @NotBlank
    @Size(max = 100)
    private String nameZh;

    @Size(max = 100)
    private String nameEn;

    @NotNull
    @DecimalMin("0.0")
    @DecimalMax("1000.0")
    private BigDecimal passThreshold = SkillService.DEFAULT_THRESHOLD;

    private Long version;

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code == null ? null : code.strip(); }
    public String getNameZh() { return nameZh; }
    public void setNameZh(String nameZh) { this.nameZh = nameZh == null ? null : nameZh.strip(); }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn == null || nameEn.isBlank() ? null : nameEn.strip(); }
    public BigDecimal getPassThreshold() { return passThreshold; }
    public void setPassThreshold(BigDecimal passThreshold) { this.passThreshold = passThreshold; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }

    public static SkillForm of(SkillView s) {
        SkillForm f = new SkillForm();
        f.code = s.code();
        f.nameZh = s.nameZh();
        f.nameEn = s.nameEn();
        f.passThreshold = s.passThreshold();
        f.version = s.version();
        return f;
    }
}
