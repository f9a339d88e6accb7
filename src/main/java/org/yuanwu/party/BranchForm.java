package org.yuanwu.party;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** A branch as entered (web form and API body): name, units covered (the first is its home), secretary. */
public class BranchForm {

    @NotBlank
    @Size(max = 100)
    private String name;
    private Long secretaryStaffId;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate establishedOn;
    private List<Long> unitIds = new ArrayList<>();
    private Long version;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Long getSecretaryStaffId() { return secretaryStaffId; }
    public void setSecretaryStaffId(Long secretaryStaffId) { this.secretaryStaffId = secretaryStaffId; }
    public LocalDate getEstablishedOn() { return establishedOn; }
    public void setEstablishedOn(LocalDate establishedOn) { this.establishedOn = establishedOn; }
    public List<Long> getUnitIds() { return unitIds; }
    public void setUnitIds(List<Long> unitIds) { this.unitIds = unitIds == null ? new ArrayList<>() : unitIds; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }

    public static BranchForm of(BranchView b) {
        BranchForm f = new BranchForm();
        f.name = b.name();
        f.secretaryStaffId = b.secretaryStaffId();
        f.establishedOn = b.establishedOn();
        f.unitIds = new ArrayList<>(b.unitIds());
        f.version = b.version();
        return f;
    }
}
