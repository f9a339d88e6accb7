package org.yuanwu.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.yuanwu.common.excel.ExcelSheet;
import org.yuanwu.support.IntegrationTest;
import org.yuanwu.support.TestFixtures;

/** The question bank and exam pages: forms with errors beside the field, the import report, sitting an exam, results. */
class ExamPagesIT extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    private static byte[] workbook(String[]... rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("questions");
            List<String> headers = QuestionService.headers();
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aQuestionFormShowsTheProblemBesideTheFieldAndSavesNothing() throws Exception {
        MockHttpSession admin = adminSession();
        TestFixtures.Hospital h = fixtures.hospital();
        String stem = TestFixtures.unique("静脉输液");
        mvc.perform(post("/training/questions").session(admin).with(csrf()).param("unitId", String.valueOf(h.wardA().id()))
                        .param("type", "SINGLE").param("category", "BASICS").param("difficulty", "3").param("points", "2")
                        .param("stem", stem).param("optionA", "甲").param("optionB", "乙").param("optionC", "丙")
                        .param("answer", "D"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"answer-error\""), containsString("正确答案为D，但只有 3 个选项"))));
        assertThat(jdbc.queryForObject("select count(*) from training_question where stem = ?", Integer.class, stem)).isZero();

        mvc.perform(post("/training/questions").session(admin).with(csrf()).param("unitId", String.valueOf(h.wardA().id()))
                        .param("type", "SINGLE").param("category", "BASICS").param("difficulty", "3").param("points", "2")
                        .param("stem", stem).param("optionA", "甲").param("optionB", "乙").param("optionC", "丙")
                        .param("answer", "c"))
                .andExpect(redirectedUrl("/training/questions"));
        assertThat(jdbc.queryForObject("select answer from training_question where stem = ?", String.class, stem)).isEqualTo("C");
        mvc.perform(get("/training/questions").session(admin).param("q", stem))
                .andExpect(status().isOk()).andExpect(content().string(containsString(stem)));
        mvc.perform(get("/training/questions/export").session(admin).param("q", stem))
                .andExpect(status().isOk()).andExpect(content().contentType(ExcelSheet.CONTENT_TYPE));
    }

    @Test
    void anImportReportsEveryBadRowAndSavesAllOrOnlyTheValidRows() throws Exception {
        MockHttpSession admin = adminSession();
        TestFixtures.Hospital h = fixtures.hospital();
        String good = TestFixtures.unique("导入");
        byte[] file = workbook(
                new String[] {"单选", good, "甲", "乙", "丙", "", "", "", "B", "三基", "2", "标签", "解析", "2"},
                new String[] {"判断", "缺答案的判断题", "", "", "", "", "", "", "", "院感", "1", "", "", "1"},
                new String[] {"单选", "三个选项答D", "甲", "乙", "丙", "", "", "", "D", "专科", "3", "", "", "2"},
                new String[] {"问答", "未知题型", "", "", "", "", "", "", "x", "其他", "3", "", "", "2"});
        mvc.perform(multipart("/training/questions/import").file(new MockMultipartFile("file", "q.xlsx", ExcelSheet.CONTENT_TYPE, file))
                        .param("unitId", String.valueOf(h.wardA().id())).param("mode", "ALL_OR_NOTHING").session(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("缺少正确答案"), containsString("正确答案为D，但只有 3 个选项"),
                        containsString("无法识别的题型“问答”"), containsString("id=\"import-nothing\""))));
        assertThat(jdbc.queryForObject("select count(*) from training_question where stem = ?", Integer.class, good)).isZero();

        mvc.perform(multipart("/training/questions/import").file(new MockMultipartFile("file", "q.xlsx", ExcelSheet.CONTENT_TYPE, file))
                        .param("unitId", String.valueOf(h.wardA().id())).param("mode", "VALID_ROWS").session(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("导入 1 题，3 行有错误")));
        assertThat(jdbc.queryForObject("select count(*) from training_question where stem = ?", Integer.class, good)).isEqualTo(1);

        mvc.perform(get("/training/questions/template").session(admin))
                .andExpect(status().isOk()).andExpect(content().contentType(ExcelSheet.CONTENT_TYPE));
        mvc.perform(multipart("/training/questions/import").param("unitId", String.valueOf(h.wardA().id()))
                        .session(admin).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请选择要导入的Excel文件")));
    }

    @Test
    void aNurseSitsAnExamOnThePagesAndTheExaminerSeesTheResult() throws Exception {
        ExamScenario scenario = new ExamScenario(context);
        TestFixtures.Hospital h = fixtures.hospital();
        ExamScenario.Person nurse = scenario.nurse(h.wardA().id());
        MockHttpSession admin = adminSession();
        QuestionView single = scenario.single(h.wardA().id(), "B", 5);
        QuestionView tf = scenario.question(h.wardA().id(), QuestionType.TRUE_FALSE, QuestionCategory.RULES, 1, "F", 5);

        String location = mvc.perform(post("/exams").session(admin).with(csrf()).param("unitId", String.valueOf(h.wardA().id()))
                        .param("title", "十一月理论考试").param("kind", "THEORY").param("mode", "ONLINE")
                        .param("opensAt", java.time.LocalDateTime.now(ExamView.ZONE).minusHours(1).withNano(0).toString())
                        .param("closesAt", java.time.LocalDateTime.now(ExamView.ZONE).plusDays(2).withNano(0).toString())
                        .param("durationMinutes", "20").param("passMark", "60").param("passMarkType", "PERCENT")
                        .param("assembly", "MANUAL"))
                .andExpect(redirectedUrlPattern("/exams/*")).andReturn().getResponse().getRedirectedUrl();
        long examId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(get("/exams/" + examId).session(admin))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("id=\"paper-form\""),
                        containsString("id=\"invite-form\""), containsString("id=\"publish-form\""))));
        mvc.perform(post("/exams/" + examId + "/publish").session(admin).with(csrf()).param("version", "0"))
                .andExpect(redirectedUrl("/exams/" + examId));
        mvc.perform(get("/exams/" + examId).session(admin)).andExpect(content().string(allOf(containsString("尚未邀请考生"),
                containsString("没有符合条件的考生。"))));
        mvc.perform(post("/exams/" + examId + "/candidates").session(admin).with(csrf())
                .param("staffIds", String.valueOf(nurse.staff().id()))).andExpect(status().is3xxRedirection());
        mvc.perform(post("/exams/" + examId + "/paper/questions").session(admin).with(csrf())
                .param("questionIds", String.valueOf(single.id())).param("questionIds", String.valueOf(tf.id())))
                .andExpect(status().is3xxRedirection());
        long version = jdbc.queryForObject("select version from training_exam where id = ?", Long.class, examId);
        mvc.perform(post("/exams/" + examId + "/publish").session(admin).with(csrf()).param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/exams/" + examId).session(admin))
                .andExpect(content().string(allOf(containsString("已发布"), containsString(single.stem()))));

        MockHttpSession session = signIn(nurse.username(), ExamScenario.PASSWORD);
        mvc.perform(get("/exams").session(session))
                .andExpect(content().string(allOf(containsString("十一月理论考试"), containsString("/exams/" + examId + "/take"))));
        mvc.perform(get("/exams/" + examId + "/take").session(session)).andExpect(content().string(containsString("id=\"btn-start\"")));
        mvc.perform(post("/exams/" + examId + "/take").session(session).with(csrf()))
                .andExpect(redirectedUrl("/exams/" + examId + "/take"));
        mvc.perform(get("/exams/" + examId + "/take").session(session))
                .andExpect(content().string(allOf(containsString("id=\"timer\""), containsString(tf.stem()))));
        long attemptId = jdbc.queryForObject("select id from training_attempt where exam_id = ?", Long.class, examId);
        mvc.perform(post("/exams/attempts/" + attemptId + "/answers").session(session).with(csrf())
                        .param("questionId", String.valueOf(single.id())).param("response", "B"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("已保存")));
        mvc.perform(post("/exams/attempts/" + attemptId + "/answers").session(session).with(csrf())
                        .param("questionId", String.valueOf(tf.id())).param("response", "也许"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("判断题请选择“对”或“错”")));
        mvc.perform(post("/exams/attempts/" + attemptId + "/submit").session(session).with(csrf()))
                .andExpect(redirectedUrl("/exams/attempts/" + attemptId));
        mvc.perform(get("/exams/attempts/" + attemptId).session(session))
                .andExpect(content().string(allOf(containsString("5.00 / 10.00"), containsString("不合格"),
                        containsString("id=\"key-hidden\""))));

        mvc.perform(get("/exams/" + examId + "/results").session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(nurse.staff().name()), containsString("0.0%"),
                        containsString("id=\"item-analysis\""), containsString("item-chart"))));
        mvc.perform(get("/exams/" + examId + "/results/export").session(admin))
                .andExpect(status().isOk()).andExpect(content().contentType(ExcelSheet.CONTENT_TYPE));
        mvc.perform(get("/exams/people/" + nurse.staff().id()).session(admin))
                .andExpect(content().string(containsString("十一月理论考试")));
        mvc.perform(get("/exams/" + examId).session(session)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("十一月理论考试"))));
        mvc.perform(get("/training/questions").session(session)).andExpect(status().isForbidden());
    }

    @Test
    void theSetUpPagesRenderForEveryWayOfMakingAPaper() throws Exception {
        MockHttpSession admin = adminSession();
        TestFixtures.Hospital h = fixtures.hospital();
        ExamScenario scenario = new ExamScenario(context);
        ExamForm form = scenario.examForm(h.wardA().id(), ExamKind.RULES, 30);
        form.setAssembly(PaperAssembly.RULES);
        ExamView exam = context.getBean(ExamService.class).create(form);
        mvc.perform(get("/exams/" + exam.id()).session(admin))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"rules-form\"")));
        mvc.perform(post("/exams/" + exam.id() + "/paper/rules").session(admin).with(csrf())
                        .param("category", "RULES").param("difficulty", "").param("type", "SINGLE").param("count", "3")
                        .param("pointsEach", "2"))
                .andExpect(redirectedUrl("/exams/" + exam.id() + "#paper"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("actionError", "exam.error.ruleUnsatisfiable"));
        for (String page : new String[] {"/exams/new", "/exams/" + exam.id() + "/edit", "/training/questions/new",
                "/training/questions/import", "/exams/grading", "/exams/" + exam.id() + "/results", "/exams"}) {
            mvc.perform(get(page).session(admin)).andExpect(status().isOk());
        }
        mvc.perform(get("/exams").session(admin).param("lang", "en"))
                .andExpect(content().string(containsString("Exam management")));
    }
}
