package org.yuanwu.training.internal.course;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.yuanwu.organization.EmploymentType;
import org.yuanwu.organization.NurseLevel;
import org.yuanwu.organization.ProfessionalTitle;
import org.yuanwu.organization.StaffStatus;
import org.yuanwu.organization.StaffView;

/**
 * Who a session invites: the active staff of a unit subtree, narrowed by title, nurse level and
 * employment type where any are chosen (an empty choice means "any"). A narrowed criterion never
 * matches a person with no value for it (no nurse level means not a nurse of that level).
 */
public final class AudienceRules {

    public record Audience(Long unitId, Set<ProfessionalTitle> titles, Set<NurseLevel> nurseLevels,
                           Set<EmploymentType> employmentTypes) {

        public Audience {
            titles = titles == null || titles.isEmpty() ? EnumSet.noneOf(ProfessionalTitle.class) : EnumSet.copyOf(titles);
            nurseLevels = nurseLevels == null || nurseLevels.isEmpty() ? EnumSet.noneOf(NurseLevel.class) : EnumSet.copyOf(nurseLevels);
            employmentTypes = employmentTypes == null || employmentTypes.isEmpty()
                    ? EnumSet.noneOf(EmploymentType.class) : EnumSet.copyOf(employmentTypes);
        }
    }

    private AudienceRules() {
    }

    /** Whether a staff member (already known to be in the unit subtree) is invited. */
    public static boolean invites(Audience a, StaffView s) {
        return s.status() == StaffStatus.ACTIVE
                && (a.titles().isEmpty() || a.titles().contains(s.title()))
                && (a.nurseLevels().isEmpty() || a.nurseLevels().contains(s.nurseLevel()))
                && (a.employmentTypes().isEmpty() || a.employmentTypes().contains(s.employmentType()));
    }

    /** The invited among the staff of the subtree. */
    public static List<StaffView> resolve(Audience a, Collection<StaffView> staffOfSubtree) {
        return staffOfSubtree.stream().filter(s -> invites(a, s)).toList();
    }
}
