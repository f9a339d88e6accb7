package org.yuanwu.training.internal.skill;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which skills a person has passed in a year: for each skill the latest attempt not withdrawn
 * counts (a later fail undoes an earlier pass); the skills still missing are the active ones not passed.
 */
public final class ComplianceRules {

    /** An attempt as the rule needs it. */
    public record Attempt(Long id, Long staffId, Long skillId, LocalDate on, boolean passed) {
    }

    private ComplianceRules() {
    }

    /** The attempt that counts per (staff, skill): the newest by date, then by id. */
    public static Map<List<Long>, Attempt> latest(Collection<Attempt> attempts) {
        Map<List<Long>, Attempt> latest = new HashMap<>();
        Comparator<Attempt> order = Comparator.comparing(Attempt::on).thenComparing(Attempt::id);
        for (Attempt a : attempts) {
            latest.merge(List.of(a.staffId(), a.skillId()), a, (x, y) -> order.compare(x, y) >= 0 ? x : y);
        }
        return latest;
    }

    /** staff id → the skills whose latest attempt passed. */
    public static Map<Long, Set<Long>> passedSkills(Collection<Attempt> attempts) {
        Map<Long, Set<Long>> passed = new HashMap<>();
        latest(attempts).values().stream().filter(Attempt::passed)
                .forEach(a -> passed.computeIfAbsent(a.staffId(), k -> new HashSet<>()).add(a.skillId()));
        return passed;
    }

    /** The active skills (in catalogue order) not in the passed set. */
    public static List<Long> missing(List<Long> activeSkills, Set<Long> passed) {
        return activeSkills.stream().filter(id -> passed == null || !passed.contains(id)).toList();
    }
}
