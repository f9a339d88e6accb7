package org.yuanwu.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yuanwu.common.DataScope;
import org.yuanwu.demo.DemoPlan.StaffSpec;
import org.yuanwu.demo.DemoPlan.UnitSpec;
import org.yuanwu.demo.DemoPlan.UserSpec;
import org.yuanwu.identity.Role;
import org.yuanwu.organization.EmploymentType;
import org.yuanwu.organization.HygieneClass;
import org.yuanwu.organization.NurseLevel;
import org.yuanwu.organization.OrgUnitKind;
import org.yuanwu.organization.ProfessionalTitle;
import org.yuanwu.organization.ResidentIdNumber;
import org.yuanwu.organization.StaffStatus;

class DemoPlannerTest {

    private static final long SEED = 20260101L;
    private static final DemoPlan PLAN = DemoPlanner.plan(SEED, 1);

    private static List<UnitSpec> units(OrgUnitKind kind) {
        return PLAN.units().stream().filter(u -> u.kind() == kind).toList();
    }

    private static List<StaffSpec> staffWhere(Predicate<StaffSpec> filter) {
        return PLAN.staff().stream().filter(filter).toList();
    }

    private static List<StaffSpec> hospitalStaff() {
        return staffWhere(s -> s.unitCode().startsWith("H01"));
    }

    private static double share(List<StaffSpec> staff, Predicate<StaffSpec> filter) {
        return (double) staff.stream().filter(filter).count() / staff.size();
    }

    @Test
    void sameSeedAndFactorGiveTheSamePlan() {
        assertThat(DemoPlanner.plan(SEED, 1)).isEqualTo(PLAN);
    }

    @Test
    void differentSeedsGiveDifferentPeople() {
        DemoPlan other = DemoPlanner.plan(SEED + 1, 1);
        assertThat(other.staff().stream().map(StaffSpec::name).toList())
                .isNotEqualTo(PLAN.staff().stream().map(StaffSpec::name).toList());
    }

    @Test
    void factorOneIsOneHospitalWithFifteenDepartmentsFortyWardsAndSixHundredStaff() {
        assertThat(units(OrgUnitKind.INSTITUTION)).singleElement().satisfies(h -> assertThat(h.name()).isEqualTo("演示县人民医院"));
        assertThat(units(OrgUnitKind.DEPARTMENT)).hasSize(15);
        assertThat(units(OrgUnitKind.WARD)).hasSize(40);
        assertThat(PLAN.wardCount()).isEqualTo(40);
        assertThat(hospitalStaff()).hasSize(600);
    }

