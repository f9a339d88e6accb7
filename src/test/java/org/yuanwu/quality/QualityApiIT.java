package org.yuanwu.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
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
import org.springframework.mock.web.MockMultipartFile;
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
 * Quality over the API: templates and versions, scoring rules, the review chain, data scope,
 * cross-inspection, the rectification loop with evidence and recurrence, audit entries, and the
 * indicators computed from the facts it records.
 */
class QualityApiIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    IndicatorEngine engine;

    private record People(TestFixtures.Hospital h, String inspector, String headNurseA, String nursingDept) {
    }

    private People people() {
        TestFixtures.Hospital h = fixtures.hospital();
        return new People(h,
                "Bearer " + fixtures.tokenFor(EnumSet.of(Role.QUALITY_OFFICER), DataScope.SUBTREE, h.hospital().id()),
                "Bearer " + fixtures.tokenFor(EnumSet.of(Role.HEAD_NURSE), DataScope.OWN_UNIT, h.wardA().id()),
                "Bearer " + fixtures.tokenFor(EnumSet.of(Role.NURSING_DEPARTMENT), DataScope.SUBTREE, h.hospital().id()));
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

    private static Map<String, Object> item(String code, String text, int max, int per, boolean veto, boolean photo,
                                            boolean note) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("section", "基础护理");
        m.put("itemCode", code);
        m.put("text", text);
        m.put("maxPoints", max);
        m.put("deductionPerTime", per);
        m.put("veto", veto);
        m.put("photoRequired", photo);
        m.put("noteRequired", note);
        return m;
    }

    /** An active checklist: A (40, 5 per time), B (30, photo required), C (20, note required), V (10, veto). */
    private JsonNode activeTemplate(People p) throws Exception {
        String u = TestFixtures.unique("");
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("name", "护理质量检查表" + u);
        form.put("kind", "NURSING_QUALITY");
        form.put("items", List.of(item("A" + u, "床单位整洁", 40, 5, false, false, false),
                item("B" + u, "抢救车完好", 30, 3, false, true, false),
                item("C" + u, "交接班记录完整", 20, 2, false, false, true),
                item("V" + u, "查对制度执行", 10, 5, true, false, false)));
        JsonNode t = read(call(post("/api/v1/quality/templates"), p.nursingDept(), form).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT")).andExpect(jsonPath("$.totalPoints").value(100)));
        return read(call(post("/api/v1/quality/templates/" + t.get("id").asLong() + "/activate"), p.nursingDept(),
                Map.of("version", t.get("version").asLong())).andExpect(status().isOk()));
    }

    private static long itemId(JsonNode inspectionOrTemplate, int index) {
        JsonNode list = inspectionOrTemplate.has("lines") ? inspectionOrTemplate.get("lines") : inspectionOrTemplate.get("items");
        return list.get(index).get(inspectionOrTemplate.has("lines") ? "itemId" : "id").asLong();
    }

    private JsonNode startInspection(People p, JsonNode template, Long unitId) throws Exception {
        return read(call(post("/api/v1/quality/inspections"), p.inspector(),
                Map.of("unitId", unitId, "templateId", template.get("id").asLong(), "inspectionDate", TODAY.toString()))
                .andExpect(status().isCreated()));
    }

    private static Map<String, Object> line(long itemId, Integer occurrences, String points, String note) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("itemId", itemId);
        m.put("occurrences", occurrences);
        m.put("pointsDeducted", points == null ? null : new BigDecimal(points));
        m.put("note", note);
        return m;
    }

    private ResultActions score(People p, JsonNode inspection, List<Map<String, Object>> lines) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", inspection.get("version").asLong());
        body.put("lines", lines);
        return call(put("/api/v1/quality/inspections/" + inspection.get("id").asLong() + "/scores"), p.inspector(), body);
    }

    private JsonNode step(String auth, JsonNode inspection, String step, int expectStatus) throws Exception {
        return read(call(post("/api/v1/quality/inspections/" + inspection.get("id").asLong() + "/steps"), auth,
                Map.of("step", step, "version", inspection.get("version").asLong()))
                .andExpect(status().is(expectStatus)));
    }

    /** Scores A with 2 occurrences (−10) and C with a note (−2), then runs the chain to publication. */
    private JsonNode publishedInspection(People p, JsonNode template, Long unitId) throws Exception {
        JsonNode i = startInspection(p, template, unitId);
        i = read(score(p, i, List.of(line(itemId(i, 0), 2, null, "床单位污染未及时更换"),
                line(itemId(i, 2), 1, null, "夜班交接未签名"))).andExpect(status().isOk()));
        i = step(p.inspector(), i, "SUBMIT", 200);
        i = step(p.headNurseA(), i, "REVIEW", 200);
        return step(p.nursingDept(), i, "SIGN_OFF", 200);
    }

    // ---------------------------------------------------------------- templates

    @Test
    void theSeededLibraryHoldsFiveActiveChecklistsOfOneHundredPoints() throws Exception {
        JsonNode list = read(call(get("/api/v1/quality/templates?status=ACTIVE"), "Bearer " + fixtures.adminToken(), null).andExpect(status().isOk()));
        List<String> seeded = new ArrayList<>();
        for (JsonNode t : list) {
            if (List.of("NQ", "NR", "WE", "CH", "RR").contains(t.get("familyCode").asString())) {
                seeded.add(t.get("familyCode").asString());
                assertThat(t.get("totalPoints").decimalValue()).isEqualByComparingTo("100");
                assertThat(t.get("items").size()).isBetween(8, 15);
            }
        }
        assertThat(seeded).containsExactlyInAnyOrder("NQ", "NR", "WE", "CH", "RR");
    }

    @Test
    void editingAnActiveTemplateAlreadyUsedMakesANewVersionAndInspectionsKeepTheirs() throws Exception {
        People p = people();
        JsonNode t = activeTemplate(p);
        JsonNode i = startInspection(p, t, p.h().wardA().id());
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("name", t.get("name").asString() + "（修订）");
        form.put("kind", "NURSING_QUALITY");
        form.put("version", t.get("version").asLong());
        List<Map<String, Object>> items = new ArrayList<>();
        for (JsonNode it : t.get("items")) {
            items.add(item(it.get("itemCode").asString(), it.get("text").asString(), it.get("maxPoints").asInt(),
                    it.get("deductionPerTime").asInt(), it.get("veto").asBoolean(), it.get("photoRequired").asBoolean(),
                    it.get("noteRequired").asBoolean()));
        }
        form.put("items", items);
        JsonNode next = read(call(put("/api/v1/quality/templates/" + t.get("id").asLong()), p.nursingDept(), form)
                .andExpect(status().isOk()));
        assertThat(next.get("id").asLong()).isNotEqualTo(t.get("id").asLong());
        assertThat(next.get("templateVersion").asInt()).isEqualTo(2);
        assertThat(next.get("status").asString()).isEqualTo("ACTIVE");
        call(get("/api/v1/quality/templates/" + t.get("id").asLong()), p.nursingDept(), null)
                .andExpect(jsonPath("$.status").value("RETIRED"));
        call(get("/api/v1/quality/inspections/" + i.get("id").asLong()), p.inspector(), null)
                .andExpect(jsonPath("$.templateId").value(t.get("id").asLong()))
                .andExpect(jsonPath("$.templateVersion").value(1));
    }

    @Test
    void aTemplateItemWhoseDeductionExceedsItsPointsIsRefused() throws Exception {
        People p = people();
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("name", "坏表");
        form.put("kind", "OTHER");
        form.put("items", List.of(item(null, "内容", 5, 6, false, false, false)));
        call(post("/api/v1/quality/templates"), p.nursingDept(), form).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("quality.error.itemDeduction"));
        call(post("/api/v1/quality/templates"), p.headNurseA(), form).andExpect(status().isForbidden());
    }

    // ---------------------------------------------------------------- scoring and review

    @Test
    void theServerScoresWithCappedDeductionsAndRefusesOutOfRangeOrMissingEvidence() throws Exception {
        People p = people();
        JsonNode t = activeTemplate(p);
        JsonNode i = startInspection(p, t, p.h().wardA().id());
        assertThat(i.get("percentage").decimalValue()).isEqualByComparingTo("100");

        score(p, i, List.of(line(itemId(i, 0), null, "41", null))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("quality.error.deductionRange"))
                .andExpect(jsonPath("$.errors[0].field").value("item" + itemId(i, 0)))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("床单位整洁")));
        call(put("/api/v1/quality/inspections/" + i.get("id").asLong() + "/scores").header("Accept-Language", "en"),
                p.inspector(), Map.of("version", i.get("version").asLong(), "lines", List.of(line(itemId(i, 0), null, "41", null))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("must be between 0 and 40")));
        score(p, i, List.of(line(itemId(i, 1), 1, null, null))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("quality.error.photoRequired"));
        score(p, i, List.of(line(itemId(i, 2), 1, null, " "))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("quality.error.noteRequired"));

        String photoUrl = "/api/v1/quality/inspections/" + i.get("id").asLong() + "/items/" + itemId(i, 1) + "/photo";
        mvc.perform(multipart(photoUrl).file(new MockMultipartFile("file", "x.png", "image/png", "not an image".getBytes()))
                .header("Authorization", p.inspector())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("quality.error.imageOnly"));
        mvc.perform(multipart(photoUrl).file(new MockMultipartFile("file", "car.png", "image/png", PNG))
                .header("Authorization", p.inspector())).andExpect(status().isOk());

        // A: 9 occurrences × 5 = 45, capped at 40; B: 2 × 3 = 6 with its photo → 100 − 46 = 54.
        JsonNode scored = read(score(p, i, List.of(line(itemId(i, 0), 9, null, null), line(itemId(i, 1), 2, null, null)))
                .andExpect(status().isOk()));
        assertThat(scored.get("percentage").decimalValue()).isEqualByComparingTo("54");
        assertThat(scored.get("lines").get(0).get("deducted").decimalValue()).isEqualByComparingTo("40");
        assertThat(jdbc.queryForObject("select percentage from quality_inspection where id = ?", BigDecimal.class,
                i.get("id").asLong())).isEqualByComparingTo("54");
        score(p, i, List.of()).andExpect(status().isConflict()); // stale version
    }

    @Test
    void aFailedVetoItemScoresTheInspectionZero() throws Exception {
        People p = people();
        JsonNode t = activeTemplate(p);
        JsonNode i = startInspection(p, t, p.h().wardB().id());
        JsonNode scored = read(score(p, i, List.of(line(itemId(i, 3), 1, null, null))).andExpect(status().isOk()));
        assertThat(scored.get("vetoed").asBoolean()).isTrue();
        assertThat(scored.get("percentage").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void theReviewChainRunsInOrderAndTheInspectorCannotReviewTheirOwn() throws Exception {
        People p = people();
        JsonNode t = activeTemplate(p);
        JsonNode i = startInspection(p, t, p.h().wardA().id());
        step(p.nursingDept(), i, "SIGN_OFF", 409);
        step(p.headNurseA(), i, "REVIEW", 409);
        i = step(p.inspector(), i, "SUBMIT", 200);
        step(p.nursingDept(), i, "SIGN_OFF", 409);
        JsonNode own = step(p.inspector(), i, "REVIEW", 403);
        assertThat(own.get("code").asString()).isEqualTo("quality.error.reviewOwn");
        step(p.headNurseA(), i, "SIGN_OFF", 403); // a head nurse has no QUALITY_MANAGE
        i = step(p.headNurseA(), i, "REVIEW", 200);
        i = step(p.nursingDept(), i, "SIGN_OFF", 200);
        assertThat(i.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(i.get("steps")).hasSize(3);
        assertThat(i.get("steps").get(1).get("step").asString()).isEqualTo("REVIEW");
        assertThat(jdbc.queryForObject("select count(*) from quality_review_step where inspection_id = ?", Long.class,
                i.get("id").asLong())).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'quality_inspection' "
                + "and record_id = ?", Long.class, String.valueOf(i.get("id").asLong()))).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aUnitOutsideTheInspectorsScopeIsRefused() throws Exception {
        People p = people();
        JsonNode t = activeTemplate(p);
        String headNurseB = "Bearer " + fixtures.tokenFor(EnumSet.of(Role.HEAD_NURSE), DataScope.OWN_UNIT, p.h().wardB().id());
        call(post("/api/v1/quality/inspections"), headNurseB, Map.of("unitId", p.h().wardA().id(),
                "templateId", t.get("id").asLong(), "inspectionDate", TODAY.toString())).andExpect(status().isForbidden());
        JsonNode i = startInspection(p, t, p.h().wardA().id());
        call(get("/api/v1/quality/inspections/" + i.get("id").asLong()), headNurseB, null).andExpect(status().isForbidden());
        JsonNode list = read(call(get("/api/v1/quality/inspections?size=200"), headNurseB, null).andExpect(status().isOk()));
        for (JsonNode row : list.get("items")) {
            assertThat(row.get("unitId").asLong()).isNotEqualTo(p.h().wardA().id());
        }
    }

    // ---------------------------------------------------------------- rounds

    @Test
    void aCrossInspectionRefusesAWardInspectingItself() throws Exception {
        People p = people();
        JsonNode t = activeTemplate(p);
        Map<String, Object> round = new LinkedHashMap<>();
        round.put("kind", "CROSS");
        round.put("templateId", t.get("id").asLong());
        round.put("parentUnitId", p.h().department().id());
        round.put("inspectionDate", TODAY.toString());
        round.put("assignments", List.of(Map.of("inspectingUnitId", p.h().wardA().id(), "inspectedUnitId", p.h().wardA().id())));
        call(post("/api/v1/quality/rounds"), p.nursingDept(), round).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("quality.error.selfAssignment"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("心内科病区")));
        assertThat(jdbc.queryForObject("select count(*) from quality_inspection where unit_id = ? and inspecting_unit_id = unit_id",
                Long.class, p.h().wardA().id())).isZero();

        round.put("assignments", List.of());
        JsonNode made = read(call(post("/api/v1/quality/rounds"), p.nursingDept(), round).andExpect(status().isCreated()));
        assertThat(made.get("inspections")).hasSize(2);
        for (JsonNode i : made.get("inspections")) {
            assertThat(i.get("inspectingUnitId").asLong()).isNotEqualTo(i.get("unitId").asLong());
        }
        // The inspecting ward's head nurse may fill the inspection of the other ward.
        JsonNode ofB = made.get("inspections").get(0).get("unitId").asLong() == p.h().wardB().id()
                ? made.get("inspections").get(0) : made.get("inspections").get(1);
        call(get("/api/v1/quality/inspections/" + ofB.get("id").asLong()), p.headNurseA(), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.inspectingUnitId").value(p.h().wardA().id()));
    }

    @Test
    void aMonthlyRoundMakesOneInspectionPerWard() throws Exception {
        People p = people();
        JsonNode t = activeTemplate(p);
        JsonNode made = read(call(post("/api/v1/quality/rounds"), p.nursingDept(), Map.of("kind", "MONTHLY",
                "templateId", t.get("id").asLong(), "parentUnitId", p.h().hospital().id(),
                "inspectionDate", TODAY.toString())).andExpect(status().isCreated()));
        assertThat(made.get("inspections")).hasSize(2);
        assertThat(jdbc.queryForObject("select count(*) from quality_inspection where round_id = ?", Long.class,
                made.get("id").asLong())).isEqualTo(2);
    }

    // ---------------------------------------------------------------- findings and indicators

    @Test
    void publishingRecordsTheScoreAsFactsAndTheIndicatorAveragesIt() throws Exception {
        People p = people();
        JsonNode t = activeTemplate(p);
        Period month = Period.month(TODAY.getYear(), TODAY.getMonthValue());
        assertThat(engine.value("quality.inspection_score", p.h().department().id(), month).value()).isNull();
        JsonNode first = publishedInspection(p, t, p.h().wardA().id());
        assertThat(first.get("percentage").decimalValue()).isEqualByComparingTo("88");
        JsonNode i = startInspection(p, t, p.h().wardB().id());
        step(p.inspector(), i, "SUBMIT", 200);
        i = read(call(get("/api/v1/quality/inspections/" + i.get("id").asLong()), p.inspector(), null));
        i = step(p.nursingDept(), i, "REVIEW", 200);
        JsonNode own = step(p.nursingDept(), i, "SIGN_OFF", 403);
        assertThat(own.get("code").asString()).isEqualTo("quality.error.signOffOwnReview");
        String secondSigner = "Bearer " + fixtures.tokenFor(EnumSet.of(Role.NURSING_DEPARTMENT), DataScope.SUBTREE,
                p.h().hospital().id());
        i = step(secondSigner, i, "SIGN_OFF", 200);
        assertThat(engine.value("quality.inspection_score", p.h().wardA().id(), month).value()).isEqualByComparingTo("88");
        assertThat(engine.value("quality.inspection_score", p.h().department().id(), month).value()).isEqualByComparingTo("94");

        JsonNode ranking = read(call(get("/api/v1/quality/rankings?templateId=" + t.get("id").asLong() + "&period="
                + month.code() + "&unitId=" + p.h().hospital().id()), p.inspector(), null).andExpect(status().isOk()));
        assertThat(ranking.get(0).get("unitId").asLong()).isEqualTo(p.h().wardB().id());
        assertThat(ranking.get(0).get("place").asInt()).isEqualTo(1);
        assertThat(ranking.get(1).get("place").asInt()).isEqualTo(2);

        call(post("/api/v1/quality/inspections/" + i.get("id").asLong() + "/withdraw"), p.nursingDept(),
                Map.of("version", i.get("version").asLong(), "reason", "录入错误")).andExpect(status().isOk());
        assertThat(engine.value("quality.inspection_score", p.h().department().id(), month).value()).isEqualByComparingTo("88");
        assertThat(jdbc.queryForObject("select count(*) from quality_inspection where id = ?", Long.class,
                i.get("id").asLong())).isEqualTo(1);
    }

    @Test
    void theUnitAnswersWithEvidenceTheInspectorRejectsOnceThenAcceptsAndTheOnTimeRateCounts() throws Exception {
        People p = people();
        JsonNode t = activeTemplate(p);
        JsonNode i = publishedInspection(p, t, p.h().wardA().id());
        JsonNode findings = read(call(get("/api/v1/quality/inspections/" + i.get("id").asLong() + "/findings"),
                p.headNurseA(), null).andExpect(status().isOk()));
        assertThat(findings).hasSize(2);
        JsonNode f = findings.get(0);
        assertThat(f.get("status").asString()).isEqualTo("OPEN");
        assertThat(f.get("deadline").asString()).isEqualTo(TODAY.plusDays(7).toString());
        assertThat(f.get("pointsLost").decimalValue()).isEqualByComparingTo("10");
        long id = f.get("id").asLong();
        call(get("/api/v1/quality/findings/counts?unitId=" + p.h().wardA().id()), p.headNurseA(), null)
                .andExpect(jsonPath("$.open").value(2));

        // Closing without evidence is refused.
        mvc.perform(multipart("/api/v1/quality/findings/" + id + "/answer").param("version", f.get("version").asString())
                .param("correctiveAction", "已更换床单并培训").header("Authorization", p.headNurseA()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("quality.error.evidenceRequired"));
        String staffId = String.valueOf(fixtures.staff(p.h().wardA().id()).id());
        JsonNode answered = read(mvc.perform(multipart("/api/v1/quality/findings/" + id + "/answer")
                .file(new MockMultipartFile("evidence", "after.png", "image/png", PNG))
                .param("version", f.get("version").asString()).param("correctiveAction", "已更换床单并培训")
                .param("responsibleStaffId", staffId).header("Authorization", p.headNurseA()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ANSWERED")));
        call(post("/api/v1/quality/findings/" + id + "/verify"), p.inspector(),
                Map.of("version", answered.get("version").asLong(), "accept", false))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("quality.error.rejectReasonRequired"));
        JsonNode rejected = read(call(post("/api/v1/quality/findings/" + id + "/verify"), p.inspector(),
                Map.of("version", answered.get("version").asLong(), "accept", false, "reason", "照片看不清"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.rejectReason").value("照片看不清")));
        JsonNode again = read(mvc.perform(multipart("/api/v1/quality/findings/" + id + "/answer")
                .file(new MockMultipartFile("evidence", "after2.png", "image/png", PNG))
                .param("version", rejected.get("version").asString()).param("correctiveAction", "重新拍照")
                .header("Authorization", p.headNurseA())).andExpect(status().isOk()));
        call(post("/api/v1/quality/findings/" + id + "/verify"), p.inspector(),
                Map.of("version", again.get("version").asLong(), "accept", true))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.closedOn").value(TODAY.toString()));

        Period window = Period.custom(TODAY, TODAY.plusDays(7));
        assertThat(engine.value("quality.rectification_on_time_rate", p.h().wardA().id(), window).value())
                .isEqualByComparingTo("50");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'quality_finding' "
                + "and record_id = ?", Long.class, String.valueOf(id))).isGreaterThanOrEqualTo(5);
        call(get("/api/v1/quality/findings?unitId=" + p.h().wardA().id() + "&status=OPEN"), p.headNurseA(), null)
                .andExpect(jsonPath("$.totalItems").value(1));
        // The dashboard's panel shows the ward's one open and one closed finding.
        String panel = mvc.perform(get("/quality/findings/panel").param("unitId", String.valueOf(p.h().wardA().id()))
                .session(adminSession())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(panel).contains("id=\"quality-panel-open\">1<", "id=\"quality-panel-accepted\">1<");
    }

    @Test
    void theSameItemFailingAgainInTheUnitIsARecurrenceThatNeedsAnAccountabilityAnswer() throws Exception {
        People p = people();
        JsonNode t = activeTemplate(p);
        publishedInspection(p, t, p.h().wardA().id());
        JsonNode second = publishedInspection(p, t, p.h().wardA().id());
        JsonNode f = read(call(get("/api/v1/quality/inspections/" + second.get("id").asLong() + "/findings"),
                p.headNurseA(), null)).get(0);
        assertThat(f.get("recurrence").asBoolean()).isTrue();
        assertThat(f.get("recurrenceOfId").isNull()).isFalse();
        long id = f.get("id").asLong();
        JsonNode answered = read(mvc.perform(multipart("/api/v1/quality/findings/" + id + "/answer")
                .file(new MockMultipartFile("evidence", "a.png", "image/png", PNG))
                .param("version", f.get("version").asString()).param("correctiveAction", "再次整改")
                .header("Authorization", p.headNurseA())).andExpect(status().isOk()));
        call(post("/api/v1/quality/findings/" + id + "/verify"), p.inspector(),
                Map.of("version", answered.get("version").asLong(), "accept", true))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("quality.error.accountabilityMissing"));
        JsonNode accountable = read(call(post("/api/v1/quality/findings/" + id + "/accountability"), p.headNurseA(),
                Map.of("version", answered.get("version").asLong(), "text", "责任护士扣绩效，科室每周复查"))
                .andExpect(status().isOk()));
        call(post("/api/v1/quality/findings/" + id + "/verify"), p.inspector(),
                Map.of("version", accountable.get("version").asLong(), "accept", true))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED"));
        call(get("/api/v1/quality/findings?recurrence=true&unitId=" + p.h().wardA().id()), p.inspector(), null)
                .andExpect(jsonPath("$.totalItems").value(2));
    }
}
