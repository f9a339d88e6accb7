package org.yuanwu.quality.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Cross-inspection between wards: no ward inspects itself. The default rotation lets each ward
 * inspect the next one in the list (the last inspects the first), so with two or more wards every
 * ward is inspected exactly once and never by itself.
 */
public final class CrossAssignments {

    private CrossAssignments() {
    }

    public record Pair(Long inspectingUnitId, Long inspectedUnitId) {
    }

    public static List<Pair> rotation(List<Long> wardIds) {
        if (wardIds.size() < 2) {
            return List.of();
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < wardIds.size(); i++) {
            pairs.add(new Pair(wardIds.get(i), wardIds.get((i + 1) % wardIds.size())));
        }
        return pairs;
    }

    /** The first pair in which a ward would inspect itself, if any. */
    public static Optional<Pair> selfAssignment(List<Pair> pairs) {
        return pairs.stream().filter(p -> Objects.equals(p.inspectingUnitId(), p.inspectedUnitId())).findFirst();
    }
}
