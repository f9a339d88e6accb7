package org.yuanwu.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.yuanwu.common.DataScope;
import org.yuanwu.identity.Role;
import org.yuanwu.support.IntegrationTest;
import org.yuanwu.support.TestFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Adverse events over the API: anonymous and named reports, who sees what, bad input, triage, root-cause analysis,
 * corrective actions flowing through the quality rectification loop, repeats and accountability, facts, review.
 */
class AdverseEventApiIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    private static LocalDateTime hoursAgo(int hours) {
        return LocalDateTime.now(ZONE).minusHours(hours).truncatedTo(ChronoUnit.MINUTES);
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

    static Map<String, Object> event(Long unitId, LocalDateTime at, String type, String level, String description,
                                     boolean anonymous) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("occurredAt", at.toString());
        m.put("unitId", unitId);
        m.put("place", "3床");
        m.put("patientInvolved", true);
        m.put("patientRef", "3床 住院号 20261101");
        m.put("type", type);
        m.put("level", level);
        m.put("nursing", true);
        m.put("description", description);
        m.put("involvedStaff", "责任护士");
        m.put("immediateActions", "立即通知医生，监测生命体征");
        m.put("anonymous", anonymous);
        return m;
    }

    private record People(TestFixtures.Hospital h, String nurseA, String otherNurseA, String headNurseA, String officer) {
    }

    private People people() {
        TestFixtures.Hospital h = fixtures.hospital();
        return new People(h,
                "Bearer " + fixtures.tokenFor(EnumSet.of(Role.STAFF_MEMBER), DataScope.OWN_UNIT, h.wardA().id()),
                "Bearer " + fixtures.tokenFor(EnumSet.of(Role.STAFF_MEMBER), DataScope.OWN_UNIT, h.wardA().id()),
                "Bearer " + fixtures.tokenFor(EnumSet.of(Role.HEAD_NURSE), DataScope.OWN_UNIT, h.wardA().id()),
                "Bearer " + fixtures.tokenFor(EnumSet.of(Role.QUALITY_OFFICER), DataScope.SUBTREE, h.hospital().id()));
    }

    @Test
    void anonymousReportStoresNoReporterNotEvenInTheAuditTrail() throws Exception {
        People p = people();
        JsonNode created = read(call(post("/api/v1/safety/events"), p.nurseA(),
                event(p.h().wardA().id(), hoursAgo(3), "MEDICATION", "III", "匿名：给药时间延误", true))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.anonymous").value(true))
                .andExpect(jsonPath("$.reporter").doesNotExist()));
        long id = created.get("id").asLong();
        Map<String, Object> row = jdbc.queryForMap("select reporter, reporter_user_id, anonymous from safety_event where id = ?", id);
        assertThat(row.get("reporter")).isNull();
        assertThat(row.get("reporter_user_id")).isNull();
        assertThat(row.get("anonymous")).isEqualTo(true);
        assertThat(jdbc.queryForList("select actor from audit_entry where record_type = 'safety_event' and record_id = ?",
                String.class, String.valueOf(id))).containsExactly("system");
        // the anonymous reporter cannot find it as hers; the quality office sees it
        call(get("/api/v1/safety/events/" + id), p.nurseA(), null).andExpect(status().isForbidden());
        call(get("/api/v1/safety/events/" + id), p.officer(), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.description").value("匿名：给药时间延误"));
    }

    @Test
    void aReporterSeesHerOwnNamedReportButNotOthersWithoutSafetyRead() throws Exception {
        People p = people();
        long id = read(call(post("/api/v1/safety/events"), p.nurseA(),
                event(p.h().wardA().id(), hoursAgo(2), "FALL", "IV", "署名：床栏未拉起，及时发现", false))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reporter").isNotEmpty())).get("id").asLong();
        assertThat(jdbc.queryForObject("select reporter_user_id from safety_event where id = ?", Long.class, id)).isNotNull();
        call(get("/api/v1/safety/events/" + id), p.nurseA(), null).andExpect(status().isOk());
        call(get("/api/v1/safety/events?mine=true"), p.nurseA(), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(id))
                .andExpect(jsonPath("$.totalItems").value(1));
        call(get("/api/v1/safety/events/" + id), p.otherNurseA(), null).andExpect(status().isForbidden());
        call(get("/api/v1/safety/events"), p.otherNurseA(), null).andExpect(jsonPath("$.totalItems").value(0));
        // a head nurse of another ward (SAFETY_READ, own unit) does not see it either
        String headNurseB = "Bearer " + fixtures.tokenFor(EnumSet.of(Role.HEAD_NURSE), DataScope.OWN_UNIT, p.h().wardB().id());
        call(get("/api/v1/safety/events/" + id), headNurseB, null).andExpect(status().isForbidden());
        call(get("/api/v1/safety/events/" + id), p.headNurseA(), null).andExpect(status().isOk());
    }

    @Test
    void onsetInTheFutureOrUnknownUnitIsRefusedWithAClearMessageAndNothingStored() throws Exception {
        People p = people();
        String text = TestFixtures.unique("未来事件");
        call(post("/api/v1/safety/events").header("Accept-Language", "en"), p.nurseA(),
                event(p.h().wardA().id(), LocalDateTime.now(ZONE).plusDays(1), "FALL", "IV", text, false))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The time it happened cannot be in the future."));
        call(post("/api/v1/safety/events"), p.nurseA(), event(999_999_999L, hoursAgo(1), "FALL", "IV", text, false))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("科室 999999999 不存在或已停用。"));
        Map<String, Object> noLevel = event(p.h().wardA().id(), hoursAgo(1), "FALL", "IV", text, false);
        noLevel.remove("level");
        call(post("/api/v1/safety/events"), p.nurseA(), noLevel).andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("select count(*) from safety_event where description = ?", Long.class, text)).isZero();
    }

    @Test
    void triageRootCauseAnalysisAndACorrectiveActionThatRunsThroughTheQualityLoop() throws Exception {
        People p = people();
        JsonNode created = read(call(post("/api/v1/safety/events"), p.nurseA(),
                event(p.h().wardA().id(), hoursAgo(5), "OTHER", "III", "患者如厕时跌倒，额部擦伤", false))
                .andExpect(status().isCreated()));
        long id = created.get("id").asLong();
        call(post("/api/v1/safety/events/" + id + "/triage"), p.nurseA(),
                Map.of("decision", "ACCEPT", "version", created.get("version").asLong())).andExpect(status().isForbidden());

        JsonNode triaged = read(call(post("/api/v1/safety/events/" + id + "/triage"), p.officer(),
                Map.of("decision", "RECLASSIFY", "type", "FALL", "level", "II", "note", "造成轻度伤害",
                        "version", created.get("version").asLong()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.type").value("FALL"))
                .andExpect(jsonPath("$.level").value("II")));
        assertThat(jdbc.queryForList("select measure_code from indicator_fact where source_type = 'safety.event' "
                + "and source_id = ? order by measure_code", String.class, String.valueOf(id)))
                .containsExactly("safety.adverse_events", "safety.nursing_events");

        // level II cannot be closed before the analysis
        call(post("/api/v1/safety/events/" + id + "/close"), p.officer(), Map.of("version", triaged.get("version").asLong()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Ⅰ、Ⅱ级事件须完成根本原因分析后方可结案。"));

        // a corrective action without a deadline is refused
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("description", "夜间如厕防跌倒措施未落实");
        action.put("action", "高危患者床头悬挂警示牌，夜班每2小时巡视");
        call(post("/api/v1/safety/events/" + id + "/actions"), p.officer(), action)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("整改措施须有整改期限。"));
        action.put("deadline", java.time.LocalDate.now(ZONE).plusDays(14).toString());
        JsonNode withAction = read(call(post("/api/v1/safety/events/" + id + "/actions"), p.officer(), action)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.actions[0].findingStatus").value("OPEN")));
        long findingId = withAction.get("actions").get(0).get("findingId").asLong();
        assertThat(jdbc.queryForObject("select source_type || ':' || source_id from quality_finding where id = ?",
                String.class, findingId)).isEqualTo("safety.event:" + id);

        // the ward answers in the quality loop, the quality office accepts: the event shows it
        JsonNode finding = read(call(get("/api/v1/quality/findings/" + findingId), p.headNurseA(), null).andExpect(status().isOk()));
        JsonNode answered = read(mvc.perform(multipart("/api/v1/quality/findings/" + findingId + "/answer")
                        .file(new MockMultipartFile("evidence", "sign.png", "image/png", PNG))
                        .param("version", finding.get("version").asString())
                        .param("correctiveAction", "已悬挂警示牌并培训")
                        .header("Authorization", p.headNurseA()))
                .andExpect(status().isOk()));
        call(post("/api/v1/quality/findings/" + findingId + "/verify"), p.officer(),
                Map.of("version", answered.get("version").asLong(), "accept", true)).andExpect(status().isOk());
        call(get("/api/v1/safety/events/" + id), p.officer(), null)
                .andExpect(jsonPath("$.actions[0].findingStatus").value("ACCEPTED"))
                .andExpect(jsonPath("$.actions[0].closedOn").isNotEmpty());
        assertThat(jdbc.queryForObject("select closed from safety_event_action where finding_id = ?", Boolean.class, findingId)).isTrue();

        // the analysis: a missing fishbone is refused, a full one saved
        Map<String, Object> rca = new LinkedHashMap<>();
        rca.put("timeline", List.of(Map.of("at", "02:10", "entry", "患者自行下床如厕"), Map.of("at", "02:12", "entry", "跌倒，呼叫")));
        rca.put("causes", List.of());
        rca.put("whys", List.of("为什么跌倒？地面湿滑"));
        rca.put("summary", "防跌倒评估后措施未落实");
        rca.put("version", triaged.get("version").asLong());
        call(put("/api/v1/safety/events/" + id + "/rca"), p.officer(), rca)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("鱼骨图至少需要列出一条原因。"));
        rca.put("causes", List.of(Map.of("category", "PEOPLE", "cause", "夜班巡视不到位"),
                Map.of("category", "ENVIRONMENT", "cause", "卫生间地面湿滑")));
        rca.put("whys", List.of("为什么跌倒？地面湿滑", "为什么湿滑？保洁未及时拖干", "为什么未及时？夜间无人负责"));
        JsonNode analysed = read(call(put("/api/v1/safety/events/" + id + "/rca"), p.officer(), rca)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.causes.length()").value(2))
                .andExpect(jsonPath("$.whys[2]").value("为什么未及时？夜间无人负责"))
                .andExpect(jsonPath("$.timeline[1].entry").value("跌倒，呼叫")));
        assertThat(jdbc.queryForObject("select count(*) from safety_event_cause where event_id = ?", Long.class, id)).isEqualTo(2);

        call(post("/api/v1/safety/events/" + id + "/close"), p.officer(),
                Map.of("version", analysed.get("version").asLong(), "note", "整改完成"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'safety_event' and record_id = ?",
                Long.class, String.valueOf(id))).isGreaterThanOrEqualTo(5L);
    }

    @Test
    void sameTypeInTheSameUnitWithinTheWindowIsFlaggedAndTheUnitHeadMustAnswer() throws Exception {
        People p = people();
        long first = read(call(post("/api/v1/safety/events"), p.nurseA(),
                event(p.h().wardA().id(), hoursAgo(48), "TUBE_DISLODGEMENT", "IV", "胃管固定松动", false))).get("id").asLong();
        long second = read(call(post("/api/v1/safety/events"), p.nurseA(),
                event(p.h().wardA().id(), hoursAgo(2), "TUBE_DISLODGEMENT", "IV", "尿管固定松动", false))).get("id").asLong();
        call(post("/api/v1/safety/events/" + first + "/triage"), p.officer(), Map.of("decision", "ACCEPT", "version", 0))
                .andExpect(jsonPath("$.repeat").value(false));
        JsonNode again = read(call(post("/api/v1/safety/events/" + second + "/triage"), p.officer(),
                Map.of("decision", "ACCEPT", "version", 0))
                .andExpect(jsonPath("$.repeat").value(true))
                .andExpect(jsonPath("$.repeatOfId").value(first)));
        call(post("/api/v1/safety/events/" + second + "/close"), p.officer(), Map.of("version", again.get("version").asLong()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("重复发生的事件须由科室负责人填写责任追究说明后方可结案。"));
        // the officer has no SAFETY_WRITE over... she has; the ward's plain nurse has not
        call(post("/api/v1/safety/events/" + second + "/accountability"), p.nurseA(),
                Map.of("text", "x", "version", again.get("version").asLong())).andExpect(status().isForbidden());
        JsonNode answered = read(call(post("/api/v1/safety/events/" + second + "/accountability"), p.headNurseA(),
                Map.of("text", "护士长约谈责任护士，管路固定纳入每班交接", "version", again.get("version").asLong()))
                .andExpect(status().isOk()));
        call(post("/api/v1/safety/events/" + second + "/close"), p.officer(), Map.of("version", answered.get("version").asLong()))
                .andExpect(status().isOk());
    }

    @Test
    void notAnEventNeedsAReasonAndLeavesNoFacts() throws Exception {
        People p = people();
        long id = read(call(post("/api/v1/safety/events"), p.nurseA(),
                event(p.h().wardA().id(), hoursAgo(1), "OTHER", "IV", "患者家属不满意饭菜", false))).get("id").asLong();
        call(post("/api/v1/safety/events/" + id + "/triage"), p.officer(), Map.of("decision", "NOT_EVENT", "version", 0))
                .andExpect(status().isBadRequest());
        call(post("/api/v1/safety/events/" + id + "/triage"), p.officer(),
                Map.of("decision", "NOT_EVENT", "note", "属于投诉，转投诉处理", "version", 0))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("NOT_EVENT"));
        assertThat(jdbc.queryForObject("select count(*) from indicator_fact where source_type = 'safety.event' and source_id = ?",
                Long.class, String.valueOf(id))).isZero();
    }

    @Test
    void monthlyHazardReviewListsTheMonthsEventsAndComplaints() throws Exception {
        People p = people();
        LocalDateTime at = hoursAgo(1);
        long id = read(call(post("/api/v1/safety/events"), p.nurseA(),
                event(p.h().wardB().id(), at, "IDENTIFICATION", "IV", "核对腕带时发现姓名错误", false))).get("id").asLong();
        call(post("/api/v1/safety/events/" + id + "/triage"), p.officer(), Map.of("decision", "ACCEPT", "version", 0));
        Map<String, Object> complaint = new LinkedHashMap<>();
        complaint.put("kind", "COMPLAINT");
        complaint.put("channel", "PHONE");
        complaint.put("receivedOn", at.toLocalDate().toString());
        complaint.put("unitId", p.h().wardB().id());
        complaint.put("content", "夜间病区噪音大");
        complaint.put("category", "ENVIRONMENT");
        long complaintId = read(call(post("/api/v1/safety/complaints"), p.officer(), complaint)
                .andExpect(status().isCreated())).get("id").asLong();
        JsonNode review = read(call(get("/api/v1/safety/events/review?month=" + YearMonth.from(at)), p.officer(), null)
                .andExpect(status().isOk()));
        assertThat(review.get("events").findValuesAsString("description")).contains("核对腕带时发现姓名错误");
        assertThat(review.get("complaints").findValues("id").stream().map(JsonNode::asLong).toList()).contains(complaintId);
        call(get("/api/v1/safety/events/review?month=2026-13"), p.officer(), null).andExpect(status().isBadRequest());
        call(get("/api/v1/safety/events/review?month=" + YearMonth.from(at)), p.nurseA(), null).andExpect(status().isForbidden());
        call(get("/api/v1/safety/events/export"), p.officer(), null).andExpect(status().isOk());
    }
}
