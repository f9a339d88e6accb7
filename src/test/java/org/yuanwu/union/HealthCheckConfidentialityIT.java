package org.yuanwu.union;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.yuanwu.common.DataScope;
import org.yuanwu.identity.Role;
import org.yuanwu.organization.StaffView;
import org.yuanwu.support.IntegrationTest;
import org.yuanwu.support.TestFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The staff health check: the due list and attendance for HEALTH_CHECK_MANAGE; findings and health files only for
 * the occupational-health role — the union officer and the system administrator get 403 on pages and API alike.
 */
class HealthCheckConfidentialityIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();
    private static final String SECRET = "窦性心动过缓，甲状腺结节";

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

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    record Setup(TestFixtures.Hospital h, long campaignId, StaffView attended, StaffView pending, String officer) {
    }

    private Setup campaignWithOneAttended() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        StaffView attended = fixtures.staff(h.wardA().id());
        StaffView pending = fixtures.staff(h.wardB().id());
        String officer = "Bearer " + fixtures.tokenFor(Set.of(Role.UNION_OFFICER), DataScope.SUBTREE, h.hospital().id());
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("year", today().getYear());
        form.put("provider", "县人民医院体检中心");
        form.put("startsOn", today().withDayOfYear(1).toString());
        form.put("endsOn", today().plusDays(30).toString());
        form.put("audienceAll", false);
        form.put("unitIds", List.of(h.department().id()));
        JsonNode c = read(call(post("/api/v1/union/health-checks"), officer, form).andExpect(status().isCreated()));
        assertThat(c.get("due").asLong()).isEqualTo(2);
        long id = c.get("id").asLong();
        call(post("/api/v1/union/health-checks/" + id + "/attendance"), officer,
                Map.of("staffId", attended.id(), "attendedOn", today().toString())).andExpect(status().isOk());
        return new Setup(h, id, attended, pending, officer);
    }

    @Test
    void onlyOccupationalHealthReadsAndWritesFindings() throws Exception {
        Setup s = campaignWithOneAttended();
        String occupational = "Bearer " + fixtures.tokenFor(Set.of(Role.OCCUPATIONAL_HEALTH), DataScope.ALL, null);
        String admin = "Bearer " + fixtures.adminToken();
        Map<String, Object> finding = Map.of("staffId", s.attended().id(), "abnormal", true, "findings", SECRET,
                "conclusion", "建议心内科随访", "advice", "三个月后复查心电图");

        for (String refused : List.of(s.officer(), admin)) {
            call(post("/api/v1/union/health-checks/" + s.campaignId() + "/findings"), refused, finding).andExpect(status().isForbidden());
            call(get("/api/v1/union/health-checks/" + s.campaignId() + "/findings"), refused, null).andExpect(status().isForbidden());
            call(get("/api/v1/union/health-checks/files/" + s.attended().id()), refused, null).andExpect(status().isForbidden());
        }
        call(post("/api/v1/union/health-checks/" + s.campaignId() + "/findings"), occupational, finding)
                .andExpect(status().isOk()).andExpect(jsonPath("$.findings").value(SECRET));
        call(get("/api/v1/union/health-checks/" + s.campaignId() + "/findings"), occupational, null)
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].staffId").value(s.attended().id()));
        call(get("/api/v1/union/health-checks/files/" + s.attended().id()), occupational, null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.findings[0].advice").value("三个月后复查心电图"));
        // the officer still refused after a finding exists, and the audit trail does not carry what was found
        call(get("/api/v1/union/health-checks/" + s.campaignId() + "/findings"), s.officer(), null).andExpect(status().isForbidden());
        assertThat(jdbc.queryForList("select after_json from audit_entry where record_type = 'union_health_finding'", String.class))
                .isNotEmpty().noneMatch(j -> j != null && j.contains("甲状腺"));
        // a person who has not attended has no finding to record
        call(post("/api/v1/union/health-checks/" + s.campaignId() + "/findings"), occupational,
                Map.of("staffId", s.pending().id(), "abnormal", false, "conclusion", "未见异常")).andExpect(status().isConflict());
    }

    @Test
    void theAttendanceListShowsWhoCameAndNeverAFinding() throws Exception {
        Setup s = campaignWithOneAttended();
        String occupational = "Bearer " + fixtures.tokenFor(Set.of(Role.OCCUPATIONAL_HEALTH), DataScope.ALL, null);
        call(post("/api/v1/union/health-checks/" + s.campaignId() + "/findings"), occupational, Map.of("staffId",
                s.attended().id(), "abnormal", true, "findings", SECRET, "conclusion", "随访")).andExpect(status().isOk());

        String body = call(get("/api/v1/union/health-checks/" + s.campaignId() + "/attendance"), s.officer(), null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalItems").value(2))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain(SECRET).doesNotContain("abnormal").doesNotContain("findings");
        call(get("/api/v1/union/health-checks/" + s.campaignId() + "/attendance?attended=false"), s.officer(), null)
                .andExpect(jsonPath("$.totalItems").value(1)).andExpect(jsonPath("$.items[0].staffId").value(s.pending().id()));
        byte[] reminders = mvc.perform(get("/api/v1/union/health-checks/" + s.campaignId() + "/pending/export")
                .header("Authorization", s.officer())).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(reminders.length).isGreaterThan(100);
        // a date outside the campaign is refused
        call(post("/api/v1/union/health-checks/" + s.campaignId() + "/attendance"), s.officer(),
                Map.of("staffId", s.pending().id(), "attendedOn", today().withDayOfYear(1).minusDays(1).toString()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theFindingsPagesAnswerOnlyOccupationalHealth() throws Exception {
        Setup s = campaignWithOneAttended();
        String officerName = fixtures.userFor(Set.of(Role.UNION_OFFICER), DataScope.SUBTREE, s.h().hospital().id());
        String occName = fixtures.userFor(Set.of(Role.OCCUPATIONAL_HEALTH), DataScope.ALL, null);
        MockHttpSession officer = signIn(officerName, TestFixtures.PASSWORD);
        MockHttpSession admin = adminSession();
        MockHttpSession occupational = signIn(occName, TestFixtures.PASSWORD);

        for (MockHttpSession refused : List.of(officer, admin)) {
            mvc.perform(get("/union/health-checks/" + s.campaignId() + "/findings").session(refused)).andExpect(status().isForbidden());
            mvc.perform(get("/union/health-checks/files/" + s.attended().id()).session(refused)).andExpect(status().isForbidden());
        }
        String attendance = mvc.perform(get("/union/health-checks/" + s.campaignId()).session(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(attendance).contains(s.attended().name()).doesNotContain("btn-findings");
        mvc.perform(get("/union/health-checks/" + s.campaignId() + "/findings").session(occupational)).andExpect(status().isOk());
        mvc.perform(get("/union/health-checks/files/" + s.attended().id()).session(occupational)).andExpect(status().isOk());
        // a member of staff without either permission sees no campaign at all
        String staffName = fixtures.userFor(Set.of(Role.STAFF_MEMBER), DataScope.OWN_UNIT, s.h().wardA().id());
        mvc.perform(get("/union/health-checks").session(signIn(staffName, TestFixtures.PASSWORD))).andExpect(status().isForbidden());
    }
}
