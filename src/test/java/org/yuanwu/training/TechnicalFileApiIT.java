package org.yuanwu.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.yuanwu.common.DataScope;
import org.yuanwu.common.HospitalTime;
import org.yuanwu.identity.Role;
import org.yuanwu.indicator.IndicatorEngine;
import org.yuanwu.indicator.Period;
import org.yuanwu.organization.NurseLevel;
import org.yuanwu.organization.StaffForm;
import org.yuanwu.organization.StaffService;
import org.yuanwu.organization.StaffView;
import org.yuanwu.support.IntegrationTest;
import org.yuanwu.support.TestFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Technical files, credits, compliance rules and the paper-score import over the API: what a file holds and who
 * may read it, credit entries with evidence and withdrawal, the requirement as data, who is missing what, and
 * the import's row report with nothing written in all-or-nothing mode.
 */
class TechnicalFileApiIT extends IntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    ApplicationContext context;
    @Autowired
    StaffService staffService;
    @Autowired
    ExamService examService;
    @Autowired
    AttemptService attemptService;
    @Autowired
    IndicatorEngine engine;

    ExamScenario scenario;
    TestFixtures.Hospital h;
    String headNurseA;
    String headNurseB;
    String office;

    @BeforeEach
    void setUp() {
        scenario = new ExamScenario(context);
        h = fixtures.hospital();
        headNurseA = "Bearer " + fixtures.tokenFor(EnumSet.of(Role.HEAD_NURSE), DataScope.OWN_UNIT, h.wardA().id());
        headNurseB = "Bearer " + fixtures.tokenFor(EnumSet.of(Role.HEAD_NURSE), DataScope.OWN_UNIT, h.wardB().id());
        office = "Bearer " + fixtures.tokenFor(EnumSet.of(Role.NURSING_DEPARTMENT), DataScope.ALL, null);
    }

    ResultActions call(MockHttpServletRequestBuilder request, String auth, Object body) throws Exception {
        request.header("Authorization", auth);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
        }
        return mvc.perform(request);
    }

    static JsonNode read(ResultActions result) throws Exception {
        return JSON.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    StaffView nurse(Long unitId, NurseLevel level) {
        StaffForm f = fixtures.staffForm(unitId);
        f.setNurseLevel(level);
        return staffService.create(f);
    }

    /** A published paper exam of ward A (maximum 100, pass mark 60%) with the given candidates. */
    ExamView paperExam(ExamKind kind, List<Long> staffIds, Integer maxAttempts) {
        ExamForm form = scenario.examForm(h.wardA().id(), kind, 30);
        form.setMode(ExamMode.PAPER);
        form.setMaxAttempts(maxAttempts);
        ExamView exam = examService.create(form);
        ExamInvitation invitation = new ExamInvitation();
        invitation.setStaffIds(new LinkedHashSet<>(staffIds));
        exam = examService.invite(exam.id(), invitation);
        return examService.publish(exam.id(), exam.version());
    }

    /** A course of credits hours held yesterday for ward A, with the people present. */
    void attendedCourse(String credits, List<Long> present) throws Exception {
        Map<String, Object> course = new LinkedHashMap<>();
        course.put("topic", TestFixtures.unique("课程"));
        course.put("category", "BASICS");
        course.put("creditHours", new BigDecimal(credits));
        course.put("unitId", h.wardA().id());
        long courseId = read(call(post("/api/v1/training/courses"), headNurseA, course).andExpect(status().isCreated()))
                .get("id").asLong();
        LocalDateTime start = yesterdayAfternoon();
        Map<String, Object> session = new LinkedHashMap<>();
        session.put("startsAt", start.toString());
        session.put("endsAt", start.plusHours(1).toString());
        session.put("place", "示教室");
        session.put("lecturerName", "王护士长");
        session.put("audienceUnitId", h.wardA().id());
        long sessionId = read(call(post("/api/v1/training/courses/" + courseId + "/sessions"), headNurseA, session)
                .andExpect(status().isCreated())).get("id").asLong();
        List<Map<String, Object>> marks = new ArrayList<>();
        for (Long id : present) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("staffId", id);
            m.put("attendance", "PRESENT");
            marks.add(m);
        }
        call(post("/api/v1/training/sessions/" + sessionId + "/attendance"), headNurseA, marks).andExpect(status().isOk());
    }

    static LocalDateTime yesterdayAfternoon() {
        return LocalDate.now(HospitalTime.ZONE).minusDays(1).atTime(14, 0);
    }

    static int year() {
        return yesterdayAfternoon().getYear();
    }

    Map<String, Object> entry(String kind, String evidence, String hours, LocalDate ends) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind);
        m.put("title", "省护理学会学术年会");
        m.put("institution", "省护理学会");
        m.put("startsOn", ends.minusDays(2).toString());
        m.put("endsOn", ends.toString());
        m.put("creditHours", new BigDecimal(hours));
        m.put("evidence", evidence);
        return m;
    }

    // ---------------------------------------------------------------- the file

    @Test
    void aNurseSeesHerOwnFileWithCoursesEveryExamAttemptAndCreditsButNotAColleaguesInAnotherWard() throws Exception {
        ExamScenario.Person anna = scenario.nurse(h.wardA().id());
        ExamScenario.Person bella = scenario.nurse(h.wardB().id());
        attendedCourse("1.5", List.of(anna.staff().id()));
        ExamView exam = paperExam(ExamKind.THEORY, List.of(anna.staff().id()), null);
        attemptService.enterPaperScore(exam.id(), anna.staff().id(), new BigDecimal("50"), null, null);
        attemptService.enterPaperScore(exam.id(), anna.staff().id(), new BigDecimal("80"), null, null);

        JsonNode file = read(call(get("/api/v1/training/files/mine"), anna.bearer(), null).andExpect(status().isOk()));
        assertThat(file.get("staffId").asLong()).isEqualTo(anna.staff().id());
        assertThat(file.get("courses")).hasSize(1);
        assertThat(file.get("courses").get(0).get("creditHours").decimalValue()).isEqualByComparingTo("1.5");
        assertThat(file.get("exams")).hasSize(2);
        assertThat(file.get("exams").get(0).get("attemptNo").asInt()).isEqualTo(2);
        assertThat(file.get("exams").get(0).get("passed").asBoolean()).isTrue();
        assertThat(file.get("exams").get(1).get("passed").asBoolean()).isFalse();
        JsonNode credits = file.get("credits").get(0);
        assertThat(credits.get("year").asInt()).isEqualTo(LocalDate.now(HospitalTime.ZONE).getYear());
        assertThat(file.get("manages").asBoolean()).isFalse();

        call(get("/api/v1/training/files/" + bella.staff().id()), anna.bearer(), null).andExpect(status().isForbidden());
        call(get("/api/v1/training/files/" + anna.staff().id()), headNurseB, null).andExpect(status().isForbidden());
        JsonNode seen = read(call(get("/api/v1/training/files/" + anna.staff().id()), headNurseA, null).andExpect(status().isOk()));
        assertThat(seen.get("manages").asBoolean()).isTrue();

        // the course credits reached the indicator engine as training.credit_hours of ward A
        Map<String, BigDecimal> totals = engine.measureTotals(List.of("training.credit_hours"), h.wardA().id(), Period.year(year()));
        assertThat(totals.get("training.credit_hours")).isEqualByComparingTo("1.5");

        byte[] xlsx = call(get("/api/v1/training/files/" + anna.staff().id() + "/export"), headNurseA, null)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isGreaterThanOrEqualTo(4); // header, course, 2 attempts, credits
        }
        if (context.getBean(org.yuanwu.common.pdf.ChineseFont.class).available()) {
            byte[] pdf = call(get("/api/v1/training/files/" + anna.staff().id() + "/pdf"), anna.bearer(), null)
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        }
    }

    @Test
    void furtherStudyAndExternalCreditsNeedEvidenceAreAuditedAndAreWithdrawnWithAReason() throws Exception {
        StaffView anna = nurse(h.wardA().id(), NurseLevel.N1);
        LocalDate ended = LocalDate.now(HospitalTime.ZONE).withDayOfMonth(1);
        String path = "/api/v1/training/files/" + anna.id() + "/entries";

        call(post(path).header("Accept-Language", "en"), headNurseA, entry("CONFERENCE", "", "4", ended))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Enter the evidence (e.g. certificate number)."));
        Map<String, Object> backwards = entry("CONFERENCE", "证书 2026-001", "4", ended);
        backwards.put("startsOn", ended.plusDays(1).toString());
        call(post(path), headNurseA, backwards).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("结束日期不能早于开始日期。"));
        call(post(path), headNurseA, entry("CONFERENCE", "证书 2026-001", "4.25", ended)).andExpect(status().isBadRequest());
        call(post(path), headNurseB, entry("CONFERENCE", "证书 2026-001", "4", ended)).andExpect(status().isForbidden());

        JsonNode conference = read(call(post(path), headNurseA, entry("CONFERENCE", "证书 2026-001", "4", ended))
                .andExpect(status().isCreated()));
        Map<String, Object> study = entry("FURTHER_STUDY", "进修结业证书 88", "15", ended);
        study.put("specialty", "重症监护");
        read(call(post(path), headNurseA, study).andExpect(status().isCreated()));

        JsonNode file = read(call(get("/api/v1/training/files/" + anna.id()), headNurseA, null));
        assertThat(file.get("furtherStudies")).hasSize(1);
        assertThat(file.get("externalCredits")).hasSize(1);
        JsonNode credits = file.get("credits").get(0);
        assertThat(credits.get("furtherStudy").decimalValue()).isEqualByComparingTo("15");
        assertThat(credits.get("external").decimalValue()).isEqualByComparingTo("4");
        assertThat(credits.get("total").decimalValue()).isEqualByComparingTo("19");
        long id = conference.get("id").asLong();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'training_credit_entry' "
                + "and record_id = ?", Integer.class, String.valueOf(id))).isEqualTo(1);

        String withdraw = path + "/" + id + "/withdraw";
        call(post(withdraw), headNurseA, Map.of("reason", "", "version", 0)).andExpect(status().isBadRequest());
        call(post(withdraw), headNurseA, Map.of("reason", "重复登记", "version", 7)).andExpect(status().isConflict());
        call(post(withdraw), headNurseA, Map.of("reason", "重复登记", "version", conference.get("version").asLong()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.withdrawn").value(true));
        JsonNode after = read(call(get("/api/v1/training/files/" + anna.id()), headNurseA, null));
        assertThat(after.get("credits").get(0).get("total").decimalValue()).isEqualByComparingTo("15");
        assertThat(after.get("externalCredits").get(0).get("withdrawnReason").asText()).isEqualTo("重复登记");
        assertThat(jdbc.queryForObject("select withdrawn from training_credit_entry where id = ?", Boolean.class, id)).isTrue();
    }

    // ---------------------------------------------------------------- credits

    @Test
    void theYearlyRequirementIsDataAndTheCreditListShowsWhoFallsShortInTheUnit() throws Exception {
        StaffView shortOne = nurse(h.wardA().id(), NurseLevel.N1);
        StaffView metOne = nurse(h.wardA().id(), NurseLevel.N1);
        call(post("/api/v1/training/files/" + metOne.id() + "/entries"), headNurseA,
                entry("EXTERNAL_TRAINING", "证书 77", "30", LocalDate.now(HospitalTime.ZONE))).andExpect(status().isCreated());

        JsonNode requirements = read(call(get("/api/v1/training/credits/requirements"), headNurseA, null));
        JsonNode junior = null;
        JsonNode untitled = null;
        for (JsonNode r : requirements) {
            if (r.get("grade").asText().equals("JUNIOR")) {
                junior = r;
            }
            if (r.get("grade").asText().equals("UNTITLED")) {
                untitled = r;
            }
        }
        assertThat(junior.get("creditsRequired").decimalValue()).isEqualByComparingTo("25");

        JsonNode shortList = read(call(get("/api/v1/training/credits?unitId=" + h.wardA().id()), headNurseA, null));
        assertThat(shortList).hasSize(1);
        assertThat(shortList.get(0).get("staffId").asLong()).isEqualTo(shortOne.id());
        assertThat(shortList.get(0).get("credits").get("shortfall").decimalValue()).isEqualByComparingTo("25");
        JsonNode all = read(call(get("/api/v1/training/files?unitId=" + h.wardA().id()), headNurseA, null));
        assertThat(all.get("totalItems").asInt()).isEqualTo(2);

        // hospital-wide data: a ward's head nurse may not change it; the office may, with the version it read
        String untitledPath = "/api/v1/training/credits/requirements/UNTITLED";
        long version = untitled.get("version").asLong();
        call(put(untitledPath), headNurseA, Map.of("creditsRequired", 5, "version", version)).andExpect(status().isForbidden());
        call(put(untitledPath), office, Map.of("creditsRequired", -1, "version", version)).andExpect(status().isBadRequest());
        JsonNode changed = read(call(put(untitledPath), office, Map.of("creditsRequired", 5, "version", version))
                .andExpect(status().isOk()));
        assertThat(changed.get("creditsRequired").decimalValue()).isEqualByComparingTo("5");
        call(put(untitledPath), office, Map.of("creditsRequired", 6, "version", version)).andExpect(status().isConflict());
        call(put(untitledPath), office, Map.of("creditsRequired", 0, "version", changed.get("version").asLong()))
                .andExpect(status().isOk());

        byte[] xlsx = call(get("/api/v1/training/files/export?unitId=" + h.wardA().id()), headNurseA, null)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(2);
        }
    }

    // ---------------------------------------------------------------- compliance

    Map<String, Object> rule(String name, String requirement, String kind, int count) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("audienceUnitId", h.wardA().id());
        m.put("levels", List.of("N1"));
        m.put("requirement", requirement);
        m.put("examKind", kind);
        m.put("requiredCount", count);
        m.put("dueMonth", 12);
        return m;
    }

    @Test
    void theComplianceListShowsPerRuleWhoMissesHowManyExamsWithTheDueDateAndOnlyForTheRulesAudience() throws Exception {
        StaffView anna = nurse(h.wardA().id(), NurseLevel.N1);
        StaffView bella = nurse(h.wardA().id(), NurseLevel.N1);
        StaffView senior = nurse(h.wardA().id(), NurseLevel.N3);

        call(post("/api/v1/training/compliance/rules"), headNurseA, rule("病区理论考试", "EXAMS_PASSED", null, 2))
                .andExpect(status().isForbidden());
        call(post("/api/v1/training/compliance/rules").header("Accept-Language", "en"), office,
                rule("病区院感考试", "EXAMS_OF_KIND_PASSED", null, 1))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("Choose an exam kind."));
        long theory = read(call(post("/api/v1/training/compliance/rules"), office, rule("病区理论考试", "EXAMS_PASSED", null, 2))
                .andExpect(status().isCreated())).get("id").asLong();
        long ic = read(call(post("/api/v1/training/compliance/rules"), office,
                rule("病区院感考试", "EXAMS_OF_KIND_PASSED", "INFECTION_CONTROL", 1)).andExpect(status().isCreated())).get("id").asLong();

        ExamView exam = paperExam(ExamKind.THEORY, List.of(anna.id(), bella.id()), null);
        attemptService.enterPaperScore(exam.id(), anna.id(), new BigDecimal("40"), null, null);
        attemptService.enterPaperScore(exam.id(), anna.id(), new BigDecimal("90"), null, null); // the retake passes
        attemptService.enterPaperScore(exam.id(), bella.id(), new BigDecimal("30"), null, null);

        String list = "/api/v1/training/compliance?unitId=" + h.wardA().id() + "&ruleId=" + theory;
        JsonNode rows = read(call(get(list), headNurseA, null).andExpect(status().isOk()));
        assertThat(rows).hasSize(2);
        Map<Long, JsonNode> byStaff = new LinkedHashMap<>();
        rows.forEach(r -> byStaff.put(r.get("staffId").asLong(), r));
        assertThat(byStaff).doesNotContainKey(senior.id());
        assertThat(byStaff.get(anna.id()).get("achieved").decimalValue()).isEqualByComparingTo("1");
        assertThat(byStaff.get(anna.id()).get("missing").decimalValue()).isEqualByComparingTo("1");
        assertThat(byStaff.get(bella.id()).get("missing").decimalValue()).isEqualByComparingTo("2");
        assertThat(byStaff.get(bella.id()).get("dueOn").asText()).isEqualTo(LocalDate.now(HospitalTime.ZONE).getYear() + "-12-31");

        // an infection-control exam passed meets the other rule; with missingOnly she drops off its list
        ExamView icExam = paperExam(ExamKind.INFECTION_CONTROL, List.of(anna.id()), null);
        attemptService.enterPaperScore(icExam.id(), anna.id(), new BigDecimal("75"), null, null);
        JsonNode icRows = read(call(get("/api/v1/training/compliance?unitId=" + h.wardA().id() + "&ruleId=" + ic), headNurseA, null));
        assertThat(icRows).hasSize(1);
        assertThat(icRows.get(0).get("staffId").asLong()).isEqualTo(bella.id());
        JsonNode everyone = read(call(get("/api/v1/training/compliance?unitId=" + h.wardA().id() + "&ruleId=" + ic
                + "&missingOnly=false"), headNurseA, null));
        assertThat(everyone).hasSize(2);
        // and the theory rule now counts two exams for her (the IC exam is an exam too)
        JsonNode theoryAfter = read(call(get(list + "&missingOnly=false"), headNurseA, null));
        theoryAfter.forEach(r -> {
            if (r.get("staffId").asLong() == anna.id()) {
                assertThat(r.get("missing").decimalValue()).isEqualByComparingTo("0");
            }
        });
        // a head nurse of another ward sees none of ward A's people
        assertThat(read(call(get(list), headNurseB, null))).isEmpty();

        call(get("/api/v1/training/compliance/export?unitId=" + h.wardA().id()), headNurseA, null)
                .andExpect(status().isOk()).andExpect(r -> assertThat(r.getResponse().getContentType()).isEqualTo(XLSX));

        long version = read(call(get("/api/v1/training/compliance/rules/" + theory), office, null)).get("version").asLong();
        call(post("/api/v1/training/compliance/rules/" + theory + "/withdraw"), office, Map.of("reason", "", "version", version))
                .andExpect(status().isBadRequest());
        call(post("/api/v1/training/compliance/rules/" + theory + "/withdraw"), office, Map.of("reason", "并入全院规则", "version", version))
                .andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false));
        assertThat(read(call(get(list), headNurseA, null))).isEmpty();
        call(post("/api/v1/training/compliance/rules/" + ic + "/withdraw"), office, Map.of("reason", "测试结束",
                "version", read(call(get("/api/v1/training/compliance/rules/" + ic), office, null)).get("version").asLong()))
                .andExpect(status().isOk());
    }

    // ---------------------------------------------------------------- paper-score import

    byte[] filled(byte[] template, Map<String, String> scoresByEmployeeNo, List<List<String>> extraRows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter fmt = new DataFormatter();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String score = scoresByEmployeeNo.get(fmt.formatCellValue(row.getCell(0)));
                if (score != null) {
                    row.createCell(3).setCellValue(score);
                }
            }
            for (List<String> extra : extraRows) {
                Row row = sheet.createRow(sheet.getLastRowNum() + 1);
                for (int c = 0; c < extra.size(); c++) {
                    row.createCell(c).setCellValue(extra.get(c));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    ResultActions upload(long examId, byte[] xlsx, String mode, String language) throws Exception {
        return mvc.perform(multipart("/api/v1/exams/" + examId + "/scores/import")
                .file(new MockMultipartFile("file", "scores.xlsx", XLSX, xlsx)).param("mode", mode)
                .header("Authorization", headNurseA).header("Accept-Language", language));
    }

    int attempts(long examId) {
        return jdbc.queryForObject("select count(*) from training_attempt where exam_id = ?", Integer.class, examId);
    }

    @Test
    void importedPaperScoresAreCheckedRowByRowAndABadRowWritesNothingInAllOrNothingMode() throws Exception {
        StaffView anna = nurse(h.wardA().id(), NurseLevel.N1);
        StaffView bella = nurse(h.wardA().id(), NurseLevel.N1);
        StaffView cora = nurse(h.wardA().id(), NurseLevel.N1);
        ExamView exam = paperExam(ExamKind.THEORY, List.of(anna.id(), bella.id(), cora.id()), null);

        byte[] template = call(get("/api/v1/exams/" + exam.id() + "/scores/template"), headNurseA, null)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(3);
            assertThat(wb.getSheetAt(0).getRow(0).getCell(3).getStringCellValue()).isEqualTo("成绩");
        }
        call(get("/api/v1/exams/" + exam.id() + "/scores/template"), headNurseB, null).andExpect(status().isForbidden());

        byte[] bad = filled(template, Map.of(anna.employeeNo(), "85", bella.employeeNo(), "120", cora.employeeNo(), "abc"),
                List.of(List.of("NOBODY-1", "某某", "", "70")));
        JsonNode report = read(upload(exam.id(), bad, "ALL_OR_NOTHING", "en").andExpect(status().isOk()));
        assertThat(report.get("saved").asBoolean()).isFalse();
        assertThat(report.get("rows").asInt()).isEqualTo(4);
        java.util.Set<Integer> badRows = new java.util.HashSet<>();
        report.get("errors").forEach(e -> badRows.add(e.get("row").asInt()));
        assertThat(badRows).containsExactlyInAnyOrder(3, 4, 5);
        assertThat(report.get("errors").toString()).contains("The score cannot exceed the maximum of 100.")
                .contains("NOBODY-1").contains("\"column\":\"成绩\"").contains("\"column\":\"工号\"");
        assertThat(attempts(exam.id())).isZero();

        JsonNode partial = read(upload(exam.id(), bad, "VALID_ROWS", "zh-CN").andExpect(status().isOk()));
        assertThat(partial.get("entered").asInt()).isEqualTo(1);
        assertThat(attempts(exam.id())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select passed from training_attempt where exam_id = ? and staff_id = ?",
                Boolean.class, exam.id(), anna.id())).isTrue();

        // a failed candidate imported again is a retake; a passed one is refused like a typed-in score
        upload(exam.id(), filled(template, Map.of(bella.employeeNo(), "40"), List.of()), "ALL_OR_NOTHING", "zh-CN")
                .andExpect(status().isOk()).andExpect(jsonPath("$.entered").value(1));
        JsonNode retake = read(upload(exam.id(), filled(template, Map.of(bella.employeeNo(), "75", anna.employeeNo(), "99"),
                List.of()), "VALID_ROWS", "zh-CN"));
        assertThat(retake.get("entered").asInt()).isEqualTo(1);
        assertThat(retake.get("errors").get(0).get("message").asText()).contains("合格，无需补考");
        assertThat(jdbc.queryForObject("select count(*) from training_attempt where exam_id = ? and staff_id = ?",
                Integer.class, exam.id(), bella.id())).isEqualTo(2);
        JsonNode results = read(call(get("/api/v1/exams/" + exam.id() + "/results"), headNurseA, null));
        assertThat(results.toString()).contains("75");

        upload(exam.id(), "not a workbook".getBytes(StandardCharsets.UTF_8), "ALL_OR_NOTHING", "en")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", Matchers.containsString("xlsx")));
    }
}
