package org.yuanwu.infection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.yuanwu.common.DataScope;
import org.yuanwu.identity.Role;
import org.yuanwu.support.IntegrationTest;
import org.yuanwu.support.TestFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Environment samples judged against the limits, the failure loop, UV lamps with due and replacement lists. */
class EnvironmentApiIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

    private ResultActions call(MockHttpServletRequestBuilder request, String auth, Object body) throws Exception {
        request.header("Authorization", auth);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
        }
        return mvc.perform(request);
    }

    private static JsonNode read(ResultActions r) throws Exception {
        return JSON.readTree(r.andReturn().getResponse().getContentAsString());
    }

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    private static Map<String, Object> sample(Long unitId, String kind, String site, String envClass, String cfu, Long resampleOf) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unitId", unitId);
        m.put("sampledOn", "2026-03-10");
        m.put("kind", kind);
        m.put("site", site);
        m.put("environmentClass", envClass);
        m.put("resultCfu", cfu == null ? null : new BigDecimal(cfu));
        m.put("resampleOf", resampleOf);
        return m;
    }

    private BigDecimal value(String auth, String code, Long unitId) throws Exception {
        JsonNode v = read(call(get("/api/v1/indicators/" + code + "/value").param("unitId", String.valueOf(unitId))
                .param("period", "2026-03"), auth, null)).get("current").get("value");
        return v == null || v.isNull() ? null : new BigDecimal(v.asString());
    }

    @Test
    void samplesAreJudgedByClassAFailureClosesWithAPassingResampleAndTheRatesFollow() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String nurse = "Bearer " + fixtures.tokenFor(EnumSet.of(Role.HEAD_NURSE), DataScope.OWN_UNIT, h.wardA().id());

        call(post("/api/v1/infection/samples"), nurse, sample(h.wardA().id(), "SURFACE", "治疗车台面", null, "-1", null))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("infection.error.cfuRange"));
        call(post("/api/v1/infection/samples"), nurse, sample(h.wardA().id(), "SURFACE", "治疗车台面", null, "3", null))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("infection.error.environmentClassRequired"));
        call(post("/api/v1/infection/samples"), nurse, sample(h.wardB().id(), "AIR", "治疗室", "III", "2", null))
                .andExpect(status().isForbidden());

        JsonNode ok = read(call(post("/api/v1/infection/samples"), nurse, sample(h.wardA().id(), "AIR", "治疗室", "III", "4", null))
                .andExpect(status().isCreated()));
        assertThat(ok.get("passed").asBoolean()).isTrue();
        assertThat(ok.get("followUp").asString()).isEqualTo("NONE");
        JsonNode failed = read(call(post("/api/v1/infection/samples"), nurse,
                sample(h.wardA().id(), "SURFACE", "治疗车台面", "III", "12", null)).andExpect(status().isCreated()));
        assertThat(failed.get("passed").asBoolean()).isFalse();
        assertThat(failed.get("limitCfu").decimalValue()).isEqualByComparingTo("10");
        assertThat(failed.get("followUp").asString()).isEqualTo("OPEN");
        call(post("/api/v1/infection/samples"), nurse, sample(h.wardA().id(), "DISINFECTANT_STERILANT", "戊二醛", null, "0", null))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.passed").value(true));
        assertThat(value(nurse, "infection.environment_pass_rate", h.wardA().id())).isEqualByComparingTo("50.0");
        assertThat(value(nurse, "infection.disinfectant_pass_rate", h.wardA().id())).isEqualByComparingTo("100.0");

        // A failing resample leaves it open; a passing one closes it.
        long failedId = failed.get("id").asLong();
        call(post("/api/v1/infection/samples"), nurse, sample(h.wardA().id(), "SURFACE", "治疗车台面", "III", "11", failedId))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.passed").value(false));
        assertThat(jdbc.queryForObject("select follow_up from infection_sample where id = ?", String.class, failedId)).isEqualTo("OPEN");
        call(post("/api/v1/infection/samples"), nurse, sample(h.wardA().id(), "SURFACE", "治疗车台面", "III", "6", failedId))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.passed").value(true));
        assertThat(jdbc.queryForObject("select follow_up from infection_sample where id = ?", String.class, failedId)).isEqualTo("CLOSED");
        JsonNode open = read(call(get("/api/v1/infection/samples").param("unitId", String.valueOf(h.wardA().id()))
                .param("failedOnly", "true"), nurse, null));
        assertThat(open.get("totalItems").asLong()).isEqualTo(1); // the failed resample, still to correct
        long stillOpen = open.get("items").get(0).get("id").asLong();
        Map<String, Object> close = new LinkedHashMap<>();
        close.put("version", open.get("items").get(0).get("version").asLong());
        close.put("correctiveAction", "");
        call(post("/api/v1/infection/samples/" + stillOpen + "/close"), nurse, close).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("infection.error.correctiveActionRequired"));
        close.put("correctiveAction", "更换含氯消毒剂浓度至 500 mg/L，重新培训擦拭流程");
        call(post("/api/v1/infection/samples/" + stillOpen + "/close"), nurse, close).andExpect(status().isOk())
                .andExpect(jsonPath("$.followUp").value("CLOSED"));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'infection_sample'", Long.class))
                .isGreaterThanOrEqualTo(6);
    }

    @Test
    void aFailedSampleOpensAFindingInTheRectificationLoopAndItsAcceptanceClosesTheSample() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String nurse = "Bearer " + fixtures.tokenFor(EnumSet.of(Role.HEAD_NURSE), DataScope.OWN_UNIT, h.wardA().id());
        String office = "Bearer " + fixtures.tokenFor(EnumSet.of(Role.INFECTION_OFFICER), DataScope.SUBTREE, h.hospital().id());
        JsonNode failed = read(call(post("/api/v1/infection/samples"), nurse,
                sample(h.wardA().id(), "HANDS_HYGIENIC", "护士站", null, "25", null)).andExpect(status().isCreated()));
        long sampleId = failed.get("id").asLong();

        JsonNode findings = read(call(get("/api/v1/quality/findings").param("unitId", String.valueOf(h.wardA().id())), nurse, null)
                .andExpect(status().isOk())).get("items");
        assertThat(findings).hasSize(1);
        JsonNode finding = findings.get(0);
        assertThat(finding.get("description").asString()).contains("护士站", "卫生手消毒后", "25 cfu", "限值 10");
        assertThat(jdbc.queryForObject("select source_type || ':' || source_id from quality_finding where id = ?", String.class,
                finding.get("id").asLong())).isEqualTo("infection.sample:" + sampleId);

        // The ward answers with its corrective action and a photo; the office accepts; the sample's follow-up closes.
        JsonNode answered = read(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/api/v1/quality/findings/" + finding.get("id").asLong() + "/answer")
                        .file(new org.springframework.mock.web.MockMultipartFile("evidence", "hands.png", "image/png", PNG))
                        .param("version", String.valueOf(finding.get("version").asLong()))
                        .param("correctiveAction", "全员手卫生再培训，复采样合格")
                        .header("Authorization", nurse))
                .andExpect(status().isOk()));
        assertThat(jdbc.queryForObject("select follow_up from infection_sample where id = ?", String.class, sampleId)).isEqualTo("OPEN");
        call(post("/api/v1/quality/findings/" + finding.get("id").asLong() + "/verify"), office,
                Map.of("version", answered.get("version").asLong(), "accept", true)).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select follow_up from infection_sample where id = ?", String.class, sampleId)).isEqualTo("CLOSED");
        assertThat(jdbc.queryForObject("select corrective_action from infection_sample where id = ?", String.class, sampleId))
                .isEqualTo("整改已验收（质量问题 #" + finding.get("id").asLong() + "）");

        // The same kind failing again in the ward within the window is a recurrence the head must answer.
        call(post("/api/v1/infection/samples"), nurse, sample(h.wardA().id(), "HANDS_HYGIENIC", "治疗室", null, "30", null))
                .andExpect(status().isCreated());
        JsonNode again = read(call(get("/api/v1/quality/findings").param("unitId", String.valueOf(h.wardA().id()))
                .param("status", "OPEN"), nurse, null)).get("items");
        assertThat(again).hasSize(1);
        assertThat(again.get(0).get("recurrence").asBoolean()).isTrue();
    }

    @Test
    void uvLampsAreTestedBeforeUseAndHalfYearlyAndARetiredLampTakesNoReading() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String nurse = "Bearer " + fixtures.tokenFor(EnumSet.of(Role.HEAD_NURSE), DataScope.OWN_UNIT, h.wardA().id());
        Map<String, Object> lamp = new LinkedHashMap<>();
        lamp.put("unitId", h.wardA().id());
        lamp.put("location", "治疗室 1 号灯");
        lamp.put("lampType", "ORDINARY_30W");
        lamp.put("installedOn", "2025-01-10");
        JsonNode created = read(call(post("/api/v1/infection/uv-lamps"), nurse, lamp).andExpect(status().isCreated()));
        long id = created.get("id").asLong();
        assertThat(created.get("due").asBoolean()).as("never measured").isTrue();

        Map<String, Object> reading = new LinkedHashMap<>();
        reading.put("measuredOn", "2025-01-10");
        reading.put("intensity", 95);
        reading.put("newLampTest", true);
        call(post("/api/v1/infection/uv-lamps/" + id + "/readings"), nurse, reading).andExpect(status().isOk())
                .andExpect(jsonPath("$.lastPassed").value(true)).andExpect(jsonPath("$.due").value(true));
        reading.put("measuredOn", "2026-03-05");
        reading.put("intensity", 65);
        reading.put("newLampTest", false);
        call(post("/api/v1/infection/uv-lamps/" + id + "/readings"), nurse, reading).andExpect(status().isOk())
                .andExpect(jsonPath("$.lastPassed").value(false)).andExpect(jsonPath("$.replace").value(true));
        assertThat(value(nurse, "infection.uv_lamp_pass_rate", h.wardA().id())).isEqualByComparingTo("0");

        reading.put("intensity", -3);
        call(post("/api/v1/infection/uv-lamps/" + id + "/readings"), nurse, reading).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("infection.error.intensity"));
        long version = jdbc.queryForObject("select version from infection_uv_lamp where id = ?", Long.class, id);
        call(post("/api/v1/infection/uv-lamps/" + id + "/retire"), nurse, Map.of("version", version, "reason", "强度不足，已更换新灯"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.retiredOn").isNotEmpty());
        reading.put("intensity", 80);
        call(post("/api/v1/infection/uv-lamps/" + id + "/readings"), nurse, reading).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("infection.error.lampRetired"));
        assertThat(jdbc.queryForObject("select count(*) from infection_uv_reading where lamp_id = ?", Long.class, id)).isEqualTo(2);

        // The pages list both.
        var admin = adminSession();
        mvc.perform(get("/infection/uv").param("unitId", String.valueOf(h.wardA().id())).session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("治疗室 1 号灯")));
        mvc.perform(get("/infection/environment").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("sample-form")));
    }
}
