package org.yuanwu.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.yuanwu.common.DataScope;
import org.yuanwu.identity.Role;
import org.yuanwu.indicator.IndicatorEngine;
import org.yuanwu.indicator.IndicatorValue;
import org.yuanwu.indicator.Period;
import org.yuanwu.organization.NurseLevel;
import org.yuanwu.organization.StaffForm;
import org.yuanwu.organization.StaffService;
import org.yuanwu.organization.StaffView;
import org.yuanwu.support.IntegrationTest;
import org.yuanwu.support.TestFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Skills over the API: the loaded catalogue, scoring with caps and refusals, sheet versions, retakes, facts and compliance. */
class SkillApiIT extends IntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();
    static final int THIS_YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    @Autowired
    StaffService staffService;

    @Autowired
    IndicatorEngine engine;

    String office(Long hospitalId) {
        return "Bearer " + fixtures.tokenFor(EnumSet.of(Role.NURSING_DEPARTMENT), DataScope.SUBTREE, hospitalId);
    }

    String headNurseOf(Long wardId) {
        return "Bearer " + fixtures.tokenFor(EnumSet.of(Role.HEAD_NURSE), DataScope.OWN_UNIT, wardId);
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

    /** A skill of the test's own, with a two-item sheet: 操作 60 (10 per fault) and 评价 40 (points only). */
    JsonNode ownSkill(String auth) throws Exception {
        Map<String, Object> skill = new LinkedHashMap<>();
        String code = TestFixtures.unique("SK").replace("-", "_");
        skill.put("code", code);
        skill.put("nameZh", "测试技能" + code);
        skill.put("nameEn", "Test skill");
        skill.put("passThreshold", 80);
        JsonNode created = read(call(post("/api/v1/training/skills"), auth, skill).andExpect(status().isCreated()));
        long id = created.get("id").asLong();
        long version = read(call(get("/api/v1/training/skills/" + id), auth, null)).get("version").asLong();
        read(call(put("/api/v1/training/skills/" + id + "/sheet"), auth, Map.of("version", version, "items", List.of(
                item(1, "操作", 60, 10), item(2, "评价", 40, null)))).andExpect(status().isOk()));
        return read(call(get("/api/v1/training/skills/" + id + "/sheet"), auth, null));
    }

    static Map<String, Object> item(int position, String name, int max, Integer perOccurrence) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("position", position);
        m.put("name", name);
        m.put("maxPoints", max);
        m.put("perOccurrence", perOccurrence);
        return m;
    }

    static Map<String, Object> assessment(long staffId, long skillId, LocalDate on, List<Map<String, Object>> deductions) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("staffId", staffId);
        m.put("skillId", skillId);
        m.put("assessedOn", on.toString());
        m.put("deductions", deductions);
        return m;
    }

    static Map<String, Object> deduct(long itemId, Integer occurrences, Number points) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("itemId", itemId);
        m.put("occurrences", occurrences);
        m.put("pointsLost", points);
        return m;
    }

    @Test
    void theSixteenBasicSkillsAreLoadedOnceEachWithAHundredPointSheetAndAPassMarkOfEighty() throws Exception {
        String auth = "Bearer " + fixtures.adminToken();
        JsonNode skills = read(call(get("/api/v1/training/skills?all=true"), auth, null).andExpect(status().isOk()));
        List<String> codes = new ArrayList<>();
        skills.forEach(s -> codes.add(s.get("code").asText()));
        assertThat(codes).contains("NS01", "NS15", "NS16");
        assertThat(jdbc.queryForObject("select count(*) from training_skill where code like 'NS__'", Long.class)).isEqualTo(16);
        assertThat(jdbc.queryForObject("select name_zh from training_skill where code = 'NS15'", String.class)).isEqualTo("心肺复苏");
        assertThat(jdbc.queryForObject("select pass_threshold from training_skill where code = 'NS15'", Double.class)).isEqualTo(80.0);
        assertThat(jdbc.queryForObject("select sum(i.max_points) from training_skill_item i join training_skill_sheet s "
                + "on s.id = i.sheet_id join training_skill k on k.id = s.skill_id where k.code = 'NS15' and s.current_sheet",
                Double.class)).isEqualTo(100.0);
    }

    @Test
    void anAssessmentIsScoredWithCapsAndDeductionsAboveAnItemsMaximumOrOnUnknownItemsAreRefused() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String auth = office(h.hospital().id());
        StaffView nurse = nurse(h.wardA().id(), NurseLevel.N1);
        JsonNode sheet = ownSkill(auth);
        long skillId = sheet.get("skillId").asLong();
        long operate = sheet.get("items").get(0).get("id").asLong();
        long judge = sheet.get("items").get(1).get("id").asLong();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        long before = jdbc.queryForObject("select count(*) from training_skill_assessment", Long.class);

        call(post("/api/v1/training/skill-assessments").header("Accept-Language", "en"), auth,
                assessment(nurse.id(), skillId, today, List.of(deduct(judge, null, 41))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Item \"评价\": a deduction of 41 exceeds the item's 40 points."));
        call(post("/api/v1/training/skill-assessments"), auth,
                assessment(nurse.id(), skillId, today, List.of(deduct(987654321L, 1, null))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("评分项 987654321 不在该技能当前的评分表中。"));
        call(post("/api/v1/training/skill-assessments"), auth,
                assessment(nurse.id(), skillId, today.plusDays(1), List.of()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("assessedOn"));
        assertThat(jdbc.queryForObject("select count(*) from training_skill_assessment", Long.class)).isEqualTo(before);

        // Nine faults at 10 points each cost the item's 60 at most; 5.5 points lost on the other: 34.5, failed.
        JsonNode a = read(call(post("/api/v1/training/skill-assessments"), auth, assessment(nurse.id(), skillId, today,
                List.of(deduct(operate, 9, null), deduct(judge, null, 5.5)))).andExpect(status().isCreated()));
        assertThat(a.get("score").decimalValue()).isEqualByComparingTo("34.5");
        assertThat(a.get("passed").asBoolean()).isFalse();
        assertThat(jdbc.queryForList("select score from training_skill_score where assessment_id = ? order by id",
                Double.class, a.get("id").asLong())).containsExactly(0.0, 34.5);

        // A staff member outside the examiner's scope is refused.
        call(post("/api/v1/training/skill-assessments"), headNurseOf(h.wardB().id()),
                assessment(nurse.id(), skillId, today, List.of())).andExpect(status().isForbidden());
    }

    @Test
    void changingASheetThatScoredSomeoneMakesANewVersionAndPastAssessmentsKeepTheirs() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String auth = office(h.hospital().id());
        StaffView nurse = nurse(h.wardA().id(), NurseLevel.N1);
        JsonNode sheet = ownSkill(auth);
        long skillId = sheet.get("skillId").asLong();
        assertThat(sheet.get("sheetVersion").asInt()).isEqualTo(1); // unused: changed in place
        JsonNode first = read(call(post("/api/v1/training/skill-assessments"), auth, assessment(nurse.id(), skillId,
                LocalDate.now(ZoneId.of("Asia/Shanghai")), List.of())).andExpect(status().isCreated()));

        long version = read(call(get("/api/v1/training/skills/" + skillId), auth, null)).get("version").asLong();
        call(put("/api/v1/training/skills/" + skillId + "/sheet"), auth, Map.of("version", version - 1,
                "items", List.of(item(1, "操作", 50, 10)))).andExpect(status().isConflict());
        JsonNode v2 = read(call(put("/api/v1/training/skills/" + skillId + "/sheet"), auth, Map.of("version", version,
                "items", List.of(item(1, "评价", 30, null), item(0, "操作", 70, 10)))).andExpect(status().isOk()));
        assertThat(v2.get("sheetVersion").asInt()).isEqualTo(2);
        assertThat(v2.get("items").get(0).get("name").asText()).isEqualTo("操作");
        assertThat(read(call(get("/api/v1/training/skills/" + skillId + "/sheets"), auth, null))).hasSize(2);
        JsonNode old = read(call(get("/api/v1/training/skill-assessments/" + first.get("id").asLong()), auth, null));
        assertThat(old.get("sheetVersion").asInt()).isEqualTo(1);
        assertThat(old.get("scores").get(0).get("maxPoints").asInt()).isEqualTo(60);
    }

    @Test
    void aFailedSkillIsRetakenTheLatestAttemptCountsAndTheBasicSkillPassRateFollows() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String auth = office(h.hospital().id());
        StaffView trainee = nurse(h.wardA().id(), NurseLevel.N0);
        nurse(h.wardB().id(), NurseLevel.N2); // not in standardised training: no requirement
        JsonNode sheet = ownSkill(auth);
        long skillId = sheet.get("skillId").asLong();
        long operate = sheet.get("items").get(0).get("id").asLong();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        JsonNode published = read(call(post("/api/v1/training/skill-requirements/" + THIS_YEAR), auth, null)
                .andExpect(status().isOk()));
        assertThat(published.get("staffCount").asInt()).isEqualTo(1);
        int required = published.get("skillsEach").asInt();
        Period year = Period.year(THIS_YEAR);
        IndicatorValue none = engine.value("nursing.basic_skill_pass_rate", h.hospital().id(), year);
        assertThat(none.denominator()).isEqualByComparingTo(String.valueOf(required));
        assertThat(none.value() == null ? java.math.BigDecimal.ZERO : none.value()).isEqualByComparingTo("0");

        JsonNode failed = read(call(post("/api/v1/training/skill-assessments"), auth, assessment(trainee.id(), skillId,
                today, List.of(deduct(operate, 3, null)))).andExpect(status().isCreated()));
        assertThat(failed.get("passed").asBoolean()).isFalse();
        JsonNode retake = read(call(post("/api/v1/training/skill-assessments"), auth, assessment(trainee.id(), skillId,
                today, List.of(deduct(operate, 1, null)))).andExpect(status().isCreated()));
        assertThat(retake.get("passed").asBoolean()).isTrue();
        assertThat(retake.get("latest").asBoolean()).isTrue();
        IndicatorValue rate = engine.value("nursing.basic_skill_pass_rate", h.hospital().id(), year);
        assertThat(rate.numerator()).isEqualByComparingTo("1");
        assertThat(rate.denominator()).isEqualByComparingTo(String.valueOf(required));

        JsonNode compliance = read(call(get("/api/v1/training/skill-compliance/" + THIS_YEAR + "?unitId=" + h.hospital().id()),
                auth, null).andExpect(status().isOk()));
        assertThat(compliance).hasSize(1);
        assertThat(compliance.get(0).get("passed").asInt()).isEqualTo(1);
        assertThat(compliance.get(0).get("missing")).hasSize(required - 1);
        assertThat(compliance.get(0).get("missing").toString()).contains("心肺复苏")
                .doesNotContain(read(call(get("/api/v1/training/skills/" + skillId), auth, null)).get("nameZh").asText());

        // Withdrawing the passing retake makes the failed attempt count again.
        call(post("/api/v1/training/skill-assessments/" + retake.get("id").asLong() + "/withdraw"), auth,
                Map.of("reason", "录入错误", "version", retake.get("version").asLong())).andExpect(status().isOk());
        IndicatorValue after = engine.value("nursing.basic_skill_pass_rate", h.hospital().id(), year);
        assertThat(after.value() == null ? java.math.BigDecimal.ZERO : after.value()).isEqualByComparingTo("0");
        call(get("/api/v1/training/skill-assessments?staffId=" + trainee.id()), auth, null)
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].latest").value(true));
    }

    @Test
    void theCatalogueIsKeptByTheNursingDepartmentNotByAWard() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        Map<String, Object> skill = Map.of("code", "X" + System.nanoTime() % 100000, "nameZh", "病区自定技能", "passThreshold", 80);
        call(post("/api/v1/training/skills"), headNurseOf(h.wardA().id()), skill)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", Matchers.containsString("护理部")));
    }

    @Test
    void theOpenApiDocumentDescribesTheTrainingEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/training/courses/{id}/sessions']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/training/signin/{code}'].post.summary",
                        Matchers.containsString("30 minutes before")))
                .andExpect(jsonPath("$.paths['/api/v1/training/skill-requirements/{year}']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/training/skill-compliance/{year}']").exists());
    }
}
