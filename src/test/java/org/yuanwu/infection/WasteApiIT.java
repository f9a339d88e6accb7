package org.yuanwu.infection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

/** Medical-waste handovers: signed, never edited but corrected, gaps listed, the recovery rate computed. */
class WasteApiIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

    private ResultActions call(MockHttpServletRequestBuilder request, String auth, Object body) throws Exception {
        request.header("Authorization", auth);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
        }
        return mvc.perform(request);
    }

    private static Map<String, Object> handover(Long unitId, String date, String stage, String kg, String company) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unitId", unitId);
        m.put("handoverDate", date);
        m.put("stage", stage);
        m.put("category", "INFECTIOUS");
        m.put("bags", 2);
        m.put("weightKg", kg);
        m.put("sealed", true);
        m.put("handedBy", "李护士");
        m.put("receivedBy", "王师傅");
        m.put("disposalCompany", company);
        return m;
    }

    @Test
    void handoversAreSignedCorrectedNotEditedAndGapsAndTheRecoveryRateFollow() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String office = "Bearer " + fixtures.tokenFor(EnumSet.of(Role.INFECTION_OFFICER), DataScope.SUBTREE, h.hospital().id());

        call(post("/api/v1/infection/waste"), office, handover(h.wardA().id(), "2026-05-04", "TO_STORAGE", "-1", null))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("infection.error.weight"));
        Map<String, Object> open = handover(h.wardA().id(), "2026-05-04", "TO_STORAGE", "3.5", null);
        open.put("sealed", false);
        call(post("/api/v1/infection/waste"), office, open).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("infection.error.notSealed"));
        call(post("/api/v1/infection/waste"), office, handover(h.hospital().id(), "2026-05-04", "TO_DISPOSAL", "3.5", null))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("infection.error.companyRequired"));

        // Monday: ward A hands 3.5 kg to storage, storage hands 3.5 kg to the company. Tuesday: ward A's 4.0 kg, 3.0 kg out.
        JsonNode monday = JSON.readTree(call(post("/api/v1/infection/waste"), office, handover(h.wardA().id(), "2026-05-04", "TO_STORAGE", "3.5", null))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        call(post("/api/v1/infection/waste"), office, handover(h.hospital().id(), "2026-05-04", "TO_DISPOSAL", "3.5", "某某医疗废物处置有限公司"))
                .andExpect(status().isCreated());
        call(post("/api/v1/infection/waste"), office, handover(h.wardA().id(), "2026-05-05", "TO_STORAGE", "4.0", null))
                .andExpect(status().isCreated());
        call(post("/api/v1/infection/waste"), office, handover(h.hospital().id(), "2026-05-05", "TO_DISPOSAL", "3.0", "某某医疗废物处置有限公司"))
                .andExpect(status().isCreated());

        JsonNode gaps = JSON.readTree(call(get("/api/v1/infection/waste/gaps").param("from", "2026-05-04").param("to", "2026-05-06"), office, null)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(gaps).hasSize(2); // Tuesday's 4.0 in / 3.0 out, and Wednesday without ward A's handover
        assertThat(gaps.get(0).get("date").asString()).isEqualTo("2026-05-05");
        assertThat(gaps.get(0).get("inflowKg").decimalValue()).isEqualByComparingTo("4.0");
        assertThat(gaps.get(1).get("unitId").asLong()).isEqualTo(h.wardA().id());

        // Monday's weight was misread: corrected, not edited; the old record stays, superseded.
        Map<String, Object> correction = new LinkedHashMap<>();
        correction.put("handover", handover(h.wardA().id(), "2026-05-04", "TO_STORAGE", "3.6", null));
        correction.put("reason", "");
        long mondayId = monday.get("id").asLong();
        call(post("/api/v1/infection/waste/" + mondayId + "/correction"), office, correction).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("infection.error.correctionReasonRequired"));
        correction.put("reason", "称重读数错误");
        call(post("/api/v1/infection/waste/" + mondayId + "/correction"), office, correction).andExpect(status().isCreated())
                .andExpect(jsonPath("$.correctionOf").value(mondayId));
        assertThat(jdbc.queryForObject("select weight_kg from infection_waste_handover where id = ?", java.math.BigDecimal.class, mondayId))
                .isEqualByComparingTo("3.5");
        call(post("/api/v1/infection/waste/" + mondayId + "/correction"), office, correction).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("infection.error.wasteSuperseded"));

        JsonNode rate = JSON.readTree(call(get("/api/v1/indicators/infection.medical_waste_recovery_rate/value")
                .param("unitId", String.valueOf(h.hospital().id())).param("period", "2026-05"), office, null)
                .andReturn().getResponse().getContentAsString()).get("current");
        assertThat(rate.get("numerator").decimalValue()).isEqualByComparingTo("6.5");
        assertThat(rate.get("denominator").decimalValue()).isEqualByComparingTo("7.6");

        mvc.perform(get("/infection/waste").param("from", "2026-05-04").param("to", "2026-05-06").session(adminSession()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"waste-gaps\"")));
    }
}
