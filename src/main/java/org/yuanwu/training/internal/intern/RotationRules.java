package org.yuanwu.training.internal.intern;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/** The shape of a rotation: inside the intake's dates, and never at two wards on the same day. */
public final class RotationRules {

    private RotationRules() {
    }

    public record Span(Long id, LocalDate from, LocalDate to) {
    }

    public static boolean overlaps(LocalDate aFrom, LocalDate aTo, LocalDate bFrom, LocalDate bTo) {
        return !aFrom.isAfter(bTo) && !bFrom.isAfter(aTo);
    }

    public static boolean within(LocalDate from, LocalDate to, LocalDate intakeStart, LocalDate intakeEnd) {
        return !from.isBefore(intakeStart) && !to.isAfter(intakeEnd);
    }

    /** The first of the intern's other rotations that shares a day with the new span (the edited one excluded). */
    public static Optional<Span> firstOverlap(Span candidate, Collection<Span> others) {
        return others.stream()
                .filter(o -> candidate.id() == null || !candidate.id().equals(o.id()))
                .filter(o -> overlaps(candidate.from(), candidate.to(), o.from(), o.to()))
                .findFirst();
    }
}
