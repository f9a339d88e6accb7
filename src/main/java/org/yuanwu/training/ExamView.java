package org.yuanwu.training;

import org.yuanwu.common.HospitalTime;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.yuanwu.organization.NurseLevel;
import org.yuanwu.organization.ProfessionalTitle;

/**
 * An exam as callers see it. {@code maxScore} is the paper's total (0 until it has a paper; for
 * papers drawn per candidate, the rules' total). {@code manages}: the caller may change it.
 */
public record ExamView(Long id, Long unitId, String unitName, String title, ExamKind kind, ExamMode mode,
                       ExamStatus status, Instant opensAt, Instant closesAt, Integer durationMinutes,
                       BigDecimal passMark, ExamPassMarkType passMarkType, boolean showAnswers, Integer maxAttempts,
                       PaperAssembly assembly, boolean perCandidate, Long inviteUnitId, Set<ProfessionalTitle> inviteTitles,
                       Set<NurseLevel> inviteLevels, int candidateCount, int questionCount, BigDecimal maxScore,
                       String withdrawnReason, String createdBy, boolean manages, long version) {

    public static final ZoneId ZONE = HospitalTime.ZONE;

    public LocalDateTime opensAtLocal() {
        return LocalDateTime.ofInstant(opensAt, ZONE);
    }

    public LocalDateTime closesAtLocal() {
        return LocalDateTime.ofInstant(closesAt, ZONE);
    }

    public List<String> inviteTitleNames() {
        return inviteTitles.stream().map(ProfessionalTitle::zh).toList();
    }
}
