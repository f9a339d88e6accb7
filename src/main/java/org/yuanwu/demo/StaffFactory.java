package org.yuanwu.demo;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.yuanwu.demo.DemoPlan.StaffSpec;
import org.yuanwu.organization.EmploymentType;
import org.yuanwu.organization.Gender;
import org.yuanwu.organization.NurseLevel;
import org.yuanwu.organization.ProfessionalTitle;
import org.yuanwu.organization.ResidentIdNumber;
import org.yuanwu.organization.StaffStatus;

/** Makes one plausible staff member at a time: age, career history, title and level hang together. */
final class StaffFactory {

    /** The demo's "today", fixed so that the same seed gives the same dates whatever day it runs. */
    static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
    /** Ages at {@link #AS_OF}: born 1965–2003. */
    static final int YOUNGEST = 22;
    static final int OLDEST = 60;

    /** Title rank odds (junior … chief) by years of experience: {from years, w0, w1, w2, w3, w4}. */
    private static final int[][] RANK_BY_EXPERIENCE = {
            {0, 90, 10, 0, 0, 0},
            {3, 35, 65, 0, 0, 0},
            {6, 5, 65, 30, 0, 0},
            {10, 0, 30, 65, 5, 0},
            {15, 0, 10, 82, 8, 0},
            {22, 0, 5, 75, 17, 3}};
    private static final int[] LEADER_RANK = {0, 0, 65, 32, 3};

    /** Nurse level odds (N0 … N4) by years of experience: {from years, w0, w1, w2, w3, w4}. */
    private static final int[][] LEVEL_BY_EXPERIENCE = {
            {0, 100, 0, 0, 0, 0},
            {2, 5, 90, 5, 0, 0},
            {7, 0, 35, 60, 5, 0},
            {12, 0, 10, 60, 28, 2},
            {20, 0, 0, 45, 40, 15}};
    private static final int[] LEADER_LEVEL = {0, 0, 0, 70, 30};

    private static final double RETIRED_SHARE_PAST_AGE = 0.5;
    private static final double LEFT_SHARE_OF_CONTRACTS = 0.04;
    /** Some staff came from another employer, years after starting work. */
    private static final double TRANSFER_SHARE = 0.2;

    private final Random random;
    private final ChineseNames names;
    private final Set<String> idNumbers = new HashSet<>();
    private final Set<String> phones = new HashSet<>();

    StaffFactory(Random random) {
        this.random = random;
        this.names = new ChineseNames(random);
    }

    /** The holder of a unit's post: senior, employed as the career's leaders are, and in post. */
    StaffSpec leader(String employeeNo, String unitCode, HospitalLayout.Post post) {
        Career career = post.career();
        return make(employeeNo, unitCode, career, career.leaderEmployment, between(42, 56), post.position());
    }

    /** A rank-and-file member of a unit. */
    StaffSpec member(String employeeNo, String unitCode, Career career, boolean hostsTrainees) {
        EmploymentType employment = Odds.pick(random, career.employment(hostsTrainees));
        int youngest = Math.max(YOUNGEST, career.startAge + 1);
        int age = switch (employment) {
            case INTERN -> between(YOUNGEST, 23);
            case RESIDENT_TRAINEE -> between(youngest, youngest + 3);
            case VISITING -> between(27, 42);
            // Younger staff are more common (turnover, a growing hospital): a uniform draw raised to a power.
            default -> youngest + (int) ((OLDEST - youngest + 1) * Math.pow(random.nextDouble(), career.ageSkew));
        };
        return make(employeeNo, unitCode, career, employment, age, null);
    }