    @Test
    void everyUnitComesAfterItsParentAndCodesAreUnique() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (UnitSpec u : PLAN.units()) {
            assertThat(u.parentCode() == null || seen.contains(u.parentCode())).as(u.code()).isTrue();
            assertThat(seen.add(u.code())).as("duplicate " + u.code()).isTrue();
            assertThat(u.code()).matches("[A-Za-z0-9_-]{1,32}");
        }
    }

    @Test
    void wardsSitUnderDepartmentsWithTwentyToSixtyBedsAndAHygieneClass() {
        Map<String, UnitSpec> byCode = PLAN.units().stream().collect(Collectors.toMap(UnitSpec::code, Function.identity()));
        assertThat(units(OrgUnitKind.WARD)).allSatisfy(w -> {
            assertThat(byCode.get(w.parentCode()).kind()).isEqualTo(OrgUnitKind.DEPARTMENT);
            assertThat(w.bedCount()).isBetween(20, 60);
            assertThat(w.hygieneClass()).isNotNull();
            assertThat(w.name()).endsWith("病区");
        });
    }

    @Test
    void intensiveCareNeonatalAndBurnsWardsAreClassTwoInfectiousDiseaseClassFourOthersClassThree() {
        assertThat(units(OrgUnitKind.WARD)).allSatisfy(w -> {
            HygieneClass expected = w.name().matches("(重症|新生儿|烧伤).*") ? HygieneClass.II
                    : w.name().startsWith("感染") ? HygieneClass.IV : HygieneClass.III;
            assertThat(w.hygieneClass()).as(w.name()).isEqualTo(expected);
        });
    }

    @Test
    void onlyWardsHaveBedsAndOnlyClinicsAndSchoolsHaveAPopulation() {
        assertThat(PLAN.units()).allSatisfy(u -> {
            assertThat(u.bedCount() != null).isEqualTo(u.kind().hasBeds());
            if (u.servedPopulation() != null) {
                assertThat(u.kind().servesPopulation()).isTrue();
            }
        });
    }

    @Test
    void townshipServesAboutThirtyThousandWithFiveVillageClinicsOfOneToThreeThousand() {
        assertThat(units(OrgUnitKind.TOWNSHIP_CENTRE)).singleElement()
                .satisfies(t -> assertThat(t.servedPopulation()).isBetween(28_000, 32_000));
        assertThat(units(OrgUnitKind.VILLAGE_CLINIC)).hasSize(5).allSatisfy(v -> {
            assertThat(v.servedPopulation()).isBetween(1_000, 3_000);
            assertThat(staffWhere(s -> s.unitCode().equals(v.code()))).hasSizeBetween(2, 3);
        });
        assertThat(staffWhere(s -> s.unitCode().equals("T01"))).hasSizeBetween(5, 15);
    }

    @Test
    void schoolOfAboutTwelveHundredStudentsHasAHealthRoomWithOneOrTwoStaff() {
        UnitSpec school = units(OrgUnitKind.SCHOOL).get(0);
        assertThat(school.servedPopulation()).isBetween(1_150, 1_250);
        assertThat(units(OrgUnitKind.HEALTH_ROOM)).singleElement().satisfies(room -> {
            assertThat(room.parentCode()).isEqualTo(school.code());
            assertThat(staffWhere(s -> s.unitCode().equals(room.code()))).hasSizeBetween(1, 2);
        });
    }

    @Test
    void everyWardHasExactlyOneHeadNurseWhoIsAnActiveNurse() {
        for (UnitSpec ward : units(OrgUnitKind.WARD)) {
            assertThat(staffWhere(s -> s.unitCode().equals(ward.code()) && "护士长".equals(s.position())))
                    .as(ward.name()).singleElement().satisfies(head -> {
                        assertThat(head.title().isNursing()).isTrue();
                        assertThat(head.status()).isEqualTo(StaffStatus.ACTIVE);
                    });
        }
    }

    @Test
    void everyDepartmentHasExactlyOneHeadOfDepartment() {
        for (UnitSpec d : units(OrgUnitKind.DEPARTMENT)) {
            String headPost = d.name().equals("手术室") ? "护士长" : "科主任";
            assertThat(staffWhere(s -> s.unitCode().equals(d.code()) && headPost.equals(s.position()))).as(d.name()).hasSize(1);
        }
    }

    @Test
    void idNumbersAreValidUniqueAndAgreeWithBirthDateAndGender() {
        assertThat(PLAN.staff()).allSatisfy(s -> {
            assertThat(ResidentIdNumber.isValid(s.idNumber())).as(s.idNumber()).isTrue();
            assertThat(ResidentIdNumber.birthDate(s.idNumber())).contains(s.birthDate());
            assertThat(ResidentIdNumber.gender(s.idNumber())).isEqualTo(s.gender());
        });
        assertThat(PLAN.staff().stream().map(StaffSpec::idNumber).distinct()).hasSameSizeAs(PLAN.staff());
    }

    @Test
    void birthDatesFall1965To2003AndHiringIsAfterTheTwentiethBirthdayAndNotInTheFuture() {
        assertThat(PLAN.staff()).allSatisfy(s -> {
            assertThat(s.birthDate()).isBetween(LocalDate.of(1965, 1, 1), LocalDate.of(2003, 12, 31));
            assertThat(s.hireDate()).isAfterOrEqualTo(s.birthDate().plusYears(20)).isBeforeOrEqualTo(StaffFactory.AS_OF);
        });
    }

    @Test
    void employeeNumbersAreUniqueAndPhonesAreElevenDigitMobiles() {
        assertThat(PLAN.staff().stream().map(StaffSpec::employeeNo).distinct()).hasSameSizeAs(PLAN.staff());
        assertThat(hospitalStaff()).allSatisfy(s -> assertThat(s.employeeNo()).matches("H\\d{4}"));
        assertThat(PLAN.staff()).allSatisfy(s -> assertThat(s.phone()).matches("13\\d{9}"));
    }

    @Test
    void nurseLevelsGoOnlyToNursingTitlesAndJuniorLevelsOutnumberSeniorOnes() {
        assertThat(PLAN.staff()).allSatisfy(s ->
                assertThat(s.nurseLevel() != null).as(s.employeeNo()).isEqualTo(s.title() != null && s.title().isNursing()));
        List<StaffSpec> rankAndFile = staffWhere(s -> s.nurseLevel() != null && !s.position().contains("长")
                && !s.position().contains("主任"));
        long junior = rankAndFile.stream().filter(s -> EnumSet.of(NurseLevel.N0, NurseLevel.N1).contains(s.nurseLevel())).count();
        long senior = rankAndFile.stream().filter(s -> EnumSet.of(NurseLevel.N3, NurseLevel.N4).contains(s.nurseLevel())).count();
        assertThat(junior).isGreaterThan(senior);
    }

    @Test
    void wardStaffAreAboutTwoThirdsNursesAndAThirdDoctors() {
        List<StaffSpec> wardStaff = staffWhere(s -> s.unitCode().startsWith("H01-W") && s.title() != null);
        assertThat(share(wardStaff, s -> s.title().isNursing())).isBetween(0.55, 0.80);
        assertThat(share(wardStaff, s -> s.title().series() == ProfessionalTitle.Series.MEDICAL)).isBetween(0.20, 0.40);
        assertThat(hospitalStaff()).anyMatch(s -> s.title() != null && s.title().series() == ProfessionalTitle.Series.TECHNICAL)
                .anyMatch(s -> s.title() != null && s.title().series() == ProfessionalTitle.Series.PHARMACY);
    }

    @Test
    void mostStaffAreEstablishedOrContractedAndInPostWithAFewTraineesLeaversAndRetirees() {
        List<StaffSpec> staff = hospitalStaff();
        assertThat(share(staff, s -> EnumSet.of(EmploymentType.ESTABLISHED, EmploymentType.CONTRACT)
                .contains(s.employmentType()))).isGreaterThan(0.7);
        assertThat(staff).anyMatch(s -> s.employmentType() == EmploymentType.RESIDENT_TRAINEE)
                .anyMatch(s -> s.employmentType() == EmploymentType.VISITING)
                .anyMatch(s -> s.employmentType() == EmploymentType.INTERN);
        assertThat(share(staff, s -> s.status() == StaffStatus.ACTIVE)).isGreaterThan(0.9);
        assertThat(staff).anyMatch(s -> s.status() == StaffStatus.LEFT).anyMatch(s -> s.status() == StaffStatus.RETIRED);
    }

    @Test
    void internsHaveNoTitleAndTraineesAreNeverPlacedInOfficesOrPrimaryCare() {
        assertThat(staffWhere(s -> s.employmentType() == EmploymentType.INTERN)).allSatisfy(s -> assertThat(s.title()).isNull());
        assertThat(staffWhere(s -> s.unitCode().contains("-O") || !s.unitCode().startsWith("H01")))
                .noneMatch(s -> EnumSet.of(EmploymentType.INTERN, EmploymentType.RESIDENT_TRAINEE, EmploymentType.VISITING)
                        .contains(s.employmentType()));
    }

    @Test
    void sizeFactorMultipliesWardsAndHospitalStaffButNotPrimaryCare() {
        DemoPlan triple = DemoPlanner.plan(SEED, 3);
        assertThat(triple.wardCount()).isEqualTo(120);
        assertThat(triple.staff().stream().filter(s -> s.unitCode().startsWith("H01"))).hasSize(1800);
        assertThat(triple.units().stream().filter(u -> u.kind() == OrgUnitKind.DEPARTMENT)).hasSize(15);
        assertThat(triple.units().stream().filter(u -> u.kind() == OrgUnitKind.VILLAGE_CLINIC)).hasSize(5);
        assertThat(triple.staff().stream().map(StaffSpec::employeeNo).distinct()).hasSameSizeAs(triple.staff());
    }

    @Test
    void sizeFactorBelowOneIsRejected() {
        assertThatThrownBy(() -> DemoPlanner.plan(SEED, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thereIsOneDemoUserPerRoleWithTheAgreedUsernames() {
        assertThat(PLAN.users().stream().map(UserSpec::role)).containsExactlyInAnyOrder(Role.values());
        assertThat(PLAN.users().stream().map(UserSpec::username)).containsExactlyInAnyOrder("sysadmin", "leader",
                "nursing", "headnurse", "quality", "infection", "healthedu", "union", "party", "logistics", "depthead",
                "clinicdoc", "occhealth", "staff1");
    }

    @Test
    void scopedDemoUsersAreAnchoredWhereTheyWorkAndLinkedToThatPerson() {
        Map<Role, UserSpec> byRole = PLAN.users().stream().collect(Collectors.toMap(UserSpec::role, Function.identity()));
        Map<String, StaffSpec> staff = PLAN.staff().stream().collect(Collectors.toMap(StaffSpec::employeeNo, Function.identity()));
        Map<String, UnitSpec> unitsByCode = PLAN.units().stream().collect(Collectors.toMap(UnitSpec::code, Function.identity()));

        assertAnchored(byRole.get(Role.HEAD_NURSE), DataScope.OWN_UNIT, OrgUnitKind.WARD, unitsByCode, staff);
        assertThat(staff.get(byRole.get(Role.HEAD_NURSE).employeeNo()).position()).isEqualTo("护士长");
        assertAnchored(byRole.get(Role.DEPARTMENT_HEAD), DataScope.SUBTREE, OrgUnitKind.DEPARTMENT, unitsByCode, staff);
        assertThat(staff.get(byRole.get(Role.DEPARTMENT_HEAD).employeeNo()).position()).isEqualTo("科主任");
        assertAnchored(byRole.get(Role.CLINIC_DOCTOR), DataScope.OWN_UNIT, OrgUnitKind.VILLAGE_CLINIC, unitsByCode, staff);
        assertAnchored(byRole.get(Role.STAFF_MEMBER), DataScope.OWN_UNIT, OrgUnitKind.WARD, unitsByCode, staff);
        assertThat(byRole.get(Role.STAFF_MEMBER).employeeNo()).isNotEqualTo(byRole.get(Role.HEAD_NURSE).employeeNo());

        EnumSet<Role> scoped = EnumSet.of(Role.HEAD_NURSE, Role.DEPARTMENT_HEAD, Role.CLINIC_DOCTOR, Role.STAFF_MEMBER);
        assertThat(PLAN.users()).filteredOn(u -> !scoped.contains(u.role())).allSatisfy(u -> {
            assertThat(u.dataScope()).isEqualTo(DataScope.ALL);
            assertThat(u.unitCode()).isNull();
        });
    }

    private static void assertAnchored(UserSpec user, DataScope scope, OrgUnitKind kind, Map<String, UnitSpec> units,
                                       Map<String, StaffSpec> staff) {
        assertThat(user.dataScope()).as(user.username()).isEqualTo(scope);
        assertThat(units.get(user.unitCode()).kind()).as(user.username()).isEqualTo(kind);
        StaffSpec person = staff.get(user.employeeNo());
        assertThat(person.unitCode()).as(user.username()).isEqualTo(user.unitCode());
        assertThat(person.status()).isEqualTo(StaffStatus.ACTIVE);
        assertThat(user.displayName()).isEqualTo(person.name());
    }

    @Test
    void apportioningGivesEveryPartAtLeastOneFollowsTheWeightsAndAddsUpToTheTotal() {
        int[] parts = DemoPlanner.apportion(100, new int[] {10, 30, 60, 1});
        assertThat(java.util.Arrays.stream(parts).sum()).isEqualTo(100);
        assertThat(parts[3]).isGreaterThanOrEqualTo(1);
        assertThat(parts[0]).isLessThan(parts[1]);
        assertThat(parts[1]).isLessThan(parts[2]);
        assertThatThrownBy(() -> DemoPlanner.apportion(2, new int[] {1, 1, 1})).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wardsOfOneSpecialtyAreNumberedInChineseAndALoneWardIsNotNumbered() {
        assertThat(DemoPlanner.wardName("心内科", 1, 2)).isEqualTo("心内科一病区");
        assertThat(DemoPlanner.wardName("心内科", 2, 2)).isEqualTo("心内科二病区");
        assertThat(DemoPlanner.wardName("肾内科", 1, 1)).isEqualTo("肾内科病区");
        assertThat(DemoPlanner.chineseNumber(10)).isEqualTo("十");
        assertThat(DemoPlanner.chineseNumber(11)).isEqualTo("十一");
        assertThat(DemoPlanner.chineseNumber(20)).isEqualTo("二十");
        assertThat(DemoPlanner.chineseNumber(47)).isEqualTo("四十七");
        assertThat(DemoPlanner.chineseNumber(120)).isEqualTo("120");
    }
}
