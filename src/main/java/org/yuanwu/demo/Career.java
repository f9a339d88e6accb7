package org.yuanwu.demo;

import static org.yuanwu.organization.EmploymentType.AGENCY;
import static org.yuanwu.organization.EmploymentType.CONTRACT;
import static org.yuanwu.organization.EmploymentType.ESTABLISHED;
import static org.yuanwu.organization.EmploymentType.INTERN;
import static org.yuanwu.organization.EmploymentType.RESIDENT_TRAINEE;
import static org.yuanwu.organization.EmploymentType.VISITING;

import java.util.List;
import org.yuanwu.organization.EmploymentType;
import org.yuanwu.organization.ProfessionalTitle;

/** The kind of work a demo staff member does, with what follows from it: titles, sex ratio, age at hire, contracts. */
enum Career {

    NURSE(Ladder.NURSING, 0, 4, 0.92, 20, 2.5, ESTABLISHED, List.of(Odds.of(ESTABLISHED, 38), Odds.of(CONTRACT, 40),
            Odds.of(AGENCY, 5), Odds.of(RESIDENT_TRAINEE, 4), Odds.of(VISITING, 4), Odds.of(INTERN, 9))),
    // Hospital doctors hold a degree, so they start as 医师, never 医士.
    DOCTOR(Ladder.MEDICAL, 1, 4, 0.45, 24, 1.8, ESTABLISHED, List.of(Odds.of(ESTABLISHED, 48), Odds.of(CONTRACT, 20),
            Odds.of(AGENCY, 4), Odds.of(RESIDENT_TRAINEE, 14), Odds.of(VISITING, 6), Odds.of(INTERN, 8))),
    /** Village and school doctors: 医士 or 医师 at most. */
    PRIMARY_DOCTOR(Ladder.MEDICAL, 0, 1, 0.35, 20, 1.8, CONTRACT, List.of(Odds.of(CONTRACT, 70), Odds.of(ESTABLISHED, 30))),
    TECHNICIAN(Ladder.TECHNICAL, 0, 4, 0.50, 21, 1.8, ESTABLISHED, List.of(Odds.of(ESTABLISHED, 50), Odds.of(CONTRACT, 38),
            Odds.of(AGENCY, 4), Odds.of(INTERN, 8))),
    PHARMACIST(Ladder.PHARMACY, 0, 4, 0.65, 21, 1.8, ESTABLISHED, List.of(Odds.of(ESTABLISHED, 50), Odds.of(CONTRACT, 38),
            Odds.of(AGENCY, 4), Odds.of(INTERN, 8))),
    /** Office staff without a health-series title. */
    ADMINISTRATOR(List.of(), 0, 0, 0.55, 22, 1.8, ESTABLISHED, List.of(Odds.of(ESTABLISHED, 60), Odds.of(CONTRACT, 40)));

    final List<ProfessionalTitle> ladder;
    final int lowestRank;
    final int highestRank;
    final double femaleShare;
    /** The earliest age at which this career starts work (at least 20). */
    final int startAge;
    /** How strongly ages lean young (1 = evenly spread); nursing has the youngest workforce. */
    final double ageSkew;
    /** How unit leaders of this career are employed. */
    final EmploymentType leaderEmployment;
    final List<Odds<EmploymentType>> employment;

    private static final java.util.Set<EmploymentType> TRAINING = java.util.EnumSet.of(INTERN, RESIDENT_TRAINEE, VISITING);

    Career(List<ProfessionalTitle> ladder, int lowestRank, int highestRank, double femaleShare, int startAge,
           double ageSkew, EmploymentType leaderEmployment, List<Odds<EmploymentType>> employment) {
        this.ladder = ladder;
        this.lowestRank = lowestRank;
        this.highestRank = highestRank;
        this.femaleShare = femaleShare;
        this.startAge = startAge;
        this.ageSkew = ageSkew;
        this.leaderEmployment = leaderEmployment;
        this.employment = employment;
    }

    /** How rank-and-file staff are employed; units that host no trainees have none of the training contracts. */
    List<Odds<EmploymentType>> employment(boolean hostsTrainees) {
        return hostsTrainees ? employment : employment.stream().filter(o -> !TRAINING.contains(o.value())).toList();
    }

    /** The title at a rank (0 junior … 4 chief), kept within what this career reaches; null without a ladder. */
    ProfessionalTitle title(int rank) {
        return ladder.isEmpty() ? null : ladder.get(Math.max(lowestRank, Math.min(highestRank, rank)));
    }

    /** Each series' titles, junior to chief, in the enum's own order. */
    private static final class Ladder {
        static final List<ProfessionalTitle> NURSING = series(ProfessionalTitle.Series.NURSING);
        static final List<ProfessionalTitle> MEDICAL = series(ProfessionalTitle.Series.MEDICAL);
        static final List<ProfessionalTitle> TECHNICAL = series(ProfessionalTitle.Series.TECHNICAL);
        static final List<ProfessionalTitle> PHARMACY = series(ProfessionalTitle.Series.PHARMACY);

        private static List<ProfessionalTitle> series(ProfessionalTitle.Series series) {
            return java.util.Arrays.stream(ProfessionalTitle.values()).filter(t -> t.series() == series).toList();
        }
    }
}
