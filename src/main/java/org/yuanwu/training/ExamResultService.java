package org.yuanwu.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.common.AccessDeniedProblem;
import org.yuanwu.common.Actor;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.Permissions;
import org.yuanwu.common.excel.ExcelSheet;
import org.yuanwu.organization.StaffView;
import org.yuanwu.training.internal.exam.Attempt;
import org.yuanwu.training.internal.exam.AttemptItem;
import org.yuanwu.training.internal.exam.AttemptItemRepository;
import org.yuanwu.training.internal.exam.AttemptRepository;
import org.yuanwu.training.internal.exam.AttemptRules;
import org.yuanwu.training.internal.exam.Exam;
import org.yuanwu.training.internal.exam.ExamRepository;
import org.yuanwu.training.internal.exam.ExamTables;
import org.yuanwu.training.internal.exam.ItemAnalysis;
import org.yuanwu.training.internal.exam.BankQuestion;
import org.yuanwu.training.internal.exam.BankQuestionRepository;

/**
 * Exam results: per exam (each candidate's counted attempt — the best graded score), per unit
 * (pass rate per ward), per person (all her exams), the candidate's own list, item analysis,
 * and their Excel exports. Readers see the candidates in their data scope; a candidate sees her own.
 */
@Service
@Transactional(readOnly = true)
public class ExamResultService {

    private final ExamRepository exams;
    private final AttemptRepository attempts;
    private final AttemptItemRepository items;
    private final BankQuestionRepository questions;
    private final ExamTables tables;
    private final ExamAccess access;

    ExamResultService(ExamRepository exams, AttemptRepository attempts, AttemptItemRepository items,
                      BankQuestionRepository questions, ExamTables tables, ExamAccess access) {
        this.exams = exams;
        this.attempts = attempts;
        this.items = items;
        this.questions = questions;
        this.tables = tables;
        this.access = access;
    }

    /** Every candidate of the exam in the caller's scope, with her counted result (absent if none). */
    public List<ExamResultRow> results(Long examId) {
        Exam exam = access.load(examId);
        Actor actor = CurrentActor.require(Permissions.TRAINING_READ);
        boolean all = access.manages(actor, exam.getUnitId());
        Collection<Long> scoped = all ? null : access.scopedUnitIds(actor);
        List<ExamTables.CandidateEntry> candidates = tables.candidates(examId).stream()
                .filter(c -> scoped == null || scoped.contains(c.unitId())).toList();
        if (!all && candidates.isEmpty()) {
            throw new AccessDeniedProblem();
        }
        Map<Long, List<Attempt>> byStaff = attempts.findByExamIdOrderByStaffIdAscAttemptNoAsc(examId).stream()
                .collect(Collectors.groupingBy(Attempt::getStaffId));
        Map<Long, String> unitNames = new HashMap<>();
        List<ExamResultRow> rows = new ArrayList<>();
        for (ExamTables.CandidateEntry c : candidates) {
            Optional<StaffView> person = access.staff(c.staffId());
            rows.add(row(c, person.map(StaffView::name).orElse("#" + c.staffId()),
                    person.map(StaffView::employeeNo).orElse(null),
                    unitNames.computeIfAbsent(c.unitId(), access::unitName), byStaff.getOrDefault(c.staffId(), List.of())));
        }
        return rows;
    }

    private static ExamResultRow row(ExamTables.CandidateEntry c, String name, String employeeNo, String unitName,
                                     List<Attempt> list) {
        List<Attempt> graded = list.stream().filter(a -> a.getStatus() == AttemptStatus.GRADED).toList();
        Optional<Attempt> counted = AttemptRules.counted(graded, Attempt::outcome);
        String outcome;
        if (counted.isPresent()) {
            outcome = Boolean.TRUE.equals(counted.get().getPassed()) ? "PASSED" : "FAILED";
        } else if (list.stream().anyMatch(a -> a.getStatus() == AttemptStatus.SUBMITTED)) {
            outcome = "PENDING";
        } else if (list.stream().anyMatch(a -> a.getStatus() == AttemptStatus.IN_PROGRESS)) {
            outcome = "IN_PROGRESS";
        } else {
            outcome = "ABSENT";
        }
        return new ExamResultRow(c.staffId(), name, employeeNo, c.unitId(), unitName, list.size(), outcome,
                counted.map(Attempt::getScore).orElse(null), counted.map(Attempt::getMaxScore).orElse(null),
                counted.map(Attempt::getPassed).orElse(null), counted.map(Attempt::getExamDate).orElse(null),
                counted.map(Attempt::getId).orElse(null));
    }

