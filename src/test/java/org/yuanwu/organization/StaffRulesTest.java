package org.yuanwu.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.yuanwu.organization.internal.StaffRules;

class StaffRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static StaffForm nurse() {
        StaffForm f = new StaffForm();
        f.setEmployeeNo("N001");
        f.setName("李娜");
        f.setGender(Gender.FEMALE);
        f.setIdNumber(ResidentIdNumber.compose("430521", LocalDate.of(1990, 3, 8), 246));
        f.setTitle(ProfessionalTitle.NURSE_SUPERVISOR);
        f.setNurseLevel(NurseLevel.N3);
        f.setHireDate(LocalDate.of(2012, 7, 1));
        return f;
    }

    private static java.util.List<String> keys(StaffForm f) {
        return StaffRules.check(f, TODAY).stream().map(StaffRules.Problem::key).toList();
    }

    @Test
    void aConsistentNurseRecordBreaksNoRule() {
        assertThat(StaffRules.check(nurse(), TODAY)).isEmpty();
    }

    @Test
    void idNumberWithAWrongCheckDigitIsReported() {
        StaffForm f = nurse();
        String id = f.getIdNumber();
        f.setIdNumber(id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1'));
        assertThat(keys(f)).containsExactly("staff.error.idCheckDigit");
    }

    @Test
    void birthDateAndGenderMustAgreeWithTheIdNumber() {
        StaffForm f = nurse();
        f.setBirthDate(LocalDate.of(1991, 3, 8));
        f.setGender(Gender.MALE);
        assertThat(keys(f)).containsExactlyInAnyOrder("staff.error.birthDateMismatch", "staff.error.genderMismatch");
    }

    @Test
    void nurseLevelIsOnlyForNursingTitles() {
        StaffForm f = nurse();
        f.setTitle(ProfessionalTitle.DOCTOR_ATTENDING);
        assertThat(keys(f)).containsExactly("staff.error.nurseLevelNotNurse");
    }

    @Test
    void hireBeforeSixteenOrFarInTheFutureIsRejected() {
        StaffForm f = nurse();
        f.setBirthDate(LocalDate.of(1990, 3, 8));
        f.setHireDate(LocalDate.of(2004, 1, 1));
        assertThat(keys(f)).containsExactly("staff.error.hireBeforeSixteen");
        f.setHireDate(TODAY.plusYears(2));
        assertThat(keys(f)).containsExactly("staff.error.hireDateFuture");
    }

    @Test
    void birthDateIsDerivedFromTheIdNumberWhenLeftEmpty() {
        StaffForm f = nurse();
        StaffRules.deriveBirthDate(f);
        assertThat(f.getBirthDate()).isEqualTo(LocalDate.of(1990, 3, 8));
    }
}
