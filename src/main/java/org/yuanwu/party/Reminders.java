package org.yuanwu.party;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The reminder rule of 三会一课: on a given date, a branch is reminded of each kind whose last <em>ended</em>
 * period (the previous month for a monthly kind, the previous quarter for a quarterly one) saw fewer meetings than
 * the rhythm asks. The period still running is never overdue: the branch has until its last day. Periods that began
 * before the branch was established are not held against it.
 */
public final class Reminders {

    private Reminders() {
    }

    /** One branch's meetings, as far as the rule needs them. */
    public record BranchMeetings(Long branchId, String branchName, LocalDate establishedOn,
                                 Collection<HeldMeeting> meetings) {
    }

    public record HeldMeeting(MeetingKind kind, LocalDate heldOn) {
    }

    /** The period of {@code rhythm} that ended last before {@code on}. */
    public static LocalDate[] lastEndedPeriod(RhythmPeriod period, LocalDate on) {
        LocalDate currentStart = period.start(on);
        LocalDate previousStart = period.start(currentStart.minusDays(1));
        return new LocalDate[] {previousStart, currentStart.minusDays(1)};
    }

    public static List<Reminder> due(List<Rhythm> rhythms, Collection<BranchMeetings> branches, LocalDate on) {
        List<Reminder> out = new ArrayList<>();
        for (BranchMeetings branch : branches) {
            for (Rhythm rhythm : rhythms) {
                LocalDate[] period = lastEndedPeriod(rhythm.period(), on);
                if (branch.establishedOn() != null && branch.establishedOn().isAfter(period[0])) {
                    continue;
                }
                int held = (int) branch.meetings().stream()
                        .filter(m -> m.kind() == rhythm.kind())
                        .filter(m -> !m.heldOn().isBefore(period[0]) && !m.heldOn().isAfter(period[1]))
                        .count();
                if (held < rhythm.perPeriod()) {
                    out.add(new Reminder(branch.branchId(), branch.branchName(), rhythm.kind(), rhythm.period(),
                            period[0], period[1], held, rhythm.perPeriod()));
                }
            }
        }
        return out;
    }
}
