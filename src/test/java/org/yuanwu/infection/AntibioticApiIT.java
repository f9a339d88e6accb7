package org.yuanwu.infection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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

/** Monthly antibiotic-use sampling judged against the national ceilings, ranked, and feeding the indicators. */
class AntibioticApiIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

    private ResultActions call(MockHttpServletRequestBuilder request, String auth, Object body) throws Exception {
        request.header("Authorization", auth);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
        }
        return mvc.perform(request);
    }

    private static Map<String, Object> row(Long unitId, String setting, int sampled, int with, int drugs, int injections) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unitId", unitId);
        m.put("month", "2026-04");
        m.put("setting", setting);
        m.put("sampled", sampled);
        m.put("withAntibiotics", with);
        m.put("antibioticDrugs", drugs);
        m.put("injections", injections);
        return m;
    }

    @Test
    void aMonthsSamplingIsJudgedAgainstTheCeilingAndRankedWorstFirst() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String office = "Bearer " + fixtures.tokenFor(EnumSet.of(Role.INFECTION_OFFICER), DataScope.SUBTREE, h.hospital().id());

        call(put("/api/v1/infection/antibiotic-samples"), office, row(h.wardA().id(), "OUTPATIENT", 100, 120, 130, 0))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("infection.error.withAboveSampled"));
        call(put("/api/v1/infection/antibiotic-samples"), office, row(h.wardA().id(), "OUTPATIENT", 100, 10, 12, 20))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("infection.error.injectionsAboveDrugs"));
        call(put("/api/v1/infection/antibiotic-samples"), office, row(h.wardA().id(), "OUTPATIENT", 100, 18, 22, 4))
                .andExpect(status().isOk()).andExpect(jsonPath("$.ratePercent").value(18.0))
                .andExpect(jsonPath("$.overLimit").value(false)).andExpect(jsonPath("$.drugsPerPrescription").value(1.22));
        call(put("/api/v1/infection/antibiotic-samples"), office, row(h.wardB().id(), "OUTPATIENT", 100, 25, 30, 10))
                .andExpect(status().isOk()).andExpect(jsonPath("$.overLimit").value(true)).andExpect(jsonPath("$.limitPercent").value(20));
        call(put("/api/v1/infection/antibiotic-samples"), office, row(h.wardB().id(), "EMERGENCY", 50, 21, 21, 15))
                .andExpect(status().isOk()).andExpect(jsonPath("$.overLimit").value(true));

        JsonNode month = JSON.readTree(call(get("/api/v1/infection/antibiotic-samples").param("unitId", String.valueOf(h.department().id()))
                .param("month", "2026-04"), office, null).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(month).hasSize(3);
        assertThat(month.get(0).get("unitId").asLong()).as("worst outpatient rate first").isEqualTo(h.wardB().id());

        JsonNode rate = JSON.readTree(call(get("/api/v1/indicators/infection.antibiotic_outpatient_prescription_rate/value")
                .param("unitId", String.valueOf(h.department().id())).param("period", "2026-04"), office, null)
                .andReturn().getResponse().getContentAsString()).get("current");
        assertThat(rate.get("value").decimalValue()).isEqualByComparingTo("21.5");

        mvc.perform(get("/infection/antibiotics").param("unitId", String.valueOf(h.department().id())).param("month", "2026-04")
                        .session(adminSession()))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("table-danger"), containsString("25.0 %"))));
    }
}
