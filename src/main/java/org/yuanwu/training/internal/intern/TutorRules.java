package org.yuanwu.training.internal.intern;

import java.util.EnumSet;
import java.util.Set;
import org.yuanwu.organization.ProfessionalTitle;

/**
 * Who may tutor interns: the hospital plans ask for tutors "of at least 护师 rank". The first rank of each series
 * (护士, 医士, 技士, 药士) is below that line, and so is a staff member with no title at all.
 */
public final class TutorRules {

    private static final Set<ProfessionalTitle> ENTRY_RANKS = EnumSet.of(ProfessionalTitle.NURSE,
            ProfessionalTitle.DOCTOR_ASSISTANT, ProfessionalTitle.TECHNICIAN_ASSISTANT, ProfessionalTitle.PHARMACIST_ASSISTANT);

    private TutorRules() {
    }

    public static boolean rankQualifies(ProfessionalTitle title) {
        return title != null && !ENTRY_RANKS.contains(title);
    }

    /** Whether one more intern fits the tutor, given how many she already teaches at the same time. */
    public static boolean hasRoom(long concurrentInterns, int maxInternsPerTutor) {
        return concurrentInterns < maxInternsPerTutor;
    }
}
