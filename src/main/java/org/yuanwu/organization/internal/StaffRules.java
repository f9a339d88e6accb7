package org.yuanwu.organization.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.yuanwu.organization.ResidentIdNumber;
import org.yuanwu.organization.StaffForm;

/** Cross-field rules of a staff record that Bean Validation cannot state on one field. */
public final class StaffRules {

    /** One broken rule: the field it concerns, the message key and its arguments. */
    public record Problem(String field, String key, Object... args) {
    }

    private StaffRules() {
    }

    public static List<Problem> check(StaffForm f, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (f.getIdNumber() != null) {
            if (!ResidentIdNumber.hasValidFormat(f.getIdNumber())) {
                problems.add(new Problem("idNumber", "staff.error.idFormat"));
            } else if (!ResidentIdNumber.isValid(f.getIdNumber())) {
                problems.add(new Problem("idNumber", "staff.error.idCheckDigit"));
            } else {
                LocalDate encoded = ResidentIdNumber.birthDate(f.getIdNumber()).orElseThrow();
                if (f.getBirthDate() != null && !f.getBirthDate().equals(encoded)) {
                    problems.add(new Problem("birthDate", "staff.error.birthDateMismatch", encoded.toString()));
                }
                if (f.getGender() != null && f.getGender() != ResidentIdNumber.gender(f.getIdNumber())) {
                    problems.add(new Problem("gender", "staff.error.genderMismatch"));
                }
            }
        }
        if (f.getBirthDate() != null && (f.getBirthDate().isAfter(today) || f.getBirthDate().isBefore(today.minusYears(120)))) {
            problems.add(new Problem("birthDate", "staff.error.birthDateRange"));
        }
        if (f.getHireDate() != null && f.getHireDate().isAfter(today.plusYears(1))) {
            problems.add(new Problem("hireDate", "staff.error.hireDateFuture"));
        }
        if (f.getHireDate() != null && f.getBirthDate() != null && f.getHireDate().isBefore(f.getBirthDate().plusYears(16))) {
            problems.add(new Problem("hireDate", "staff.error.hireBeforeSixteen"));
        }
        if (f.getNurseLevel() != null && f.getTitle() != null && !f.getTitle().isNursing()) {
            problems.add(new Problem("nurseLevel", "staff.error.nurseLevelNotNurse"));
        }
        return problems;
    }

    /** Fills the birth date from the ID number when the form left it empty. */
    public static void deriveBirthDate(StaffForm f) {
        if (f.getBirthDate() == null && f.getIdNumber() != null && ResidentIdNumber.isValid(f.getIdNumber())) {
            f.setBirthDate(ResidentIdNumber.birthDate(f.getIdNumber()).orElse(null));
        }
    }
}
