package org.yuanwu.party;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A conduct record as entered: what kind, which unit (and staff member, when one person is concerned), when, what
 * happened and from whom (patient, family, newspaper...). A refused gift or red envelope carries its amount in yuan
 * and how it was handled.
 */
public class ConductForm {

    @NotNull
    private ConductKind kind = ConductKind.THANKS_LETTER;
    @NotNull
    private Long unitId;
    private Long staffId;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate occurredOn;
    @NotBlank
    @Size(max = 2000)
    private String description;
    @Size(max = 200)
    private String source;
    @DecimalMin("0")
    private BigDecimal amountYuan;
    private GiftHandling handling;
    private Long version;

    public ConductKind getKind() { return kind; }
    public void setKind(ConductKind kind) { this.kind = kind; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public Long getStaffId() { return staffId; }
    public void setStaffId(Long staffId) { this.staffId = staffId; }
    public LocalDate getOccurredOn() { return occurredOn; }
    public void setOccurredOn(LocalDate occurredOn) { this.occurredOn = occurredOn; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public BigDecimal getAmountYuan() { return amountYuan; }
    public void setAmountYuan(BigDecimal amountYuan) { this.amountYuan = amountYuan; }
    public GiftHandling getHandling() { return handling; }
    public void setHandling(GiftHandling handling) { this.handling = handling; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }

    public static ConductForm of(ConductView c) {
        ConductForm f = new ConductForm();
        f.kind = c.kind();
        f.unitId = c.unitId();
        f.staffId = c.staffId();
        f.occurredOn = c.occurredOn();
        f.description = c.description();
        f.source = c.source();
        f.amountYuan = c.amountYuan();
        f.handling = c.handling();
        f.version = c.version();
        return f;
    }
}