    /** Per unit of the candidates: invited, with a final result, passed, pass rate (passed ÷ taken). */
    public List<ExamUnitResult> byUnit(Long examId) {
        Map<Long, List<ExamResultRow>> byUnit = new LinkedHashMap<>();
        for (ExamResultRow r : results(examId)) {
            byUnit.computeIfAbsent(r.unitId(), k -> new ArrayList<>()).add(r);
        }
        List<ExamUnitResult> list = new ArrayList<>();
        for (Map.Entry<Long, List<ExamResultRow>> e : byUnit.entrySet()) {
            int taken = (int) e.getValue().stream().filter(r -> r.passed() != null).count();
            int passed = (int) e.getValue().stream().filter(r -> Boolean.TRUE.equals(r.passed())).count();
            list.add(new ExamUnitResult(e.getKey(), e.getValue().get(0).unitName(), e.getValue().size(), taken, passed,
                    taken == 0 ? null : BigDecimal.valueOf(passed * 100L).divide(BigDecimal.valueOf(taken), 1, RoundingMode.HALF_UP)));
        }
        list.sort((a, b) -> a.unitName().compareTo(b.unitName()));
        return list;
    }

    /** Every exam the person was invited to, with her counted result: for herself or readers whose scope covers her. */
    public List<ExamPersonResult> person(Long staffId) {
        Actor actor = CurrentActor.get();
        boolean self = access.ownStaffId(actor).map(staffId::equals).orElse(false);
        if (!self) {
            StaffView s = access.staff(staffId).orElseThrow(() -> DomainException.notFound("exam.error.staffUnknown", staffId));
            if (!access.sees(actor, s.unitId())) {
                throw new AccessDeniedProblem();
            }
        }
        return personResults(staffId, self);
    }

    /** The signed-in candidate's exams (empty when her account has no staff record). */
    public List<ExamPersonResult> mine() {
        return access.ownStaffId(CurrentActor.get()).map(id -> personResults(id, true)).orElse(List.of());
    }

    private List<ExamPersonResult> personResults(Long staffId, boolean self) {
        List<Long> examIds = tables.examsOf(staffId);
        Map<Long, List<Attempt>> byExam = attempts.findByExamIdInAndStaffId(examIds.isEmpty() ? List.of(-1L) : examIds, staffId)
                .stream().collect(Collectors.groupingBy(Attempt::getExamId));
        Instant now = access.now();
        List<ExamPersonResult> list = new ArrayList<>();
        for (Exam e : exams.findAllById(examIds)) {
            if (e.getStatus() == ExamStatus.DRAFT) {
                continue;
            }
            List<Attempt> mine = byExam.getOrDefault(e.getId(), List.of());
            mine = mine.stream().sorted((a, b) -> Integer.compare(a.getAttemptNo(), b.getAttemptNo())).toList();
            ExamResultRow r = row(new ExamTables.CandidateEntry(staffId, null), null, null, null, mine);
            boolean inProgress = mine.stream().anyMatch(a -> a.getStatus() == AttemptStatus.IN_PROGRESS
                    && !AttemptRules.late(a.getDeadline(), now));
            List<AttemptRules.Outcome> graded = mine.stream().filter(a -> a.getStatus() == AttemptStatus.GRADED)
                    .map(Attempt::outcome).toList();
            boolean pending = mine.stream().anyMatch(a -> a.getStatus() == AttemptStatus.SUBMITTED
                    || (a.getStatus() == AttemptStatus.IN_PROGRESS && AttemptRules.late(a.getDeadline(), now)));
            boolean canTake = self && e.getMode() == ExamMode.ONLINE && e.isOpenAt(now) && (inProgress
                    || AttemptRules.retakeRefusal(graded, mine.size(), pending, e.getMaxAttempts()).isEmpty());
            Long review = mine.isEmpty() || e.getMode() != ExamMode.ONLINE ? null
                    : Optional.ofNullable(r.countedAttemptId()).orElse(mine.get(mine.size() - 1).getId());
            list.add(new ExamPersonResult(e.getId(), e.getTitle(), e.getKind(), e.getMode(), e.getStatus(), e.getOpensAt(),
                    e.getClosesAt(), e.getDurationMinutes(), mine.size(), r.outcome(), r.score(), r.maxScore(), r.passed(),
                    canTake, inProgress, inProgress ? null : review));
        }
        list.sort((a, b) -> b.opensAt().compareTo(a.opensAt()));
        return list;
    }

