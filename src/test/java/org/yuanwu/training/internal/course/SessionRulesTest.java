package org.yuanwu.training.internal.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yuanwu.organization.EmploymentType;
import org.yuanwu.organization.Gender;
import org.yuanwu.organization.NurseLevel;
import org.yuanwu.organization.ProfessionalTitle;
import org.yuanwu.organization.StaffStatus;
import org.yuanwu.organization.StaffView;

/** Audience resolution, the sign-in window and sign-in codes. */
class SessionRulesTest {

    private static StaffView person(long id, ProfessionalTitle title, NurseLevel level, EmploymentType type, StaffStatus status) {
        return new StaffView(id, "E" + id, "张" + id, Gender.FEMALE, LocalDate.of(1990, 1, 1), null, null, 1L, "病区",
                null, title, level, LocalDate.of(2015, 7, 1), type, status, 0);
    }

    private final StaffView n0Contract = person(1, ProfessionalTitle.NURSE, NurseLevel.N0, EmploymentType.CONTRACT, StaffStatus.ACTIVE);
    private final StaffView n2Established = person(2, ProfessionalTitle.NURSE_PRACTITIONER, NurseLevel.N2,
            EmploymentType.ESTABLISHED, StaffStatus.ACTIVE);
    private final StaffView doctor = person(3, ProfessionalTitle.DOCTOR, null, EmploymentType.ESTABLISHED, StaffStatus.ACTIVE);
    private final StaffView retired = person(4, ProfessionalTitle.NURSE, NurseLevel.N0, EmploymentType.CONTRACT, StaffStatus.RETIRED);

    @Test
    void anAudienceWithoutCriteriaInvitesEveryActivePersonOfTheSubtree() {
        AudienceRules.Audience all = new AudienceRules.Audience(1L, Set.of(), Set.of(), Set.of());
        assertThat(AudienceRules.resolve(all, List.of(n0Contract, n2Established, doctor, retired)))
                .extracting(StaffView::id).containsExactly(1L, 2L, 3L);
    }

    @Test
    void criteriaNarrowTheAudienceAndAllMustHold() {
        AudienceRules.Audience n0 = new AudienceRules.Audience(1L, Set.of(), EnumSet.of(NurseLevel.N0), Set.of());
        assertThat(AudienceRules.resolve(n0, List.of(n0Contract, n2Established, doctor, retired)))
                .extracting(StaffView::id).containsExactly(1L);
        AudienceRules.Audience established = new AudienceRules.Audience(1L,
                EnumSet.of(ProfessionalTitle.NURSE_PRACTITIONER, ProfessionalTitle.DOCTOR), Set.of(),
                EnumSet.of(EmploymentType.ESTABLISHED));
        assertThat(AudienceRules.resolve(established, List.of(n0Contract, n2Established, doctor)))
                .extracting(StaffView::id).containsExactly(2L, 3L);
    }

    @Test
    void aNurseLevelCriterionNeverInvitesSomeoneWithoutALevel() {
        AudienceRules.Audience levels = new AudienceRules.Audience(1L, Set.of(), EnumSet.allOf(NurseLevel.class), Set.of());
        assertThat(AudienceRules.invites(levels, doctor)).isFalse();
    }

    @Test
    void signInOpensThirtyMinutesBeforeTheStartAndClosesAnHourAfterTheEnd() {
        Instant start = Instant.parse("2026-03-05T06:30:00Z");
        Instant end = Instant.parse("2026-03-05T07:30:00Z");
        assertThat(SignInWindow.at(Instant.parse("2026-03-05T05:59:59Z"), start, end)).isEqualTo(SignInWindow.Verdict.TOO_EARLY);
        assertThat(SignInWindow.at(Instant.parse("2026-03-05T06:00:00Z"), start, end)).isEqualTo(SignInWindow.Verdict.OPEN);
        assertThat(SignInWindow.at(Instant.parse("2026-03-05T07:00:00Z"), start, end)).isEqualTo(SignInWindow.Verdict.OPEN);
        assertThat(SignInWindow.at(Instant.parse("2026-03-05T08:30:00Z"), start, end)).isEqualTo(SignInWindow.Verdict.OPEN);
        assertThat(SignInWindow.at(Instant.parse("2026-03-05T08:30:01Z"), start, end)).isEqualTo(SignInWindow.Verdict.CLOSED);
    }

    @Test
    void signInCodesAreSixUnambiguousCharactersAndTypedCodesAreNormalised() {
        for (int i = 0; i < 200; i++) {
            assertThat(SignInCodes.next()).hasSize(6).doesNotContain("0", "O", "1", "I", "L");
        }
        assertThat(SignInCodes.normalize(" ab c23 4 ")).isEqualTo("ABC234");
    }
}
