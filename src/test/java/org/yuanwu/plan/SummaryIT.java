package org.yuanwu.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.yuanwu.common.pdf.ChineseFont;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.yuanwu.common.DataScope;
import org.yuanwu.identity.Role;
import org.yuanwu.indicator.Fact;
import org.yuanwu.indicator.FactsRecorded;
import org.yuanwu.support.IntegrationTest;
import org.yuanwu.support.TestFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The year-end summary of a small fixed plan: the JSON model's sentences, the Word document, the preview page. */
class SummaryIT extends IntegrationTest {

    @Autowired
    private ChineseFont chineseFont;


    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

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

    private void transition(String auth, long planId, String action) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", jdbc.queryForObject("select version from plan_plan where id = ?", Long.class, planId));
        body.put("comment", null);
        call(post("/api/v1/plans/" + planId + "/" + action), auth, body).andExpect(status().isOk());
    }

    @Test
    void aSmallFixedPlanIsSummarisedInSentences() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String nurse = "Bearer " + fixtures.tokenFor(EnumSet.of(Role.HEAD_NURSE), DataScope.OWN_UNIT, h.wardA().id());

        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("kind", "ANNUAL");
        plan.put("year", 2025);
        plan.put("unitId", h.wardA().id());
        plan.put("title", "2025年护理工作计划");
        plan.put("goals", "加强护理质量管理，提高患者满意度。");
        long planId = read(call(post("/api/v1/plans"), nurse, plan).andExpect(status().isCreated())).get("id").asLong();

        Map<String, Object> lectures = new LinkedHashMap<>();
        lectures.put("text", "全年开展健康教育讲座不少于12次");
        lectures.put("category", "健康教育");
        lectures.put("kind", "INDICATOR");
        lectures.put("indicatorCode", "education.lectures");
        lectures.put("comparator", "AT_LEAST");
        lectures.put("target", 12);
        call(post("/api/v1/plans/" + planId + "/items"), nurse, lectures).andExpect(status().isCreated());

        Map<String, Object> task = new LinkedHashMap<>();
        task.put("text", "完成院感自查报告");
        task.put("category", "院感");
        task.put("kind", "DELIVERABLE");
        long taskId = read(call(post("/api/v1/plans/" + planId + "/items"), nurse, task).andExpect(status().isCreated()))
                .get("id").asLong();
        String head = "Bearer " + fixtures.tokenFor(EnumSet.of(Role.DEPARTMENT_HEAD), DataScope.SUBTREE, h.department().id());
        transition(nurse, planId, "submit");
        transition(head, planId, "approve");
        call(post("/api/v1/plans/" + planId + "/items/" + taskId + "/done"), nurse, Map.of("done", true, "version",
                jdbc.queryForObject("select version from plan_item where id = ?", Long.class, taskId)))
                .andExpect(status().isOk());

        tx.executeWithoutResult(s -> events.publishEvent(new FactsRecorded("test.source", TestFixtures.unique("sum-"),
                List.of(Fact.of("education.lectures", h.wardA().id(), LocalDate.of(2025, 3, 10), 6),
                        Fact.of("education.lectures", h.wardA().id(), LocalDate.of(2025, 9, 20), 8)))));

        String title = h.wardA().name() + "2025年工作总结";
        JsonNode summary = read(call(get("/api/v1/plans/" + planId + "/summary"), nurse, null).andExpect(status().isOk()));
        assertThat(summary.get("title").asString()).isEqualTo(title);
        List<String> paragraphs = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        for (JsonNode section : summary.get("sections")) {
            headings.add(section.get("heading").asString());
            section.get("paragraphs").forEach(p -> paragraphs.add(p.asString()));
        }
        assertThat(headings).containsExactly("一、工作目标", "二、计划完成情况", "三、主要工作量", "四、未完成事项及原因",
                "五、下一年度工作计划（草案）");
        assertThat(paragraphs).containsSubsequence(
                "本年度工作目标：加强护理质量管理，提高患者满意度。",
                "本计划共列工作事项 2 项，已完成 2 项，未完成 0 项。",
                "（一）全年开展健康教育讲座不少于12次。全年健康教育讲座次数 14 次，目标不少于 12 次，已完成。",
                "（二）完成院感自查报告。已完成。",
                "根据业务记录统计，全年共完成健康教育讲座次数 14 次。",
                "本年度计划事项均已完成。",
                "2026年拟继续开展以下工作：",
                "1. 全年开展健康教育讲座不少于12次，健康教育讲座次数目标不少于 12 次。",
                "2. 完成院感自查报告。");

        byte[] docx = call(get("/api/v1/plans/" + planId + "/summary.docx"), nurse, null).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(texts.get(0)).isEqualTo(title);
            assertThat(texts).contains("二、计划完成情况",
                    "（一）全年开展健康教育讲座不少于12次。全年健康教育讲座次数 14 次，目标不少于 12 次，已完成。");
        }

        if ("true".equals(System.getenv("YUANWU_TEST_REQUIRE_PDF_FONT"))) {
            assertThat(chineseFont.available()).as("a Chinese font for PDFs (CI installs fonts-wqy-zenhei)").isTrue();
        }
        if (chineseFont.available()) {
            byte[] pdf = call(get("/api/v1/plans/" + planId + "/summary.pdf"), nurse, null).andExpect(status().isOk())
                    .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                    .andReturn().getResponse().getContentAsByteArray();
            PdfReader reader = new PdfReader(pdf);
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            reader.close();
            assertThat(text.replaceAll("\\s+", "")).contains(title).contains("二、计划完成情况")
                    .contains("本计划共列工作事项2项，已完成2项，未完成0项。");
        } else {
            call(get("/api/v1/plans/" + planId + "/summary.pdf"), nurse, null)
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("yuanwu.pdf.font")));
        }

        var session = adminSession();
        mvc.perform(get("/plans/" + planId + "/summary.docx").session(session)).andExpect(status().isOk());
        String html = mvc.perform(get("/plans/" + planId + "/summary").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains(title).contains("btn-summary-docx");
        assertThat(html.contains("btn-summary-pdf")).isEqualTo(chineseFont.available());
    }
}
