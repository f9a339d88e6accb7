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

/** Sterilizer loads: the day's Bowie-Dick test, release, recall after a biological failure, the pass rate. */
class SterilizationApiIT extends IntegrationTest {

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

    private static Map<String, Object> load(String date, String bd, String chemical, String bio) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("loadDate", date);
        m.put("packs", 24);
        m.put("bowieDick", bd);
        m.put("chemical", chemical);
        m.put("biological", bio);
        return m;
    }

    @Test
    void aFailedBowieDickStopsTheDayAndABiologicalFailureRecallsTheLoadsSinceTheLastPass() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String cssd = "Bearer " + fixtures.tokenFor(EnumSet.of(Role.INFECTION_OFFICER), DataScope.SUBTREE, h.hospital().id());
        long id = read(call(post("/api/v1/infection/sterilizers"), cssd,
                Map.of("unitId", h.department().id(), "name", "1号预真空灭菌器", "kind", "PREVACUUM_STEAM"))
                .andExpect(status().isCreated())).get("id").asLong();
        String loads = "/api/v1/infection/sterilizers/" + id + "/loads";

        call(post(loads), cssd, load("2026-03-02", null, "PASS", null)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("infection.error.bowieDickRequired"));
        call(post(loads), cssd, load("2026-03-02", "FAIL", "PASS", null)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.released").value(false));
        call(post(loads), cssd, load("2026-03-02", null, "PASS", null)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("infection.error.bowieDickFailedToday"));

        // Monday a biological pass; Tuesday and Wednesday loads released; Wednesday's biological fails.
        call(post(loads), cssd, load("2026-03-09", "PASS", "PASS", "PASS")).andExpect(status().isCreated());
        long tuesday = read(call(post(loads), cssd, load("2026-03-10", "PASS", "PASS", null))).get("id").asLong();
        call(post(loads), cssd, load("2026-03-10", null, "PASS", null)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.loadNo").value(2)).andExpect(jsonPath("$.bowieDick").isEmpty());
        JsonNode wednesday = read(call(post(loads), cssd, load("2026-03-11", "PASS", "PASS", "PENDING"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.released").value(true)));
        call(post("/api/v1/infection/loads/" + wednesday.get("id").asLong() + "/biological"), cssd,
                Map.of("version", wednesday.get("version").asLong(), "result", "FAIL")).andExpect(status().isOk())
                .andExpect(jsonPath("$.released").value(false)).andExpect(jsonPath("$.recalled").value(true));

        JsonNode recalls = read(call(get("/api/v1/infection/recalls"), cssd, null).andExpect(status().isOk()));
        assertThat(recalls).hasSize(3); // Wednesday's and Tuesday's two; not Monday's, which passed its own test
        assertThat(jdbc.queryForObject("select recalled from infection_sterilizer_load where id = ?", Boolean.class, tuesday)).isTrue();

        JsonNode rate = read(call(get("/api/v1/indicators/infection.sterilization_pass_rate/value")
                .param("unitId", String.valueOf(h.department().id())).param("period", "2026-03"), cssd, null)).get("current");
        assertThat(rate.get("numerator").decimalValue()).isEqualByComparingTo("1"); // only Monday's load still counts as passed
        assertThat(rate.get("denominator").decimalValue()).isEqualByComparingTo("5");

        mvc.perform(get("/infection/sterilization").param("sterilizerId", String.valueOf(id)).session(adminSession()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"recall-list\"")));
    }
}
