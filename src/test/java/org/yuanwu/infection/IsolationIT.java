package org.yuanwu.infection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.yuanwu.common.DataScope;
import org.yuanwu.identity.Role;
import org.yuanwu.support.IntegrationTest;
import org.yuanwu.support.TestFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The isolation register: entries count toward the isolation rate; bad entries are refused; voiding withdraws. */
class IsolationIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

    private ResultActions call(MockHttpServletRequestBuilder request, String auth, Object body) throws Exception {
        request.header("Authorization", auth).header("Accept-Language", "zh-CN");
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
        }
        return mvc.perform(request);
    }

    private static JsonNode read(ResultActions result) throws Exception {
        return JSON.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private static Map<String, Object> entry(Long unitId, String patient, String disease, String diagnosed, boolean isolated,
                                             String precaution, String from, String reason) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unitId", unitId);
        m.put("patientNo", patient);
        m.put("disease", disease);
        m.put("diagnosedOn", diagnosed);
        m.put("isolated", isolated);
        m.put("precaution", precaution);
        m.put("isolatedOn", from);
        m.put("reasonNotIsolated", reason);
        return m;
    }

    private JsonNode rate(String auth, Long unitId) throws Exception {
        return read(call(get("/api/v1/indicators/infection.isolation_rate/value").param("unitId", String.valueOf(unitId))
                .param("period", "2026-03"), auth, null).andExpect(status().isOk())).get("current");
    }

    @Test
    void isolatedPatientsOverInfectiousPatientsIsTheIsolationRateAndAVoidedEntryStopsCounting() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String nurse = "Bearer " + fixtures.tokenFor(EnumSet.of(Role.HEAD_NURSE), DataScope.OWN_UNIT, h.wardA().id());
        String office = "Bearer " + fixtures.tokenFor(EnumSet.of(Role.INFECTION_OFFICER), DataScope.SUBTREE, h.hospital().id());

        call(post("/api/v1/infection/isolations"), nurse, entry(h.wardA().id(), "TB-1", "肺结核", "2026-03-02", true, "AIRBORNE",
                "2026-03-02", null)).andExpect(status().isCreated()).andExpect(jsonPath("$.precaution").value("AIRBORNE"));
        call(post("/api/v1/infection/isolations"), nurse, entry(h.wardA().id(), "FLU-1", "流行性感冒", "2026-03-05", true, "DROPLET",
                "2026-03-05", null)).andExpect(status().isCreated());
        JsonNode notIsolated = read(call(post("/api/v1/infection/isolations"), nurse, entry(h.wardA().id(), "HFMD-1", "手足口病",
                "2026-03-09", false, null, null, "单间已满，次日转感染科")).andExpect(status().isCreated()));
        JsonNode v = rate(office, h.wardA().id());
        assertThat(new BigDecimal(v.get("numerator").asString())).isEqualByComparingTo("2");
        assertThat(new BigDecimal(v.get("denominator").asString())).isEqualByComparingTo("3");
        assertThat(new BigDecimal(v.get("value").asString())).isEqualByComparingTo("66.7");

        // Voiding the mistaken entry keeps it in the register, leaves the audit trail, and the rate becomes 100 %.
        call(post("/api/v1/infection/isolations/" + notIsolated.get("id").asLong() + "/void"), nurse,
                Map.of("version", notIsolated.get("version").asLong(), "reason", "患者为门诊病人，误登记"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.voided").value(true));
        assertThat(new BigDecimal(rate(office, h.wardA().id()).get("value").asString())).isEqualByComparingTo("100");
        assertThat(jdbc.queryForObject("select count(*) from infection_isolation where unit_id = ?", Long.class, h.wardA().id()))
                .isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'infection_isolation' and record_id = ?",
                Long.class, notIsolated.get("id").asString())).isEqualTo(2);
        call(put("/api/v1/infection/isolations/" + notIsolated.get("id").asLong()), nurse,
                entry(h.wardA().id(), "HFMD-1", "手足口病", "2026-03-09", true, "CONTACT", "2026-03-09", null))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("infection.error.isolationVoided"));

        // The register lists the ward's entries for the office; voided ones only on request.
        assertThat(read(call(get("/api/v1/infection/isolations").param("unitId", String.valueOf(h.hospital().id()))
                .param("from", "2026-03-01").param("to", "2026-03-31"), office, null)).get("totalItems").asLong()).isEqualTo(2);
        assertThat(read(call(get("/api/v1/infection/isolations").param("unitId", String.valueOf(h.hospital().id()))
                .param("from", "2026-03-01").param("to", "2026-03-31").param("withVoided", "true"), office, null))
                .get("totalItems").asLong()).isEqualTo(3);
        // A head nurse cannot register a patient on another ward.
        call(post("/api/v1/infection/isolations"), nurse, entry(h.wardB().id(), "TB-2", "肺结核", "2026-03-02", true, "AIRBORNE",
                "2026-03-02", null)).andExpect(status().isForbidden());
    }

    @Test
    void badEntriesAreRefusedWithTheReasonAndNothingIsStored() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String nurse = "Bearer " + fixtures.tokenFor(EnumSet.of(Role.HEAD_NURSE), DataScope.OWN_UNIT, h.wardA().id());
        call(post("/api/v1/infection/isolations"), nurse, entry(h.wardA().id(), "X-1", "肺结核", "2026-03-02", true, null,
                "2026-03-02", null)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("infection.error.precautionRequired"));
        call(post("/api/v1/infection/isolations"), nurse, entry(h.wardA().id(), "X-1", "肺结核", "2026-03-02", false, null,
                null, " ")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("infection.error.notIsolatedReason"));
        call(post("/api/v1/infection/isolations"), nurse, entry(h.wardA().id(), "X-1", "肺结核", "2099-03-02", true, "AIRBORNE",
                "2026-03-02", null)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("infection.error.dateFuture"));
        Map<String, Object> ended = entry(h.wardA().id(), "X-1", "肺结核", "2026-03-02", true, "AIRBORNE", "2026-03-02", null);
        ended.put("endedOn", "2026-03-01");
        call(post("/api/v1/infection/isolations"), nurse, ended).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("infection.error.isolationEndBeforeStart"));
        assertThat(jdbc.queryForObject("select count(*) from infection_isolation where unit_id = ?", Long.class, h.wardA().id()))
                .isZero();
        call(post("/api/v1/infection/isolations"), nurse, entry(h.wardA().id(), "X-1", "肺结核", "2026-03-02", true, "AIRBORNE",
                "2026-03-02", null)).andExpect(status().isCreated());
        call(post("/api/v1/infection/isolations"), nurse, entry(h.wardA().id(), "X-1", "肺结核", "2026-03-02", true, "AIRBORNE",
                "2026-03-03", null)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("infection.error.isolationDuplicate"));
    }

    @Test
    void theRegisterPageRecordsVoidsAndExports() throws Exception {
        MockHttpSession admin = adminSession();
        TestFixtures.Hospital h = fixtures.hospital();
        String patient = TestFixtures.unique("P");
        mvc.perform(post("/infection/isolation").session(admin).with(csrf()).param("unitId", String.valueOf(h.wardA().id()))
                        .param("patientNo", patient).param("disease", "水痘").param("diagnosedOn", "2026-03-10")
                        .param("isolated", "true").param("isolatedOn", "2026-03-10"))
                .andExpect(flash().attribute("actionError", "infection.error.precautionRequired"));
        mvc.perform(post("/infection/isolation").session(admin).with(csrf()).param("unitId", String.valueOf(h.wardA().id()))
                        .param("patientNo", patient).param("disease", "水痘").param("diagnosedOn", "2026-03-10")
                        .param("isolated", "true").param("precaution", "AIRBORNE").param("isolatedOn", "2026-03-10"))
                .andExpect(flash().attribute("notice", "infection.isolation.saved"));
        Long id = jdbc.queryForObject("select id from infection_isolation where patient_no = ?", Long.class, patient);
        mvc.perform(get("/infection/isolation").session(admin).param("unitId", String.valueOf(h.wardA().id()))
                        .param("from", "2026-03-01").param("to", "2026-03-31"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"isolation-" + id + "\""), containsString("空气隔离"),
                        containsString("本期登记 1 人，已隔离 1 人。"))));
        byte[] xlsx = mvc.perform(get("/infection/isolation/export").session(admin).param("unitId", String.valueOf(h.wardA().id()))
                .param("from", "2026-03-01").param("to", "2026-03-31")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getRow(1).getCell(2).getStringCellValue()).isEqualTo(patient);
        }
        mvc.perform(post("/infection/isolation/" + id + "/void").session(admin).with(csrf()).param("version", "0")
                .param("reason", "重复登记")).andExpect(flash().attribute("notice", "infection.isolation.voided"));
        assertThat(jdbc.queryForObject("select void_reason from infection_isolation where id = ?", String.class, id)).isEqualTo("重复登记");
    }
}
