package org.yuanwu.infection.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterRuleTest {

    private static ClusterRule.CaseOnset c(long id, long unit, String pathogen, String onset) {
        return new ClusterRule.CaseOnset(id, unit, pathogen, LocalDate.parse(onset));
    }

    @Test
    void threeCasesOfOnePathogenInOneWardWithin14DaysAreACluster() {
        List<ClusterRule.Cluster> found = ClusterRule.find(List.of(c(1, 10, "大肠埃希菌", "2026-03-01"),
                c(2, 10, "大肠埃希菌 ", "2026-03-07"), c(3, 10, "大肠埃希菌", "2026-03-14")), 3, 14);
        assertThat(found).singleElement().satisfies(cl -> {
            assertThat(cl.caseIds()).containsExactly(1L, 2L, 3L);
            assertThat(cl.first()).isEqualTo(LocalDate.parse("2026-03-01"));
            assertThat(cl.last()).isEqualTo(LocalDate.parse("2026-03-14"));
        });
    }

    @Test
    void theFifteenthDayIsOutsideTheWindow() {
        assertThat(ClusterRule.find(List.of(c(1, 10, "MRSA", "2026-03-01"), c(2, 10, "MRSA", "2026-03-07"),
                c(3, 10, "MRSA", "2026-03-15")), 3, 14)).isEmpty();
    }

    @Test
    void otherWardsOtherPathogensAndMissingPathogensDoNotCount() {
        assertThat(ClusterRule.find(List.of(c(1, 10, "MRSA", "2026-03-01"), c(2, 11, "MRSA", "2026-03-02"),
                c(3, 10, "鲍曼不动杆菌", "2026-03-03"), c(4, 10, null, "2026-03-03"), c(5, 10, "MRSA", "2026-03-04")), 3, 14))
                .isEmpty();
    }

    @Test
    void overlappingWindowsMergeIntoOneClusterAndSeparateOnesStaySeparate() {
        List<ClusterRule.Cluster> found = ClusterRule.find(List.of(c(1, 10, "mrsa", "2026-01-01"), c(2, 10, "MRSA", "2026-01-05"),
                c(3, 10, "MRSA", "2026-01-10"), c(4, 10, "MRSA", "2026-01-18"), c(9, 10, "MRSA", "2026-06-01"),
                c(10, 10, "MRSA", "2026-06-02"), c(11, 10, "MRSA", "2026-06-03")), 3, 14);
        assertThat(found).hasSize(2);
        assertThat(found.get(0).caseIds()).containsExactly(1L, 2L, 3L, 4L);
        assertThat(found.get(1).caseIds()).containsExactly(9L, 10L, 11L);
    }
}
