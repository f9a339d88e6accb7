package org.yuanwu.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a person fills in to draft or edit a plan (web form and API body). */
public class PlanForm {

    @NotNull
    private PlanKind kind = PlanKind.ANNUAL;

    @NotNull
    @Min(2000)
    @Max(2100)
    private Integer year;

    /** 1–4, for quarterly plans only. */
    private Integer quarter;

    /** 1–12, for monthly plans only. */
    private Integer month;

    @NotNull
    private Long unitId;

    @NotBlank
    @Size(max = 200)
    private String title;

    @Size(max = 4000)
    private String goals;

    private Long version;

    public PlanKind getKind() { return kind; }
    public void setKind(PlanKind kind) { this.kind = kind; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public Integer getQuarter() { return quarter; }
    public void setQuarter(Integer quarter) { this.quarter = quarter; }
    public Integer getMonth() { return month; }
    public void setMonth(Integer month) { this.month = month; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title == null ? null : title.strip(); }
    public String getGoals() { return goals; }
    public void setGoals(String goals) { this.goals = goals == null || goals.isBlank() ? null : goals.strip(); }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }

    public static PlanForm of(PlanView plan) {
        PlanForm f = new PlanForm();
        f.kind = plan.kind();
        f.year = plan.year();
        f.quarter = plan.quarter();
        f.month = plan.month();
        f.unitId = plan.unitId();
        f.title = plan.title();
        f.goals = plan.goals();
        f.version = plan.version();
        return f;
    }
}
