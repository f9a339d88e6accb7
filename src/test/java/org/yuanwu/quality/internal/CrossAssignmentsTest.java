package org.yuanwu.quality.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CrossAssignmentsTest {

    @Test
    void rotationNeverLetsAWardInspectItselfAndInspectsEveryWardOnce() {
        List<CrossAssignments.Pair> pairs = CrossAssignments.rotation(List.of(11L, 12L, 13L, 14L));
        assertThat(pairs).hasSize(4);
        assertThat(CrossAssignments.selfAssignment(pairs)).isEmpty();
        Set<Long> inspected = pairs.stream().map(CrossAssignments.Pair::inspectedUnitId).collect(Collectors.toSet());
        Set<Long> inspecting = pairs.stream().map(CrossAssignments.Pair::inspectingUnitId).collect(Collectors.toSet());
        assertThat(inspected).containsExactlyInAnyOrder(11L, 12L, 13L, 14L);
        assertThat(inspecting).containsExactlyInAnyOrder(11L, 12L, 13L, 14L);
    }

    @Test
    void twoWardsInspectEachOther() {
        assertThat(CrossAssignments.rotation(List.of(1L, 2L)))
                .containsExactly(new CrossAssignments.Pair(1L, 2L), new CrossAssignments.Pair(2L, 1L));
    }

    @Test
    void aSingleWardHasNoOneToInspectIt() {
        assertThat(CrossAssignments.rotation(List.of(1L))).isEmpty();
    }

    @Test
    void aSelfAssignmentIsFound() {
        List<CrossAssignments.Pair> pairs = List.of(new CrossAssignments.Pair(1L, 2L), new CrossAssignments.Pair(3L, 3L));
        assertThat(CrossAssignments.selfAssignment(pairs)).contains(new CrossAssignments.Pair(3L, 3L));
    }
}
