package org.yuanwu.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.yuanwu.common.DataScope;
import org.yuanwu.identity.Role;
import org.yuanwu.support.IntegrationTest;
import org.yuanwu.support.TestFixtures;

/** The technical-file, credit, compliance and score-import pages: what they show, and forms refused beside the field. */
class TechnicalFilePagesIT extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ExamService examService;
    @Autowired
    AttemptService attemptService;

    ExamScenario scenario;
    TestFixtures.Hospital h;

    @BeforeEach
    void setUp() {
        scenario = new ExamScenario(context);
        h = fixtures.hospital();
    }

    ExamView paperExam(List<Long> staffIds) {
        ExamForm form = scenario.examForm(h.wardA().id(), ExamKind.INFECTION_CONTROL, 30);
        form.setMode(ExamMode.PAPER);
        ExamView exam = examService.create(form);
        ExamInvitation invitation = new ExamInvitation();
        invitation.setStaffIds(new LinkedHashSet<>(staffIds));
        exam = examService.invite(exam.id(), invitation);
        return examService.publish(exam.id(), exam.version());
    }

    @Test
    void aNurseOpensHerOwnFileFromTheMenuAndSeesHerExamsAndCredits() throws Exception {
        ExamScenario.Person nurse = scenario.nurse(h.wardA().id());
        ExamView exam = paperExam(List.of(nurse.staff().id()));
        attemptService.enterPaperScore(exam.id(), nurse.staff().id(), new BigDecimal("88"), null, null);
        MockHttpSession session = signIn(nurse.username(), ExamScenario.PASSWORD);

        mvc.perform(get("/training/files/mine").session(session))
                .andExpect(redirectedUrl("/training/files/" + nurse.staff().id()));
        mvc.perform(get("/training/files/" + nurse.staff().id()).session(session)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("个人技术档案"), containsString(exam.title()),
                        containsString("88.00 / 100.00"), containsString("id=\"credits-table\""), containsString("@media print"),
                        not(containsString("id=\"entry-form\"")))));
        // a plain nurse has no list of others' files
        mvc.perform(get("/training/files").session(session)).andExpect(status().isForbidden());
    }

    @Test
    void aHeadNurseAddsAnExternalCreditAndABadOneIsRefusedBesideTheField() throws Exception {
        ExamScenario.Person nurse = scenario.nurse(h.wardA().id());
        String head = fixtures.userFor(EnumSet.of(Role.HEAD_NURSE), DataScope.OWN_UNIT, h.wardA().id());
        MockHttpSession session = signIn(head, TestFixtures.PASSWORD);
        String path = "/training/files/" + nurse.staff().id() + "/entries";

        mvc.perform(post(path).session(session).with(csrf()).param("kind", "CONFERENCE").param("title", "院感年会")
                        .param("institution", "市医学会").param("startsOn", "2026-03-01").param("endsOn", "2026-03-02")
                        .param("creditHours", "五").param("evidence", "证书 1"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("学分须为数字")));
        mvc.perform(post(path).session(session).with(csrf()).param("kind", "CONFERENCE").param("title", "院感年会")
                        .param("institution", "市医学会").param("startsOn", "2026-03-01").param("endsOn", "2026-03-02")
                        .param("creditHours", "5").param("evidence", " "))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请填写证明材料")));
        assertThat(jdbc.queryForObject("select count(*) from training_credit_entry where staff_id = ?", Integer.class,
                nurse.staff().id())).isZero();
        mvc.perform(post(path).session(session).with(csrf()).param("kind", "CONFERENCE").param("title", "院感年会")
                        .param("institution", "市医学会").param("startsOn", "2026-03-01").param("endsOn", "2026-03-02")
                        .param("creditHours", "5").param("evidence", "证书 1"))
                .andExpect(redirectedUrl("/training/files/" + nurse.staff().id()))
                .andExpect(flash().attribute("notice", "techfile.notice.entryAdded"));
        mvc.perform(get("/training/files?unitId=" + h.wardA().id()).session(session)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("file-row-" + nurse.staff().id()), containsString("5.0"))));
        mvc.perform(get("/training/files/export?unitId=" + h.wardA().id()).session(session)).andExpect(status().isOk());
        mvc.perform(get("/training/credits").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("初级（士、师）")));
    }

    @Test
    void theCompliancePageListsWhoMissesWhatAndTheOfficeEditsRulesOnTheirForm() throws Exception {
        ExamScenario.Person nurse = scenario.nurse(h.wardA().id());
        MockHttpSession admin = adminSession();
        mvc.perform(get("/training/compliance/rules/new").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"rule-form\"")));
        mvc.perform(post("/training/compliance/rules").session(admin).with(csrf()).param("name", "")
                        .param("requirement", "CREDITS").param("requiredCount", "10").param("dueMonth", "6"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请填写规则名称")));
        String name = TestFixtures.unique("病区学分");
        mvc.perform(post("/training/compliance/rules").session(admin).with(csrf()).param("name", name)
                        .param("audienceUnitId", String.valueOf(h.wardA().id()))
                        .param("requirement", "CREDITS").param("requiredCount", "10").param("dueMonth", "6"))
                .andExpect(redirectedUrl("/training/compliance"));
        Long ruleId = jdbc.queryForObject("select id from training_compliance_rule where name = ?", Long.class, name);
        mvc.perform(get("/training/compliance?unitId=" + h.wardA().id() + "&ruleId=" + ruleId).session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("compliance-" + nurse.staff().id() + "-" + ruleId),
                        containsString("-06-30"), containsString("规培技能达标"))));
        mvc.perform(post("/training/compliance/rules/" + ruleId + "/withdraw").session(admin).with(csrf())
                        .param("reason", "测试结束").param("version", "0"))
                .andExpect(redirectedUrl("/training/compliance"));
    }

    @Test
    void theScoreImportPageReportsBadRowsAndWritesNothingInAllOrNothingMode() throws Exception {
        ExamScenario.Person nurse = scenario.nurse(h.wardA().id());
        ExamView exam = paperExam(List.of(nurse.staff().id()));
        MockHttpSession admin = adminSession();
        mvc.perform(get("/exams/" + exam.id()).session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"btn-import-scores\"")));
        mvc.perform(get("/exams/" + exam.id() + "/scores/import").session(admin)).andExpect(status().isOk());
        byte[] template = mvc.perform(get("/exams/" + exam.id() + "/scores/template").session(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        byte[] bad;
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(template))) {
            wb.getSheetAt(0).getRow(1).createCell(3).setCellValue("101");
            var out = new java.io.ByteArrayOutputStream();
            wb.write(out);
            bad = out.toByteArray();
        }
        mvc.perform(multipart("/exams/" + exam.id() + "/scores/import").file(new MockMultipartFile("file", "s.xlsx",
                        TechnicalFileApiIT.XLSX, bad)).param("mode", "ALL_OR_NOTHING").session(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("分数不能超过满分 100。"), containsString("未录入任何成绩"))));
        assertThat(jdbc.queryForObject("select count(*) from training_attempt where exam_id = ?", Integer.class, exam.id())).isZero();
    }
}