    /** Everything that follows from career, contract and age; a leader position makes a senior, active post holder. */
    private StaffSpec make(String employeeNo, String unitCode, Career career, EmploymentType employment, int age,
                           String leaderPosition) {
        boolean leader = leaderPosition != null;
        Gender gender = random.nextDouble() < career.femaleShare ? Gender.FEMALE : Gender.MALE;
        LocalDate birth = AS_OF.minusYears(age).minusDays(random.nextInt(365));
        LocalDate hire = hireDate(career, employment, birth);
        // Titles and levels follow experience since starting work anywhere, not just here (transfers, visitors).
        int experience = Math.max(0, age - career.startAge - 1);
        ProfessionalTitle title = employment == EmploymentType.INTERN ? null
                : career.title(leader ? Odds.pickIndex(random, LEADER_RANK) : pickByExperience(RANK_BY_EXPERIENCE, experience));
        NurseLevel level = title == null || !title.isNursing() ? null : NurseLevel.values()[leader
                ? Odds.pickIndex(random, LEADER_LEVEL) : pickByExperience(LEVEL_BY_EXPERIENCE, experience)];
        StaffStatus status = leader ? StaffStatus.ACTIVE : status(gender, age, employment);
        String position = leader ? leaderPosition : position(career, employment, title);
        return new StaffSpec(employeeNo, names.next(gender), gender, birth, idNumber(birth, gender), phone(), unitCode,
                position, title, level, hire, employment, status);
    }

    private LocalDate hireDate(Career career, EmploymentType employment, LocalDate birth) {
        LocalDate hire = switch (employment) {
            case INTERN, VISITING -> AS_OF.minusDays(random.nextInt(180));
            case RESIDENT_TRAINEE -> AS_OF.minusDays(random.nextInt(3 * 365));
            default -> {
                LocalDate start = birth.plusYears(career.startAge + random.nextInt(3)).plusDays(random.nextInt(365));
                if (random.nextDouble() < TRANSFER_SHARE) {
                    start = start.plusYears(random.nextInt(10));
                }
                yield start.isAfter(AS_OF) ? AS_OF.minusDays(random.nextInt(180)) : start;
            }
        };
        // Nobody starts before 21 (everyone is at least 22 at AS_OF, so this date has passed).
        LocalDate earliest = birth.plusYears(21);
        return hire.isBefore(earliest) ? earliest : hire;
    }

    private StaffStatus status(Gender gender, int age, EmploymentType employment) {
        int retirementAge = gender == Gender.FEMALE ? 55 : 60;
        if (age >= retirementAge && random.nextDouble() < RETIRED_SHARE_PAST_AGE) {
            return StaffStatus.RETIRED;
        }
        boolean contracted = employment == EmploymentType.CONTRACT || employment == EmploymentType.AGENCY;
        return contracted && random.nextDouble() < LEFT_SHARE_OF_CONTRACTS ? StaffStatus.LEFT : StaffStatus.ACTIVE;
    }

    private static String position(Career career, EmploymentType employment, ProfessionalTitle title) {
        return switch (career) {
            case NURSE -> switch (employment) {
                case INTERN -> "实习护士";
                case RESIDENT_TRAINEE -> "规培护士";
                case VISITING -> "进修护士";
                default -> "责任护士";
            };
            case DOCTOR -> switch (employment) {
                case INTERN -> "实习医生";
                case RESIDENT_TRAINEE -> "规培医师";
                case VISITING -> "进修医师";
                default -> title == ProfessionalTitle.DOCTOR ? "住院医师" : title.zh();
            };
            case PRIMARY_DOCTOR -> "乡村医生";
            case TECHNICIAN, PHARMACIST -> title == null ? "实习生" : title.zh();
            case ADMINISTRATOR -> "科员";
        };
    }

    private int pickByExperience(int[][] table, int years) {
        int[] row = table[0];
        for (int[] r : table) {
            if (years >= r[0]) {
                row = r;
            }
        }
        return Odds.pickIndex(random, java.util.Arrays.copyOfRange(row, 1, row.length));
    }

    /** A valid ID number whose sequence parity matches the sex (odd for men), never issued twice. */
    private String idNumber(LocalDate birth, Gender gender) {
        String area = Odds.pick(random, HospitalLayout.BIRTH_AREAS);
        while (true) {
            String id = ResidentIdNumber.compose(area, birth, random.nextInt(500) * 2 + (gender == Gender.MALE ? 1 : 0));
            if (idNumbers.add(id)) {
                return id;
            }
        }
    }

    private String phone() {
        while (true) {
            String phone = String.format("13%d%08d", random.nextInt(10), random.nextInt(100_000_000));
            if (phones.add(phone)) {
                return phone;
            }
        }
    }

    private int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }
}
