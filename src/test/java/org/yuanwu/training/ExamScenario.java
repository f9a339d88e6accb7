package org.yuanwu.training;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.yuanwu.common.Actor;
import org.yuanwu.common.DataScope;
import org.yuanwu.identity.ApiTokens;
import org.yuanwu.identity.CreatedUser;
import org.yuanwu.identity.Role;
import org.yuanwu.identity.UserAccounts;
import org.yuanwu.identity.UserForm;
import org.yuanwu.organization.StaffService;
import org.yuanwu.organization.StaffView;
import org.yuanwu.support.TestFixtures;

/**
 * Builds exam test data through the real services (as the system, outside any request): staff with
 * linked accounts and API tokens, bank questions, and published online exams.
 */
public class ExamScenario {

    public static final String PASSWORD = "Passw0rd-Exam";

    /** A staff member with an account linked to her record. */
    public record Person(StaffView staff, String username, String token) {
        public String bearer() {
            return "Bearer " + token;
        }
    }

    private final UserAccounts users;
    private final ApiTokens tokens;
    private final StaffService staff;
    private final QuestionService questions;
    private final ExamService exams;

    public ExamScenario(ApplicationContext context) {
        this.users = context.getBean(UserAccounts.class);
        this.tokens = context.getBean(ApiTokens.class);
        this.staff = context.getBean(StaffService.class);
        this.questions = context.getBean(QuestionService.class);
        this.exams = context.getBean(ExamService.class);
    }

    public Person person(Long unitId, Set<Role> roles, DataScope scope) {
        StaffView s = staff.create(new TestFixtures(null, null, null, null).staffForm(unitId));
        return account(s, unitId, roles, scope);
    }

    public Person nurse(Long wardId) {
        return person(wardId, EnumSet.of(Role.STAFF_MEMBER), DataScope.OWN_UNIT);
    }

    public Person headNurse(Long wardId) {
        return person(wardId, EnumSet.of(Role.HEAD_NURSE), DataScope.OWN_UNIT);
    }

    public Person account(StaffView s, Long scopeUnitId, Set<Role> roles, DataScope scope) {
        String username = TestFixtures.unique("x").toLowerCase();
        CreatedUser user = users.create(UserForm.of(username, s.name(), s.id(), scopeUnitId, scope, EnumSet.copyOf(roles)),
                PASSWORD);
        String token = runAs(user.user().id(), username, () -> tokens.issue("exam-test", 1).secret());
        return new Person(s, username, token);
    }

    public QuestionView question(Long unitId, QuestionType type, QuestionCategory category, int difficulty, String answer,
                                 int points, String... options) {
        QuestionForm f = new QuestionForm();
        f.setUnitId(unitId);
        f.setType(type);
        f.setCategory(category);
        f.setDifficulty(difficulty);
        f.setStem(TestFixtures.unique("题") + " " + type);
        for (int i = 0; i < options.length; i++) {
            f.setOption(i, options[i]);
        }
        f.setAnswer(answer);
        f.setPoints(points);
        f.setExplanation("解析");
        return questions.create(f);
    }

    public QuestionView single(Long unitId, String answer, int points) {
        return question(unitId, QuestionType.SINGLE, QuestionCategory.BASICS, 3, answer, points, "甲", "乙", "丙", "丁");
    }

    public ExamForm examForm(Long unitId, ExamKind kind, int minutes) {
        ExamForm f = new ExamForm();
        f.setUnitId(unitId);
        f.setTitle(TestFixtures.unique("考试"));
        f.setKind(kind);
        f.setMode(ExamMode.ONLINE);
        LocalDateTime now = LocalDateTime.now(ExamView.ZONE);
        f.setOpensAt(now.minusHours(1));
        f.setClosesAt(now.plusDays(1));
        f.setDurationMinutes(minutes);
        f.setPassMark(BigDecimal.valueOf(60));
        f.setPassMarkType(ExamPassMarkType.PERCENT);
        f.setMaxAttempts(null);
        f.setAssembly(PaperAssembly.MANUAL);
        return f;
    }

    /** A published online exam with a hand-picked paper, inviting the given staff. */
    public ExamView publishedExam(ExamForm form, List<Long> questionIds, List<Long> staffIds) {
        ExamView exam = exams.create(form);
        exams.setQuestions(exam.id(), questionIds, null);
        ExamInvitation invitation = new ExamInvitation();
        invitation.setStaffIds(new java.util.LinkedHashSet<>(staffIds));
        exam = exams.invite(exam.id(), invitation);
        return exams.publish(exam.id(), exam.version());
    }

    public static <T> T runAs(Long userId, String username, Supplier<T> work) {
        Actor actor = new Actor() {
            @Override public Long userId() { return userId; }
            @Override public String username() { return username; }
            @Override public DataScope dataScope() { return DataScope.ALL; }
            @Override public Long scopeUnitId() { return null; }
            @Override public Set<String> permissions() { return Set.of(); }
        };
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TestingAuthenticationToken(actor, null));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
