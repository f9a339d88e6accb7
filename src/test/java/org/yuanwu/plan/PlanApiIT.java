package org.yuanwu.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;
import org.yuanwu.common.DataScope;
import org.yuanwu.identity.Role;
import org.yuanwu.indicator.Fact;
import org.yuanwu.indicator.FactsRecorded;
import org.yuanwu.support.IntegrationTest;
import org.yuanwu.support.TestFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plans over the API: data scope, the approval rules, returning, evidence files, live status from facts, copying. */
class PlanApiIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();
    private static final int THIS_YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    private String headNurseOf(Long wardId) {
        return "Bearer " + fixtures.tokenFor(EnumSet.of(Role.HEAD_NURSE), DataScope.OWN_UNIT, wardId);
    }

    private String departmentHeadOf(Long departmentId) {
        return "Bearer " + fixtures.tokenFor(EnumSet.of(Role.DEPARTMENT_HEAD), DataScope.SUBTREE, departmentId);
    }

    private static String json(Object body) {
        return JSON.writeValueAsString(body);
    }

    private static JsonNode read(ResultActions result) throws Exception {
        return JSON.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private ResultActions call(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                               String auth, Object body) throws Exception {
        request.header("Authorization", auth);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json(body));
        }
        return mvc.perform(request);
    }

    private static Map<String, Object> plan(Long unitId, int year, String title) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "ANNUAL");
        m.put("year", year);
        m.put("unitId", unitId);
        m.put("title", title);
        m.put("goals", "加强护理质量管理，提高患者满意度。");
        return m;
    }

    private static Map<String, Object> lecturesItem(Object target) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", "全年开展健康教育讲座不少于12次");
        m.put("category", "健康教育");
        m.put("owner", "护士长");
        m.put("kind", "INDICATOR");
        m.put("indicatorCode", "education.lectures");
        m.put("comparator", "AT_LEAST");
        m.put("target", target);
        return m;
    }

    private static Map<String, Object> deliverable(String text) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", text);
        m.put("category", "院感");
        m.put("kind", "DELIVERABLE");
        return m;
    }

    private long createPlan(String auth, Long unitId, int year, String title) throws Exception {
        return read(call(post("/api/v1/plans"), auth, plan(unitId, year, title)).andExpect(status().isCreated()))
                .get("id").asLong();
    }

    private long addItem(String auth, long planId, Map<String, Object> item) throws Exception {
        return read(call(post("/api/v1/plans/" + planId + "/items"), auth, item).andExpect(status().isCreated()))
                .get("id").asLong();
    }

    private long version(long planId) {
        return jdbc.queryForObject("select version from plan_plan where id = ?", Long.class, planId);
    }

    private String statusOf(long planId) {
        return jdbc.queryForObject("select status from plan_plan where id = ?", String.class, planId);
    }

    private ResultActions act(String auth, long planId, String action, String comment) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version(planId));
        body.put("comment", comment);
        return call(post("/api/v1/plans/" + planId + "/" + action), auth, body);
    }

    private List<String> history(long planId) {
        return jdbc.queryForList("select action from plan_history where plan_id = ? order by occurred_at, id", String.class, planId);
    }

    @Test
    void aHeadNurseCannotDraftAPlanForAnotherWard() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String nurse = headNurseOf(h.wardA().id());
        long before = jdbc.queryForObject("select count(*) from plan_plan", Long.class);

        call(post("/api/v1/plans"), nurse, plan(h.wardB().id(), THIS_YEAR, "呼吸科病区护理工作计划"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from plan_plan", Long.class)).isEqualTo(before);

        long own = createPlan(nurse, h.wardA().id(), THIS_YEAR, "心内科病区护理工作计划");
        assertThat(statusOf(own)).isEqualTo("DRAFT");
        call(get("/api/v1/plans"), nurse, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].id").value(own));
    }

    @Test
    void theDepartmentHeadApprovesTheWardPlanButNobodyApprovesTheirOwn() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        TestFixtures.Hospital elsewhere = fixtures.hospital();
        String nurse = headNurseOf(h.wardA().id());
        String head = departmentHeadOf(h.department().id());
        String otherHead = departmentHeadOf(elsewhere.department().id());

        long planId = createPlan(nurse, h.wardA().id(), THIS_YEAR, THIS_YEAR + "年心内科病区护理工作计划");
        act(nurse, planId, "submit", null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("plan.error.noItems"));
        addItem(nurse, planId, lecturesItem(12));
        act(nurse, planId, "submit", "请审阅").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));

        act(nurse, planId, "approve", null).andExpect(status().isForbidden());
        act(otherHead, planId, "approve", null).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("plan.error.approverScope"));
        assertThat(statusOf(planId)).isEqualTo("SUBMITTED");

        // The department head sees the ward's plan, approves it, and it runs: its year has begun.
        call(get("/api/v1/plans/" + planId + "/actions"), head, null).andExpect(jsonPath("$.approve").value(true));
        act(head, planId, "approve", "同意").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.approvedBy").isNotEmpty());
        assertThat(history(planId)).containsExactly("CREATE", "SUBMIT", "APPROVE");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'plan' and record_id = ?",
                Long.class, String.valueOf(planId))).isGreaterThanOrEqualTo(3);

        // She drafts and submits wardB's plan herself: then she may not approve it.
        long own = createPlan(head, h.wardB().id(), THIS_YEAR, "呼吸科病区护理工作计划");
        addItem(head, own, deliverable("完成全员院感知识培训"));
        act(head, own, "submit", null).andExpect(status().isOk());
        call(get("/api/v1/plans/" + own + "/actions"), head, null)
                .andExpect(jsonPath("$.approve").value(false))
                .andExpect(jsonPath("$.approvalBlockedKey").value("plan.error.approveOwn"));
        act(head, own, "approve", null).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("plan.error.approveOwn"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("不能审批自己")));
        assertThat(statusOf(own)).isEqualTo("SUBMITTED");
    }

    @Test
    void returningAPlanNeedsACommentAndSendsItBackToItsAuthors() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String nurse = headNurseOf(h.wardA().id());
        String head = departmentHeadOf(h.department().id());
        long planId = createPlan(nurse, h.wardA().id(), THIS_YEAR, "病区工作计划");
        addItem(nurse, planId, lecturesItem("12"));
        act(nurse, planId, "submit", null).andExpect(status().isOk());

        act(head, planId, "return", "  ").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("comment"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("必须填写意见")));
        assertThat(statusOf(planId)).isEqualTo("SUBMITTED");

        act(head, planId, "return", "请补充院感防控的指标").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURNED"));
        assertThat(jdbc.queryForObject("select comment from plan_history where plan_id = ? and action = 'RETURN'",
                String.class, planId)).isEqualTo("请补充院感防控的指标");

        // Back with its authors: editable again, and submitted again.
        Map<String, Object> edit = plan(h.wardA().id(), THIS_YEAR, "病区工作计划（修订）");
        edit.put("version", version(planId));
        call(put("/api/v1/plans/" + planId), nurse, edit).andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("病区工作计划（修订）"));
        act(nurse, planId, "submit", null).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));
        call(get("/api/v1/plans/" + planId + "/history"), nurse, null)
                .andExpect(jsonPath("$[2].action").value("RETURN"))
                .andExpect(jsonPath("$[2].comment").value("请补充院感防控的指标"));
    }

    @Test
    void anExecutableEvidenceFileIsRefusedAndNothingIsStored() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String nurse = headNurseOf(h.wardA().id());
        String head = departmentHeadOf(h.department().id());
        long planId = createPlan(nurse, h.wardA().id(), THIS_YEAR, "病区院感工作计划");
        long itemId = addItem(nurse, planId, deliverable("每季度开展手卫生依从性检查"));
        act(nurse, planId, "submit", null).andExpect(status().isOk());
        act(head, planId, "approve", null).andExpect(status().isOk());
        String files = "/api/v1/plans/" + planId + "/items/" + itemId + "/attachments";

        byte[] program = new byte[4096];
        program[0] = 'M';
        program[1] = 'Z';
        mvc.perform(multipart(files).file(new MockMultipartFile("file", "检查记录.pdf", "application/pdf", program))
                        .header("Authorization", nurse))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("plan.error.attachmentExecutable"))
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        assertThat(jdbc.queryForObject("select count(*) from plan_attachment where item_id = ?", Long.class, itemId)).isZero();

        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        long attachmentId = read(mvc.perform(multipart(files)
                        .file(new MockMultipartFile("file", "检查记录.pdf", "application/octet-stream", pdf))
                        .header("Authorization", nurse))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType").value("application/pdf"))
                .andExpect(jsonPath("$.sizeBytes").value(pdf.length))).get("id").asLong();
        call(get(files), nurse, null).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].fileName").value("检查记录.pdf"))
                .andExpect(jsonPath("$[0].uploadedBy").isNotEmpty());
        call(get(files + "/" + attachmentId), head, null).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andExpect(content().bytes(pdf));

        // Ticked off, the deliverable is achieved.
        long itemVersion = jdbc.queryForObject("select version from plan_item where id = ?", Long.class, itemId);
        call(post("/api/v1/plans/" + planId + "/items/" + itemId + "/done"), nurse, Map.of("done", true, "version", itemVersion))
                .andExpect(status().isOk()).andExpect(jsonPath("$.done").value(true));
        call(get("/api/v1/plans/" + planId + "/progress"), nurse, null)
                .andExpect(jsonPath("$.items[0].status").value("ACHIEVED"))
                .andExpect(jsonPath("$.percent").value(100));
    }

    @Test
    void anIndicatorItemsStatusFollowsTheFacts() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String nurse = headNurseOf(h.wardA().id());
        long planId = createPlan(nurse, h.wardA().id(), 2025, "2025年病区健康教育计划");
        addItem(nurse, planId, lecturesItem(12));
        String progress = "/api/v1/plans/" + planId + "/progress";

        call(get(progress).param("asOf", "2025-02-01"), nurse, null)
                .andExpect(jsonPath("$.items[0].status").value("NO_DATA"))
                .andExpect(jsonPath("$.items[0].value").doesNotExist());

        String source = TestFixtures.unique("lectures-");
        tx.executeWithoutResult(s -> events.publishEvent(new FactsRecorded("test.source", source,
                List.of(Fact.of("education.lectures", h.wardA().id(), LocalDate.of(2025, 1, 15), 3)))));

        // 3 lectures by February keep pace with 12 a year; by December they do not; after the year they missed.
        call(get(progress).param("asOf", "2025-02-01"), nurse, null)
                .andExpect(jsonPath("$.items[0].value").value(3))
                .andExpect(jsonPath("$.items[0].status").value("ON_TRACK"))
                .andExpect(jsonPath("$.from").value("2025-01-01"))
                .andExpect(jsonPath("$.to").value("2025-02-01"));
        call(get(progress).param("asOf", "2025-12-01"), nurse, null).andExpect(jsonPath("$.items[0].status").value("AT_RISK"));
        call(get(progress).param("asOf", "2026-01-10"), nurse, null).andExpect(jsonPath("$.items[0].status").value("MISSED"))
                .andExpect(jsonPath("$.percent").value(0));

        tx.executeWithoutResult(s -> events.publishEvent(new FactsRecorded("test.source", source + "b",
                List.of(Fact.of("education.lectures", h.wardA().id(), LocalDate.of(2025, 6, 1), 9)))));
        call(get(progress).param("asOf", "2025-12-01"), nurse, null)
                .andExpect(jsonPath("$.items[0].value").value(12))
                .andExpect(jsonPath("$.items[0].status").value("ACHIEVED"))
                .andExpect(jsonPath("$.percent").value(100));
    }

    @Test
    void anItemCoveringSeveralWardsShowsEachWardAndTheWorstStatus() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String head = departmentHeadOf(h.department().id());
        long planId = createPlan(head, h.department().id(), 2025, "2025年内科健康教育计划");
        Map<String, Object> item = lecturesItem(4);
        item.put("coveredUnitIds", List.of(h.wardA().id(), h.wardB().id()));
        addItem(head, planId, item);
        tx.executeWithoutResult(s -> events.publishEvent(new FactsRecorded("test.source", TestFixtures.unique("wards-"),
                List.of(Fact.of("education.lectures", h.wardA().id(), LocalDate.of(2025, 3, 1), 5),
                        Fact.of("education.lectures", h.wardB().id(), LocalDate.of(2025, 3, 1), 2)))));

        call(get("/api/v1/plans/" + planId + "/progress").param("asOf", "2026-01-05"), head, null)
                .andExpect(jsonPath("$.items[0].status").value("MISSED"))
                .andExpect(jsonPath("$.items[0].value").value(7))
                .andExpect(jsonPath("$.items[0].units.length()").value(3))
                .andExpect(jsonPath("$.items[0].units[?(@.unitId == " + h.wardA().id() + ")].status").value("ACHIEVED"))
                .andExpect(jsonPath("$.items[0].units[?(@.unitId == " + h.wardB().id() + ")].status").value("MISSED"))
                .andExpect(jsonPath("$.items[0].units[?(@.overall == true)].value").value(7));
    }

    @Test
    void badItemsGetAFieldMessageAndNothingIsSaved() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String nurse = headNurseOf(h.wardA().id());
        long planId = createPlan(nurse, h.wardA().id(), THIS_YEAR, "病区工作计划");

        Map<String, Object> unknown = lecturesItem(12);
        unknown.put("indicatorCode", "nursing.no_such_thing");
        Map<String, Object> words = lecturesItem("十二次");
        Map<String, Object> range = lecturesItem(10);
        range.put("comparator", "BETWEEN");
        range.put("targetUpper", "8");
        Map<String, Object> noUpper = lecturesItem(10);
        noUpper.put("comparator", "BETWEEN");
        Map<String, Object> outside = lecturesItem(12);
        outside.put("coveredUnitIds", List.of(h.wardB().id()));
        Map<String, Object> late = deliverable("培训");
        late.put("dueDate", (THIS_YEAR + 1) + "-01-15");

        for (var bad : List.of(Map.entry(unknown, "indicatorCode"), Map.entry(words, "target"), Map.entry(range, "targetUpper"),
                Map.entry(noUpper, "targetUpper"), Map.entry(outside, "coveredUnitIds"), Map.entry(late, "dueDate"))) {
            call(post("/api/v1/plans/" + planId + "/items"), nurse, bad.getKey())
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value(bad.getValue()));
        }
        assertThat(jdbc.queryForObject("select count(*) from plan_item where plan_id = ?", Long.class, planId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from plan_item_unit u join plan_item i on i.id = u.item_id "
                + "where i.plan_id = ?", Long.class, planId)).isZero();
    }

    @Test
    void lastYearsPlanIsCopiedAsADraftForTheNextYearOnce() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String nurse = headNurseOf(h.wardA().id());
        String head = departmentHeadOf(h.department().id());
        long planId = createPlan(nurse, h.wardA().id(), THIS_YEAR - 1, (THIS_YEAR - 1) + "年病区护理工作计划");
        addItem(nurse, planId, lecturesItem("12.5"));
        Map<String, Object> task = deliverable("完成护理质量自查");
        task.put("dueDate", (THIS_YEAR - 1) + "-06-30");
        long taskId = addItem(nurse, planId, task);
        act(nurse, planId, "submit", null).andExpect(status().isOk());
        act(head, planId, "approve", null).andExpect(status().isOk());
        call(post("/api/v1/plans/" + planId + "/items/" + taskId + "/done"), nurse,
                Map.of("done", true, "version", jdbc.queryForObject("select version from plan_item where id = ?", Long.class, taskId)))
                .andExpect(status().isOk());
        mvc.perform(multipart("/api/v1/plans/" + planId + "/items/" + taskId + "/attachments")
                        .file(new MockMultipartFile("file", "自查.txt", "text/plain", "自查记录".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .header("Authorization", nurse))
                .andExpect(status().isCreated());

        JsonNode copy = read(call(post("/api/v1/plans/" + planId + "/copy"), nurse, null).andExpect(status().isCreated())
                .andExpect(jsonPath("$.year").value(THIS_YEAR))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.title").value(THIS_YEAR + "年病区护理工作计划"))
                .andExpect(jsonPath("$.copiedFromId").value(planId))
                .andExpect(jsonPath("$.itemCount").value(2)));
        long copyId = copy.get("id").asLong();
        call(get("/api/v1/plans/" + copyId + "/items"), nurse, null)
                .andExpect(jsonPath("$[0].target").value(12.5))
                .andExpect(jsonPath("$[0].indicatorCode").value("education.lectures"))
                .andExpect(jsonPath("$[1].done").value(false))
                .andExpect(jsonPath("$[1].dueDate").value(THIS_YEAR + "-06-30"))
                .andExpect(jsonPath("$[1].attachmentCount").value(0));
        assertThat(history(copyId)).containsExactly("COPY");

        call(post("/api/v1/plans/" + planId + "/copy"), nurse, null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("plan.error.alreadyCopied"));
    }

    @Test
    void theApiIsDocumented() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/plans']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/plans/{id}/approve'].post.summary").isNotEmpty())
                .andExpect(jsonPath("$.paths['/api/v1/plans/{id}/items/{itemId}/attachments'].post").exists());
    }
}
