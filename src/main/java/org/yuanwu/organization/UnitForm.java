package org.yuanwu.organization;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a person fills in to create or edit an org unit (web form and API body alike). */
public class UnitForm {

    @NotBlank
    @Size(max = 32)
    @Pattern(regexp = "[A-Za-z0-9_-]*", message = "{validation.code}")
    private String code;

    @NotBlank
    @Size(max = 100)
    private String name;

    @NotNull
    private OrgUnitKind kind;

    private Long parentId;

    @Min(0)
    @Max(10000)
    private Integer bedCount;

    @Min(0)
    @Max(100000000)
    private Integer servedPopulation;

    private HygieneClass hygieneClass;

    /** The version the editor saw; required when editing. */
    private Long version;

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code == null ? null : code.trim(); }
    public String getName() { return name; }
    public void setName(String name) { this.name = name == null ? null : name.trim(); }
    public OrgUnitKind getKind() { return kind; }
    public void setKind(OrgUnitKind kind) { this.kind = kind; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public Integer getBedCount() { return bedCount; }
    public void setBedCount(Integer bedCount) { this.bedCount = bedCount; }
    public Integer getServedPopulation() { return servedPopulation; }
    public void setServedPopulation(Integer servedPopulation) { this.servedPopulation = servedPopulation; }
    public HygieneClass getHygieneClass() { return hygieneClass; }
    public void setHygieneClass(HygieneClass hygieneClass) { this.hygieneClass = hygieneClass; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }

    public static UnitForm of(UnitView u) {
        UnitForm f = new UnitForm();
        f.code = u.code();
        f.name = u.name();
        f.kind = u.kind();
        f.parentId = u.parentId();
        f.bedCount = u.bedCount();
        f.servedPopulation = u.servedPopulation();
        f.hygieneClass = u.hygieneClass();
        f.version = u.version();
        return f;
    }
}
