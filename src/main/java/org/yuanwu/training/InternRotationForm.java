package org.yuanwu.training;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** One block of an intern's rotation: a ward and its dates (inclusive). */
public class InternRotationForm {

    private Long unitId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate fromOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate toOn;
    private Long version;

    public static InternRotationForm of(Long unitId, LocalDate fromOn, LocalDate toOn) {
        InternRotationForm f = new InternRotationForm();
        f.unitId = unitId;
        f.fromOn = fromOn;
        f.toOn = toOn;
        return f;
    }

    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public LocalDate getFromOn() { return fromOn; }
    public void setFromOn(LocalDate fromOn) { this.fromOn = fromOn; }
    public LocalDate getToOn() { return toOn; }
    public void setToOn(LocalDate toOn) { this.toOn = toOn; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
