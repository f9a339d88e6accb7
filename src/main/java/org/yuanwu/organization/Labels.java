package org.yuanwu.organization;

import java.util.Locale;
import java.util.Optional;

/** Reads an enum from what a person typed in a spreadsheet: its Chinese label or its code. */
public final class Labels {

    private Labels() {
    }

    public static Optional<Gender> gender(String text) {
        for (Gender g : Gender.values()) {
            if (g.zh().equals(text) || g.name().equalsIgnoreCase(text)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    public static Optional<ProfessionalTitle> title(String text) {
        for (ProfessionalTitle t : ProfessionalTitle.values()) {
            if (t.zh().equals(text) || t.name().equalsIgnoreCase(text)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    public static Optional<EmploymentType> employmentType(String text) {
        for (EmploymentType t : EmploymentType.values()) {
            if (t.zh().equals(text) || t.name().equalsIgnoreCase(text)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    public static Optional<StaffStatus> status(String text) {
        for (StaffStatus s : StaffStatus.values()) {
            if (s.zh().equals(text) || s.name().equalsIgnoreCase(text)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    public static Optional<NurseLevel> nurseLevel(String text) {
        try {
            return Optional.of(NurseLevel.valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
