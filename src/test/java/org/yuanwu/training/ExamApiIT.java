package org.yuanwu.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.yuanwu.common.DataScope;
import org.yuanwu.identity.Role;
import org.yuanwu.indicator.IndicatorEngine;
import org.yuanwu.indicator.Period;
import org.yuanwu.support.IntegrationTest;
import org.yuanwu.support.TestFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exams over the API: starting, saving answers, submitting (and every refusal), time-outs on
 * access and by the sweep, grading, retakes with the best attempt counting, the facts and the
 * indicators they move, paper exams, rules, item analysis and data scope.
 */
class ExamApiIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

    @Autowired
    ApplicationContext context;
    @Autowired
    AttemptService attemptService;
    @Autowired
    IndicatorEngine engine;

    ExamScenario scenario;
    TestFixtures.Hospital h;
    String examiner;

    @BeforeEach
    void setUp() {
        scenario = new ExamScenario(context);
        h = fixtures.hospital();
        examiner = "Bearer " + fixtures.tokenFor(EnumSet.of(Role.HEAD_NURSE), DataScope.OWN_UNIT, h.wardA().id());
    }

    private ResultActions call(MockHttpServletRequestBuilder request, String auth, Object body) throws Exception {
        request.header("Authorization", auth);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
        }
        return mvc.perform(request);
    }

    private static JsonNode read(ResultActions result) throws Exception {
        return JSON.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private static Map<String, Object> answer(Long questionId, String... response) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("questionId", questionId);
        m.put("response", List.of(response));
        return m;
    }

    /** Three questions of ward A: single (B, 2 points), multiple (AC, 4 points), fill-in (2 blanks, 4 points). */
    private List<QuestionView> threeQuestions() {
        return List.of(scenario.single(h.wardA().id(), "B", 2),
                scenario.question(h.wardA().id(), QuestionType.MULTIPLE, QuestionCategory.BASICS, 2, "AC", 4, "甲", "乙", "丙"),
                scenario.question(h.wardA().id(), QuestionType.FILL_IN, QuestionCategory.BASICS, 4, "生理盐水|NS\n3", 4));
    }

    private static List<Long> ids(List<QuestionView> questions) {
        return questions.stream().map(QuestionView::id).toList();
    }

    private BigDecimal passRate(String indicator, Long unitId) {
        return engine.value(indicator, unitId, Period.year(LocalDate.now(ExamView.ZONE).getYear())).value();
    }

    @Test
    void aCandidateTakesATimedExamAndIsGradedByTheStatedRules() throws Exception {
        ExamScenario.Person nurse = scenario.nurse(h.wardA().id());
        List<QuestionView> qs = threeQuestions();
        ExamView exam = scenario.publishedExam(scenario.examForm(h.wardA().id(), ExamKind.THEORY, 30), ids(qs),
                List.of(nurse.staff().id()));

        JsonNode attempt = read(call(post("/api/v1/exams/" + exam.id() + "/attempts"), nurse.bearer(), null)
                .andExpect(status().isCreated()));
        long attemptId = attempt.get("id").asLong();
        assertThat(attempt.get("remainingSeconds").asLong()).isBetween(29 * 60L, 30 * 60L);
        assertThat(attempt.get("items")).hasSize(3);
        assertThat(attempt.get("items").get(0).get("key").isNull()).isTrue(); // no key while sitting

        call(put("/api/v1/exams/attempts/" + attemptId + "/answers"), nurse.bearer(), answer(qs.get(0).id(), "B"))
                .andExpect(status().isOk());
        call(put("/api/v1/exams/attempts/" + attemptId + "/answers"), nurse.bearer(), answer(qs.get(1).id(), "A"))
                .andExpect(status().isOk());
        call(put("/api/v1/exams/attempts/" + attemptId + "/answers"), nurse.bearer(), answer(qs.get(2).id(), " ns ", "4"))
                .andExpect(status().isOk());

        // a reload (starting again) resumes the same attempt with the saved answers
        JsonNode resumed = read(call(post("/api/v1/exams/" + exam.id() + "/attempts"), nurse.bearer(), null));
        assertThat(resumed.get("id").asLong()).isEqualTo(attemptId);
        assertThat(resumed.get("items").get(1).get("response").get(0).asText()).isEqualTo("A");

        JsonNode submitted = read(call(post("/api/v1/exams/attempts/" + attemptId + "/submit"), nurse.bearer(), null)
                .andExpect(status().isOk()));
        // 2 (single right) + 2 (multiple: A of AC, no wrong option → half) + 2 (one of two blanks) = 6 of 10
        assertThat(submitted.get("status").asText()).isEqualTo("GRADED");
        assertThat(submitted.get("score").decimalValue()).isEqualByComparingTo("6");
        assertThat(submitted.get("passed").asBoolean()).isTrue();

        call(post("/api/v1/exams/attempts/" + attemptId + "/submit"), nurse.bearer(), null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("答卷已提交，不能再次提交或修改。"));
        call(put("/api/v1/exams/attempts/" + attemptId + "/answers"), nurse.bearer(), answer(qs.get(0).id(), "C"))
                .andExpect(status().isConflict());

        JsonNode results = read(call(get("/api/v1/exams/" + exam.id() + "/results"), examiner, null).andExpect(status().isOk()));
        assertThat(results.get(0).get("outcome").asText()).isEqualTo("PASSED");
        Integer stored = jdbc.queryForObject("select count(*) from training_attempt_item where attempt_id = ? and score is not null",
                Integer.class, attemptId);
        assertThat(stored).isEqualTo(3);
    }

    @Test
    void badInputIsRefusedWithAReasonInTheCallersLanguage() throws Exception {
        ExamScenario.Person nurse = scenario.nurse(h.wardA().id());
        ExamScenario.Person outsider = scenario.nurse(h.wardA().id());
        List<QuestionView> qs = threeQuestions();
        QuestionView elsewhere = scenario.single(h.wardA().id(), "A", 2);
        ExamView exam = scenario.publishedExam(scenario.examForm(h.wardA().id(), ExamKind.THEORY, 30), ids(qs),
                List.of(nurse.staff().id()));

        call(post("/api/v1/exams/" + exam.id() + "/attempts"), outsider.bearer(), null)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("您（或该人员）不在本次考试的考生名单中。"));
        long attemptId = read(call(post("/api/v1/exams/" + exam.id() + "/attempts"), nurse.bearer(), null)).get("id").asLong();
        call(put("/api/v1/exams/attempts/" + attemptId + "/answers").header("Accept-Language", "en"), nurse.bearer(),
                answer(elsewhere.id(), "A"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Question " + elsewhere.id() + " is not on your paper."));
        call(put("/api/v1/exams/attempts/" + attemptId + "/answers"), nurse.bearer(), answer(qs.get(0).id(), "E"))
                .andExpect(status().isBadRequest());
        call(put("/api/v1/exams/attempts/" + attemptId + "/answers"), outsider.bearer(), answer(qs.get(0).id(), "B"))
                .andExpect(status().isForbidden());
        call(post("/api/v1/exams/attempts/" + attemptId + "/submit"), outsider.bearer(), null)
                .andExpect(status().isForbidden());

        Map<String, Object> bad = new LinkedHashMap<>();
        bad.put("unitId", h.wardA().id());
        bad.put("type", "SINGLE");
        bad.put("category", "BASICS");
        bad.put("difficulty", 3);
        bad.put("points", 2);
        bad.put("stem", "只有三个选项");
        bad.put("optionA", "甲");
        bad.put("optionB", "乙");
        bad.put("optionC", "丙");
        bad.put("answer", "D");
        call(post("/api/v1/questions"), examiner, bad)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("正确答案为D，但只有 3 个选项。"));
        call(post("/api/v1/questions").header("Accept-Language", "en"), examiner, bad)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Answer D but only 3 options."));

        ExamForm form = scenario.examForm(h.wardA().id(), ExamKind.THEORY, 30);
        form.setClosesAt(form.getOpensAt().minusHours(1));
        call(post("/api/v1/exams"), examiner, form).andExpect(status().isBadRequest());
        ExamForm noDuration = scenario.examForm(h.wardA().id(), ExamKind.THEORY, 30);
        noDuration.setDurationMinutes(0);
        call(post("/api/v1/exams"), examiner, noDuration)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("在线考试的答题时长应为1～600分钟。"));
    }

    @Test
    void anAnswerAfterTheDeadlineIsRefusedAndTheAttemptIsSubmittedWithWhatWasSaved() throws Exception {
        ExamScenario.Person nurse = scenario.nurse(h.wardA().id());
        List<QuestionView> qs = threeQuestions();
        ExamView exam = scenario.publishedExam(scenario.examForm(h.wardA().id(), ExamKind.THEORY, 30), ids(qs),
                List.of(nurse.staff().id()));
        long attemptId = read(call(post("/api/v1/exams/" + exam.id() + "/attempts"), nurse.bearer(), null)).get("id").asLong();
        call(put("/api/v1/exams/attempts/" + attemptId + "/answers"), nurse.bearer(), answer(qs.get(0).id(), "B"))
                .andExpect(status().isOk());
        jdbc.update("update training_attempt set deadline = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(5)), attemptId);

        call(put("/api/v1/exams/attempts/" + attemptId + "/answers"), nurse.bearer(), answer(qs.get(1).id(), "AC"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("答题时间已到，答卷已按截止前保存的答案自动提交，本次提交未被接受。"));
        call(post("/api/v1/exams/attempts/" + attemptId + "/submit"), nurse.bearer(), null).andExpect(status().isConflict());

        JsonNode attempt = read(call(get("/api/v1/exams/attempts/" + attemptId), nurse.bearer(), null));
        assertThat(attempt.get("status").asText()).isEqualTo("GRADED");
        assertThat(attempt.get("submitReason").asText()).isEqualTo("TIMEOUT");
        assertThat(attempt.get("score").decimalValue()).isEqualByComparingTo("2"); // the saved single choice only
        assertThat(attempt.get("items").get(1).get("response")).isEmpty();
    }

    @Test
    void theSweepSubmitsOverdueAttemptsWithoutTheCandidateComingBack() throws Exception {
        ExamScenario.Person nurse = scenario.nurse(h.wardA().id());
        List<QuestionView> qs = threeQuestions();
        ExamView exam = scenario.publishedExam(scenario.examForm(h.wardA().id(), ExamKind.THEORY, 30), ids(qs),
                List.of(nurse.staff().id()));
        long attemptId = read(call(post("/api/v1/exams/" + exam.id() + "/attempts"), nurse.bearer(), null)).get("id").asLong();
        call(put("/api/v1/exams/attempts/" + attemptId + "/answers"), nurse.bearer(), answer(qs.get(1).id(), "C", "A"))
                .andExpect(status().isOk());
        jdbc.update("update training_attempt set deadline = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), attemptId);

        assertThat(attemptService.overdueAttemptIds()).contains(attemptId);
        for (Long id : attemptService.overdueAttemptIds()) {
            attemptService.submitIfOverdue(id);
        }
        Map<String, Object> row = jdbc.queryForMap("select status, submit_reason, score from training_attempt where id = ?", attemptId);
        assertThat(row.get("status")).isEqualTo("GRADED");
        assertThat(row.get("submit_reason")).isEqualTo("TIMEOUT");
        assertThat((BigDecimal) row.get("score")).isEqualByComparingTo("4");
        assertThat(attemptService.overdueAttemptIds()).doesNotContain(attemptId);
    }

    @Test
    void retakesAreKeptTheBestCountsAndThePassRateFollows() throws Exception {
        ExamScenario.Person nurse = scenario.nurse(h.wardB().id());
        ExamScenario.Person other = scenario.nurse(h.wardB().id());
        QuestionView q = scenario.single(h.wardA().id(), "B", 10);
        ExamView exam = scenario.publishedExam(scenario.examForm(h.department().id(), ExamKind.THEORY, 30), List.of(q.id()),
                List.of(nurse.staff().id(), other.staff().id()));
        assertThat(passRate("nursing.theory_exam_pass_rate", h.wardB().id())).isNull();

        long first = read(call(post("/api/v1/exams/" + exam.id() + "/attempts"), nurse.bearer(), null)).get("id").asLong();
        call(put("/api/v1/exams/attempts/" + first + "/answers"), nurse.bearer(), answer(q.id(), "A"));
        call(post("/api/v1/exams/attempts/" + first + "/submit"), nurse.bearer(), null).andExpect(jsonPath("$.passed").value(false));
        assertThat(passRate("nursing.theory_exam_pass_rate", h.wardB().id())).isEqualByComparingTo("0");

        long second = read(call(post("/api/v1/exams/" + exam.id() + "/attempts"), nurse.bearer(), null)
                .andExpect(jsonPath("$.attemptNo").value(2))).get("id").asLong();
        call(put("/api/v1/exams/attempts/" + second + "/answers"), nurse.bearer(), answer(q.id(), "B"));
        call(post("/api/v1/exams/attempts/" + second + "/submit"), nurse.bearer(), null).andExpect(jsonPath("$.passed").value(true));
        assertThat(passRate("nursing.theory_exam_pass_rate", h.wardB().id())).isEqualByComparingTo("100");
        BigDecimal taken = jdbc.queryForObject("select sum(f.amount) from indicator_fact f where f.source_type = ? "
                + "and f.source_id = ? and f.measure_code = 'training.exam_taken'", BigDecimal.class,
                AttemptService.FACT_SOURCE, exam.id() + "-" + nurse.staff().id());
        assertThat(taken).isEqualByComparingTo("1");

        call(post("/api/v1/exams/" + exam.id() + "/attempts"), nurse.bearer(), null)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("已经合格，无需补考。"));

        long theirs = read(call(post("/api/v1/exams/" + exam.id() + "/attempts"), other.bearer(), null)).get("id").asLong();
        call(post("/api/v1/exams/attempts/" + theirs + "/submit"), other.bearer(), null);
        assertThat(passRate("nursing.theory_exam_pass_rate", h.wardB().id())).isEqualByComparingTo("50");
        assertThat(passRate("nursing.theory_exam_pass_rate", h.department().id())).isEqualByComparingTo("50");
        assertThat(passRate("infection.training_pass_rate", h.wardB().id())).isNull();

        JsonNode mine = read(call(get("/api/v1/exams/mine"), nurse.bearer(), null));
        JsonNode row = null;
        for (JsonNode n : mine) {
            if (n.get("examId").asLong() == exam.id()) {
                row = n;
            }
        }
        assertThat(row.get("attempts").asInt()).isEqualTo(2);
        assertThat(row.get("outcome").asText()).isEqualTo("PASSED");
        assertThat(row.get("canTake").asBoolean()).isFalse();
    }

    @Test
    void infectionControlExamsAlsoFeedTheInfectionTrainingRate() throws Exception {
        ExamScenario.Person nurse = scenario.nurse(h.wardA().id());
        QuestionView q = scenario.question(h.wardA().id(), QuestionType.TRUE_FALSE, QuestionCategory.INFECTION_CONTROL, 2,
                "T", 5);
        ExamView exam = scenario.publishedExam(scenario.examForm(h.wardA().id(), ExamKind.INFECTION_CONTROL, 10),
                List.of(q.id()), List.of(nurse.staff().id()));
        long id = read(call(post("/api/v1/exams/" + exam.id() + "/attempts"), nurse.bearer(), null)).get("id").asLong();
        call(put("/api/v1/exams/attempts/" + id + "/answers"), nurse.bearer(), answer(q.id(), "对")).andExpect(status().isOk());
        call(post("/api/v1/exams/attempts/" + id + "/submit"), nurse.bearer(), null).andExpect(jsonPath("$.passed").value(true));
        assertThat(passRate("infection.training_pass_rate", h.wardA().id())).isEqualByComparingTo("100");
        assertThat(passRate("nursing.theory_exam_pass_rate", h.wardA().id())).isEqualByComparingTo("100");
    }

    @Test
    void shortAnswersWaitInTheGradingQueueAndAScoreAboveThePointsIsRefused() throws Exception {
        ExamScenario.Person nurse = scenario.nurse(h.wardA().id());
        QuestionView single = scenario.single(h.wardA().id(), "A", 4);
        QuestionView essay = scenario.question(h.wardA().id(), QuestionType.SHORT_ANSWER, QuestionCategory.SPECIALTY, 3,
                "要点：评估、体位、吸氧", 6);
        ExamView exam = scenario.publishedExam(scenario.examForm(h.wardA().id(), ExamKind.SPECIALTY, 30),
                List.of(single.id(), essay.id()), List.of(nurse.staff().id()));
        long id = read(call(post("/api/v1/exams/" + exam.id() + "/attempts"), nurse.bearer(), null)).get("id").asLong();
        call(put("/api/v1/exams/attempts/" + id + "/answers"), nurse.bearer(), answer(single.id(), "A"));
        call(put("/api/v1/exams/attempts/" + id + "/answers"), nurse.bearer(), answer(essay.id(), "先评估，再取半卧位并吸氧"));
        call(post("/api/v1/exams/attempts/" + id + "/submit"), nurse.bearer(), null)
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        call(get("/api/v1/exams/" + exam.id() + "/results"), examiner, null).andExpect(jsonPath("$[0].outcome").value("PENDING"));

        JsonNode queue = read(call(get("/api/v1/exams/grading?examId=" + exam.id()), examiner, null).andExpect(status().isOk()));
        assertThat(queue).hasSize(1);
        assertThat(queue.get(0).get("response").asText()).isEqualTo("先评估，再取半卧位并吸氧");
        int position = queue.get(0).get("position").asInt();

        call(post("/api/v1/exams/attempts/" + id + "/grade"), examiner, Map.of("position", position, "score", 7))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("分数不能超过满分 6。"));
        call(post("/api/v1/exams/attempts/" + id + "/grade"), nurse.bearer(), Map.of("position", position, "score", 6))
                .andExpect(status().isForbidden());
        call(post("/api/v1/exams/attempts/" + id + "/grade"), examiner, Map.of("position", position, "score", 4.5))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("GRADED"))
                .andExpect(jsonPath("$.score").value(8.5));
        assertThat(read(call(get("/api/v1/exams/grading?examId=" + exam.id()), examiner, null))).isEmpty();
    }

    @Test
    void editingAUsedQuestionMakesANewVersionAndThePaperKeepsTheOld() throws Exception {
        ExamScenario.Person nurse = scenario.nurse(h.wardA().id());
        QuestionView q = scenario.single(h.wardA().id(), "B", 2);
        ExamView exam = scenario.publishedExam(scenario.examForm(h.wardA().id(), ExamKind.THEORY, 30), List.of(q.id()),
                List.of(nurse.staff().id()));
        JsonNode current = read(call(get("/api/v1/questions/" + q.id()), examiner, null));
        assertThat(current.get("used").asBoolean()).isTrue();
        QuestionForm form = QuestionForm.of(q);
        form.setStem("修改后的题干");
        form.setAnswer("C");
        form.setVersion(current.get("version").asLong());
        JsonNode next = read(call(put("/api/v1/questions/" + q.id()), examiner, form).andExpect(status().isOk()));
        assertThat(next.get("id").asLong()).isNotEqualTo(q.id());
        assertThat(next.get("lineageId").asLong()).isEqualTo(q.lineageId());
        assertThat(next.get("versionNo").asInt()).isEqualTo(2);
        call(get("/api/v1/exams/" + exam.id() + "/paper"), examiner, null)
                .andExpect(jsonPath("$.questions[0].question.id").value(q.id()))
                .andExpect(jsonPath("$.questions[0].question.answer").value("B"));
        call(get("/api/v1/questions/" + q.id() + "/versions"), examiner, null).andExpect(jsonPath("$.length()").value(2));
        // the old version is no longer editable, and a stale edit of the new one conflicts
        call(put("/api/v1/questions/" + q.id()), examiner, form).andExpect(status().isConflict());
        call(put("/api/v1/questions/" + next.get("id").asLong()), examiner, form).andExpect(status().isConflict());

        call(post("/api/v1/questions/" + next.get("id").asLong() + "/withdraw"), examiner,
                Map.of("version", next.get("version").asLong(), "reason", "   ")).andExpect(status().isBadRequest());
        call(post("/api/v1/questions/" + next.get("id").asLong() + "/withdraw"), examiner,
                Map.of("version", next.get("version").asLong(), "reason", "指南更新")).andExpect(status().isOk())
                .andExpect(jsonPath("$.withdrawn").value(true));
        assertThat(jdbc.queryForObject("select count(*) from training_question where lineage_id = ?", Integer.class,
                q.lineageId())).isEqualTo(2);
    }

    @Test
    void rulesTheBankCannotSatisfyAreRefusedAndRandomPapersStayTheSameOnReload() throws Exception {
        ExamScenario.Person nurse = scenario.nurse(h.wardA().id());
        for (int i = 0; i < 6; i++) {
            scenario.question(h.wardA().id(), QuestionType.SINGLE, QuestionCategory.RULES, 2, "A", 5, "甲", "乙");
        }
        ExamForm form = scenario.examForm(h.wardA().id(), ExamKind.RULES, 20);
        form.setAssembly(PaperAssembly.RULES);
        form.setPerCandidate(true);
        JsonNode exam = read(call(post("/api/v1/exams"), examiner, form).andExpect(status().isCreated()));
        long examId = exam.get("id").asLong();
        Map<String, Object> tooMany = Map.of("rules", List.of(Map.of("category", "RULES", "difficulty", 2, "type", "SINGLE",
                "count", 7, "pointsEach", 5)));
        call(put("/api/v1/exams/" + examId + "/paper/rules"), examiner, tooMany)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("第 1 条规则需要 7 道“规章制度/2/单选题”试题，题库中可用的只有 6 道。"));
        Map<String, Object> fits = Map.of("rules", List.of(Map.of("category", "RULES", "difficulty", 2, "type", "SINGLE",
                "count", 4, "pointsEach", 5)));
        call(put("/api/v1/exams/" + examId + "/paper/rules"), examiner, fits).andExpect(jsonPath("$.totalPoints").value(20));
        call(put("/api/v1/exams/" + examId + "/candidates"), examiner, Map.of("staffIds", List.of(nurse.staff().id())))
                .andExpect(jsonPath("$.candidateCount").value(1));
        call(post("/api/v1/exams/" + examId + "/publish"), examiner, Map.of("version", 0)).andExpect(status().isConflict());
        long version = read(call(get("/api/v1/exams/" + examId), examiner, null)).get("version").asLong();
        call(post("/api/v1/exams/" + examId + "/publish"), examiner, Map.of("version", version))
                .andExpect(jsonPath("$.status").value("PUBLISHED"));

        JsonNode first = read(call(post("/api/v1/exams/" + examId + "/attempts"), nurse.bearer(), null));
        JsonNode reload = read(call(get("/api/v1/exams/attempts/" + first.get("id").asLong()), nurse.bearer(), null));
        List<Long> a = new ArrayList<>();
        List<Long> b = new ArrayList<>();
        first.get("items").forEach(n -> a.add(n.get("questionId").asLong()));
        reload.get("items").forEach(n -> b.add(n.get("questionId").asLong()));
        assertThat(a).hasSize(4).isEqualTo(b);
        assertThat(jdbc.queryForObject("select seed from training_attempt where id = ?", Long.class,
                first.get("id").asLong())).isNotZero();
    }

    @Test
    void paperExamScoresAreEnteredAndAScoreAboveTheMaximumIsRefused() throws Exception {
        ExamScenario.Person nurse = scenario.nurse(h.wardA().id());
        ExamForm form = scenario.examForm(h.wardA().id(), ExamKind.THEORY, 30);
        form.setMode(ExamMode.PAPER);
        ExamView exam = context.getBean(ExamService.class).create(form);
        call(put("/api/v1/exams/" + exam.id() + "/candidates"), examiner, Map.of("unitId", h.wardA().id()))
                .andExpect(status().isOk());
        long version = read(call(get("/api/v1/exams/" + exam.id()), examiner, null)).get("version").asLong();
        call(post("/api/v1/exams/" + exam.id() + "/publish"), examiner, Map.of("version", version)).andExpect(status().isOk());

        call(post("/api/v1/exams/" + exam.id() + "/scores"), examiner, Map.of("staffId", nurse.staff().id(), "score", 101))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("分数不能超过满分 100。"));
        call(post("/api/v1/exams/" + exam.id() + "/scores"), examiner, Map.of("staffId", nurse.staff().id(), "score", 75))
                .andExpect(status().isOk()).andExpect(jsonPath("$.passed").value(true));
        JsonNode units = read(call(get("/api/v1/exams/" + exam.id() + "/results/units"), examiner, null));
        assertThat(units.get(0).get("passed").asInt()).isEqualTo(1);
        call(post("/api/v1/exams/" + exam.id() + "/attempts"), nurse.bearer(), null).andExpect(status().isConflict());
    }

    @Test
    void itemAnalysisAndResultsAreForTheExaminersScope() throws Exception {
        List<ExamScenario.Person> nurses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            nurses.add(scenario.nurse(h.wardA().id()));
        }
        List<QuestionView> qs = threeQuestions();
        ExamView exam = scenario.publishedExam(scenario.examForm(h.wardA().id(), ExamKind.THEORY, 30), ids(qs),
                nurses.stream().map(p -> p.staff().id()).toList());
        String[] singles = {"B", "B", "A", "A"};
        for (int i = 0; i < 4; i++) {
            long id = read(call(post("/api/v1/exams/" + exam.id() + "/attempts"), nurses.get(i).bearer(), null)).get("id").asLong();
            call(put("/api/v1/exams/attempts/" + id + "/answers"), nurses.get(i).bearer(), answer(qs.get(0).id(), singles[i]));
            if (i == 0) {
                call(put("/api/v1/exams/attempts/" + id + "/answers"), nurses.get(i).bearer(), answer(qs.get(1).id(), "A", "C"));
            }
            call(post("/api/v1/exams/attempts/" + id + "/submit"), nurses.get(i).bearer(), null).andExpect(status().isOk());
        }
        JsonNode items = read(call(get("/api/v1/exams/" + exam.id() + "/item-analysis"), examiner, null).andExpect(status().isOk()));
        assertThat(items).hasSize(3);
        assertThat(items.get(0).get("difficulty").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(items.get(0).get("discrimination").decimalValue()).isEqualByComparingTo("1");
        assertThat(items.get(1).get("difficulty").decimalValue()).isEqualByComparingTo("0.25");

        String otherWard = "Bearer " + fixtures.tokenFor(EnumSet.of(Role.HEAD_NURSE), DataScope.OWN_UNIT, h.wardB().id());
        call(get("/api/v1/exams/" + exam.id() + "/item-analysis"), otherWard, null).andExpect(status().isForbidden());
        call(get("/api/v1/exams/" + exam.id() + "/results"), otherWard, null).andExpect(status().isForbidden());
        call(get("/api/v1/exams/" + exam.id()), otherWard, null).andExpect(status().isForbidden());
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("unitId", h.wardA().id());
        q.put("type", "TRUE_FALSE");
        q.put("stem", "越权");
        q.put("answer", "T");
        call(post("/api/v1/questions"), otherWard, q).andExpect(status().isForbidden());
        call(get("/api/v1/questions?unitId=" + h.wardA().id()), otherWard, null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalItems").value(0));
        call(get("/api/v1/questions"), nurses.get(0).bearer(), null).andExpect(status().isForbidden());
        String department = "Bearer " + fixtures.tokenFor(EnumSet.of(Role.DEPARTMENT_HEAD), DataScope.SUBTREE, h.department().id());
        call(get("/api/v1/exams/" + exam.id() + "/results/units"), department, null)
                .andExpect(jsonPath("$[0].passRate").value(25.0));
    }
}
