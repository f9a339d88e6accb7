package org.yuanwu.training;

import java.util.LinkedHashSet;
import java.util.Set;
import org.yuanwu.organization.NurseLevel;
import org.yuanwu.organization.ProfessionalTitle;

/**
 * Who is invited: the active staff of a unit and everything below it, narrowed to the given
 * titles and nurse levels (empty: any), plus staff named one by one. Resolved and stored.
 */
public class ExamInvitation {

    private Long unitId;
    private Set<ProfessionalTitle> titles = new LinkedHashSet<>();
    private Set<NurseLevel> levels = new LinkedHashSet<>();
    private Set<Long> staffIds = new LinkedHashSet<>();

    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public Set<ProfessionalTitle> getTitles() { return titles; }
    public void setTitles(Set<ProfessionalTitle> titles) { this.titles = titles == null ? new LinkedHashSet<>() : titles; }
    public Set<NurseLevel> getLevels() { return levels; }
    public void setLevels(Set<NurseLevel> levels) { this.levels = levels == null ? new LinkedHashSet<>() : levels; }
    public Set<Long> getStaffIds() { return staffIds; }
    public void setStaffIds(Set<Long> staffIds) { this.staffIds = staffIds == null ? new LinkedHashSet<>() : staffIds; }
}
