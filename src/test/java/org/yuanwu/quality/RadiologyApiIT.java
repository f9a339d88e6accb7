package org.yuanwu.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
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
 * Radiology QC over the API and the pages: 甲片率 and 废片率 per technologist and device, report checks, reading
 * sessions, the concordance rate and its facts, voiding with a reason, scope and bad input.
 */
class RadiologyApiIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final String MONTH = YearMonth.from(TODAY).toString();

    @Autowired
    IndicatorEngine engine;

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

    private record Setup(TestFixtures.Hospital h, String qc, String otherWard, long tech1, long tech2, long doctor,
                         long device1, long device2) {
    }

    private Setup setup() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String qc = "Bearer " + fixtures.tokenFor(EnumSet.of(Role.QUALITY_OFFICER), DataScope.SUBTREE, h.department().id());
        String other = "Bearer " + fixtures.tokenFor(EnumSet.of(Role.HEAD_NURSE), DataScope.OWN_UNIT, h.wardB().id());
        long t1 = fixtures.staff(h.wardA().id()).id();
        long t2 = fixtures.staff(h.wardA().id()).id();
        long d = fixtures.staff(h.wardA().id()).id();
        long dev1 = device(qc, h.wardA().id(), "DR");
        long dev2 = device(qc, h.wardA().id(), "CT");
        return new Setup(h, qc, other, t1, t2, d, dev1, dev2);
    }

    private long device(String auth, Long unitId, String modality) throws Exception {
        return read(call(post("/api/v1/quality/radiology/devices"), auth, Map.of("unitId", unitId,
                "code", TestFixtures.unique(modality), "name", modality + "机", "modality", modality))
                .andExpect(status().isCreated())).get("id").asLong();
    }

    private JsonNode image(Setup s, long tech, long device, String grade, int expected) throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unitId", s.h().wardA().id());
        m.put("examNo", TestFixtures.unique("X"));
        m.put("examOn", TODAY.toString());
        m.put("technologistId", tech);
        m.put("deviceId", device);
        m.put("grade", grade);
        return read(call(post("/api/v1/quality/radiology/images"), s.qc(), m).andExpect(status().is(expected)));
    }

    private JsonNode followup(Setup s, String concordance) throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unitId", s.h().wardA().id());
        m.put("examNo", TestFixtures.unique("F"));
        m.put("radiologyDiagnosis", "右肺上叶占位，考虑肺癌");
        m.put("finalDiagnosis", "右肺上叶腺癌");
        m.put("source", "PARTIAL".equals(concordance) ? "CLINICAL_FOLLOWUP" : "PATHOLOGY");
        m.put("concordance", concordance);
        m.put("followedOn", TODAY.toString());
        return read(call(post("/api/v1/quality/radiology/followups"), s.qc(), m).andExpect(status().isCreated()));
    }

    @Test
    void monthlySummaryRatesImagesPerTechnologistAndDeviceAndLeavesVoidedOnesOut() throws Exception {
        Setup s = setup();
        image(s, s.tech1(), s.device1(), "A", 201);
        image(s, s.tech1(), s.device1(), "A", 201);
        image(s, s.tech1(), s.device2(), "B", 201);
        image(s, s.tech1(), s.device2(), "REJECT", 201);
        image(s, s.tech2(), s.device1(), "A", 201);
        JsonNode wrong = image(s, s.tech2(), s.device1(), "REJECT", 201);
        call(post("/api/v1/quality/radiology/images/" + wrong.get("id").asLong() + "/void"), s.qc(),
                Map.of("reason", "录入错误", "version", wrong.get("version").asLong())).andExpect(status().isNoContent());
        JsonNode summary = read(call(get("/api/v1/quality/radiology/summary?unitId=" + s.h().wardA().id() + "&month=" + MONTH),
                s.qc(), null).andExpect(status().isOk()));
        assertThat(summary.get("overall").get("total").asInt()).isEqualTo(5);
        assertThat(summary.get("overall").get("aRate").decimalValue()).isEqualByComparingTo("60");
        assertThat(summary.get("overall").get("rejectRate").decimalValue()).isEqualByComparingTo("20");
        JsonNode tech1 = null;
        for (JsonNode row : summary.get("byTechnologist")) {
            if (row.get("id").asLong() == s.tech1()) {
                tech1 = row;
            }
        }
        assertThat(tech1.get("aRate").decimalValue()).isEqualByComparingTo("50");
        assertThat(tech1.get("rejectRate").decimalValue()).isEqualByComparingTo("25");
        JsonNode device2 = null;
        for (JsonNode row : summary.get("byDevice")) {
            if (row.get("id").asLong() == s.device2()) {
                device2 = row;
            }
        }
        assertThat(device2.get("aRate").decimalValue()).isEqualByComparingTo("0");
        assertThat(device2.get("rejectRate").decimalValue()).isEqualByComparingTo("50");
        assertThat(jdbc.queryForObject("select void_reason from quality_radiology_image where id = ?", String.class,
                wrong.get("id").asLong())).isEqualTo("录入错误");
        call(get("/api/v1/quality/radiology/summary/export?unitId=" + s.h().wardA().id() + "&month=" + MONTH), s.qc(), null)
                .andExpect(status().isOk());
    }

    @Test
    void concordanceRateCountsOnlyConfirmedDiagnosesAndFeedsTheIndicator() throws Exception {
        Setup s = setup();
        followup(s, "YES");
        followup(s, "YES");
        followup(s, "PARTIAL");
        JsonNode no = followup(s, "NO");
        call(get("/api/v1/quality/radiology/summary?unitId=" + s.h().wardA().id() + "&month=" + MONTH), s.qc(), null)
                .andExpect(jsonPath("$.followed").value(4)).andExpect(jsonPath("$.confirmed").value(2))
                .andExpect(jsonPath("$.concordanceRate").value(50.0));
        Period month = Period.month(TODAY.getYear(), TODAY.getMonthValue());
        assertThat(engine.value("radiology.diagnosis_concordance_rate", s.h().department().id(), month).value())
                .isEqualByComparingTo("50");
        call(post("/api/v1/quality/radiology/followups/" + no.get("id").asLong() + "/void"), s.qc(),
                Map.of("reason", "重复登记", "version", no.get("version").asLong())).andExpect(status().isNoContent());
        assertThat(engine.value("radiology.diagnosis_concordance_rate", s.h().department().id(), month).value())
                .isEqualByComparingTo("66.7");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'quality_radiology_followup' "
                + "and record_id = ?", Integer.class, no.get("id").asText())).isEqualTo(2);
    }

    @Test
    void reportChecksAndReadingSessionsAreSummedForTheMonth() throws Exception {
        Setup s = setup();
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("unitId", s.h().wardA().id());
        check.put("reportNo", "R-1");
        check.put("radiologistId", s.doctor());
        check.put("checkedOn", TODAY.toString());
        check.put("itemsChecked", 10);
        check.put("defects", 2);
        check.put("defectNote", "描述不全");
        check.put("score", 90);
        call(post("/api/v1/quality/radiology/reports"), s.qc(), check).andExpect(status().isCreated());
        check.put("reportNo", "R-2");
        check.put("defects", 0);
        check.put("score", 100);
        call(post("/api/v1/quality/radiology/reports"), s.qc(), check).andExpect(status().isCreated());
        Map<String, Object> reading = new LinkedHashMap<>();
        reading.put("unitId", s.h().wardA().id());
        reading.put("heldOn", TODAY.toString());
        reading.put("casesDiscussed", 3);
        reading.put("participantIds", List.of(s.tech1(), s.doctor()));
        reading.put("conclusion", "疑难病例3例，统一诊断意见");
        JsonNode r = read(call(post("/api/v1/quality/radiology/readings"), s.qc(), reading).andExpect(status().isCreated()));
        assertThat(r.get("participantIds")).hasSize(2);
        call(get("/api/v1/quality/radiology/summary?unitId=" + s.h().wardA().id() + "&month=" + MONTH), s.qc(), null)
                .andExpect(jsonPath("$.reportsChecked").value(2)).andExpect(jsonPath("$.reportDefects").value(2))
                .andExpect(jsonPath("$.averageReportScore").value(95.0)).andExpect(jsonPath("$.readings").value(1))
                .andExpect(jsonPath("$.casesDiscussed").value(3));
        call(get("/api/v1/quality/radiology/readings?unitId=" + s.h().wardA().id()), s.qc(), null)
                .andExpect(jsonPath("$.items[0].participantNames", Matchers.hasSize(2)));
    }

    @Test
    void badInputAndOtherUnitsAreRefusedWithAReason() throws Exception {
        Setup s = setup();
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("unitId", s.h().wardA().id());
        check.put("reportNo", "R-9");
        check.put("radiologistId", s.doctor());
        check.put("checkedOn", TODAY.toString());
        check.put("itemsChecked", 5);
        check.put("defects", 6);
        check.put("score", 80);
        call(post("/api/v1/quality/radiology/reports").header("Accept-Language", "en"), s.qc(), check)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("between 0 and the items checked")));
        check.put("defects", 1);
        call(post("/api/v1/quality/radiology/reports"), s.qc(), check).andExpect(status().isBadRequest());
        image(s, s.tech1(), s.device1(), "A", 201);
        Map<String, Object> future = new LinkedHashMap<>();
        future.put("unitId", s.h().wardA().id());
        future.put("examNo", "X-F");
        future.put("examOn", TODAY.plusDays(1).toString());
        future.put("technologistId", s.tech1());
        future.put("deviceId", s.device1());
        future.put("grade", "A");
        call(post("/api/v1/quality/radiology/images"), s.qc(), future).andExpect(status().isBadRequest());
        image(s, 999_999_999L, s.device1(), "A", 400);
        Map<String, Object> noOne = new LinkedHashMap<>();
        noOne.put("unitId", s.h().wardA().id());
        noOne.put("heldOn", TODAY.toString());
        noOne.put("casesDiscussed", 2);
        noOne.put("participantIds", List.of());
        noOne.put("conclusion", "x");
        call(post("/api/v1/quality/radiology/readings"), s.qc(), noOne).andExpect(status().isBadRequest());
        // a ward B head nurse records nothing for ward A and sees none of its images
        future.put("examOn", TODAY.toString());
        call(post("/api/v1/quality/radiology/images"), s.otherWard(), future).andExpect(status().isForbidden());
        call(get("/api/v1/quality/radiology/images?unitId=" + s.h().wardA().id()), s.otherWard(), null)
                .andExpect(jsonPath("$.totalItems").value(0));
        assertThat(jdbc.queryForObject("select count(*) from quality_radiology_image where unit_id = ?", Integer.class,
                s.h().wardA().id())).isEqualTo(1);
    }

    @Test
    void pagesShowTheSummaryAndRegistersAndARefusedEntryKeepsItsValuesWithTheReason() throws Exception {
        MockHttpSession admin = adminSession();
        Setup s = setup();
        image(s, s.tech1(), s.device1(), "A", 201);
        mvc.perform(get("/quality/radiology?unitId=" + s.h().wardA().id() + "&month=" + MONTH).session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("甲片率"), containsString("id=\"overall-a-rate\">100.0%"))));
        for (String kind : List.of("images", "reports", "readings", "followups", "devices")) {
            mvc.perform(get("/quality/radiology/" + kind + "?unitId=" + s.h().wardA().id()).session(admin)).andExpect(status().isOk());
        }
        mvc.perform(post("/quality/radiology/followups").session(admin).with(csrf())
                        .param("unitId", String.valueOf(s.h().wardA().id())).param("examNo", "CT-77")
                        .param("radiologyDiagnosis", "").param("finalDiagnosis", "阑尾炎").param("source", "SURGERY")
                        .param("concordance", "YES").param("followedOn", TODAY.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"radiologyDiagnosis-error\""), containsString("CT-77"))));
        mvc.perform(post("/quality/radiology/followups").session(admin).with(csrf())
                        .param("unitId", String.valueOf(s.h().wardA().id())).param("examNo", "CT-77")
                        .param("radiologyDiagnosis", "急性阑尾炎").param("finalDiagnosis", "阑尾炎").param("source", "SURGERY")
                        .param("concordance", "YES").param("followedOn", TODAY.toString()))
                .andExpect(redirectedUrl("/quality/radiology/followups"));
        mvc.perform(get("/quality/radiology/followups?unitId=" + s.h().wardA().id()).session(admin))
                .andExpect(content().string(containsString("急性阑尾炎")));
    }
}