    /** Difficulty and discrimination of each question over the candidates' counted attempts. */
    public List<ExamItemStats> itemAnalysis(Long examId) {
        Exam exam = access.load(examId);
        access.manager(exam.getUnitId());
        Map<Long, List<Attempt>> byStaff = attempts.findByExamIdOrderByStaffIdAscAttemptNoAsc(examId).stream()
                .filter(a -> a.getStatus() == AttemptStatus.GRADED).collect(Collectors.groupingBy(Attempt::getStaffId));
        List<Long> counted = byStaff.values().stream()
                .map(list -> AttemptRules.counted(list, Attempt::outcome).orElseThrow().getId()).toList();
        Map<Long, List<AttemptItem>> itemsByAttempt = counted.isEmpty() ? Map.of()
                : items.findByAttemptIdInOrderByAttemptIdAscPositionAsc(counted).stream()
                        .collect(Collectors.groupingBy(AttemptItem::getAttemptId));
        Map<Long, Integer> points = new LinkedHashMap<>();
        Map<Long, Integer> positions = new HashMap<>();
        for (ExamTables.PaperEntry e : tables.paper(examId)) {
            points.put(e.questionId(), e.points());
            positions.put(e.questionId(), e.position());
        }
        List<ItemAnalysis.Sheet> sheets = new ArrayList<>();
        Map<Long, Integer> extra = new TreeMap<>();
        for (List<AttemptItem> paper : itemsByAttempt.values()) {
            Map<Long, BigDecimal> scores = new HashMap<>();
            BigDecimal total = BigDecimal.ZERO;
            for (AttemptItem i : paper) {
                scores.put(i.getQuestionId(), i.getScore());
                total = total.add(i.getScore());
                if (!points.containsKey(i.getQuestionId())) {
                    extra.put(i.getQuestionId(), i.getPoints());
                }
            }
            sheets.add(new ItemAnalysis.Sheet(total, scores));
        }
        points.putAll(extra); // questions drawn per candidate, after the fixed paper's
        Map<Long, BankQuestion> qs = questions.findAllById(points.keySet()).stream()
                .collect(Collectors.toMap(BankQuestion::getId, Function.identity()));
        List<ExamItemStats> list = new ArrayList<>();
        int n = 0;
        for (ItemAnalysis.Item item : ItemAnalysis.analyse(points, sheets)) {
            BankQuestion q = qs.get(item.questionId());
            n++;
            list.add(new ExamItemStats(positions.getOrDefault(item.questionId(), n), item.questionId(), q.getStem(),
                    q.getType(), item.points(), item.responses(), item.meanScore(), item.difficulty(),
                    item.fullMarkShare(), item.discrimination()));
        }
        return list;
    }

    // ---------------------------------------------------------------- exports

    public byte[] resultsWorkbook(Long examId) {
        List<List<Object>> rows = new ArrayList<>();
        for (ExamResultRow r : results(examId)) {
            rows.add(java.util.Arrays.asList(r.employeeNo(), r.staffName(), r.unitName(), r.attempts(), outcomeZh(r.outcome()),
                    r.score(), r.maxScore(), r.examDate()));
        }
        return ExcelSheet.write("results", List.of("工号", "姓名", "单位", "考试次数", "结果", "成绩", "满分", "考试日期"), rows);
    }

    public byte[] unitWorkbook(Long examId) {
        List<List<Object>> rows = new ArrayList<>();
        for (ExamUnitResult u : byUnit(examId)) {
            rows.add(java.util.Arrays.asList(u.unitName(), u.invited(), u.taken(), u.passed(), u.passRate()));
        }
        return ExcelSheet.write("units", List.of("单位", "应考人数", "参考人数", "合格人数", "合格率(%)"), rows);
    }

    public byte[] personWorkbook(Long staffId) {
        List<List<Object>> rows = new ArrayList<>();
        for (ExamPersonResult p : person(staffId)) {
            rows.add(java.util.Arrays.asList(p.title(), p.kind().name(), p.opensAt() == null ? null
                    : access.localDate(p.opensAt()), p.attempts(), outcomeZh(p.outcome()), p.score(), p.maxScore()));
        }
        return ExcelSheet.write("exams", List.of("考试", "类别", "日期", "考试次数", "结果", "成绩", "满分"), rows);
    }

    private static String outcomeZh(String outcome) {
        return switch (outcome) {
            case "PASSED" -> "合格";
            case "FAILED" -> "不合格";
            case "PENDING" -> "待阅卷";
            case "IN_PROGRESS" -> "答题中";
            default -> "缺考";
        };
    }
}
