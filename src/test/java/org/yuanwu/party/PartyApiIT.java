package org.yuanwu.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.yuanwu.common.DataScope;
import org.yuanwu.identity.Role;
import org.yuanwu.organization.StaffView;
import org.yuanwu.support.IntegrationTest;
import org.yuanwu.support.TestFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The party office over the API: members admitted once, meetings and reminders, study, agreements, evaluations. */
class PartyApiIT extends IntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    ResultActions call(MockHttpServletRequestBuilder request, String auth, Object body) throws Exception {
        request.header("Authorization", auth);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
        }
        return mvc.perform(request);
    }

    static JsonNode read(ResultActions result) throws Exception {
        return JSON.readTree(result.andReturn().getResponse().getContentAsString());
    }

    long branch(String auth, String name, Long... unitIds) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", TestFixtures.unique(name));
        body.put("establishedOn", "2015-07-01");
        body.put("unitIds", List.of(unitIds));
        return read(call(post("/api/v1/party/branches"), auth, body).andExpect(status().isCreated())).get("id").asLong();
    }

    static Map<String, Object> member(long branchId, long staffId, String status, String joinedOn) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("branchId", branchId);
        m.put("staffId", staffId);
        m.put("status", status);
        m.put("joinedOn", joinedOn);
        return m;
    }

    @Test
    void aStaffMemberIsAdmittedOnceAndMovesByTransferKeptAsHistory() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String auth = "Bearer " + fixtures.adminToken();
        long internal = branch(auth, "内科支部", h.department().id());
        long other = branch(auth, "外科支部", h.wardB().id());
        StaffView nurse = fixtures.staff(h.wardA().id());

        JsonNode m = read(call(post("/api/v1/party/members"), auth, member(internal, nurse.id(), "PROBATIONARY",
                today().minusMonths(6).toString())).andExpect(status().isCreated())
                .andExpect(jsonPath("$.staffName").value(nurse.name())).andExpect(jsonPath("$.unitName").value("心内科病区")));
        long id = m.get("id").asLong();
        call(post("/api/v1/party/members"), auth, member(internal, nurse.id(), "PROBATIONARY", today().toString()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("staffId"));
        call(post("/api/v1/party/members").header("Accept-Language", "en"), auth,
                member(other, nurse.id(), "FULL", "2001-07-01")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(nurse.name() + " is already a party member and cannot be admitted "
                        + "twice; use a transfer to change her branch."));
        assertThat(jdbc.queryForObject("select count(*) from party_member where staff_id = ?", Long.class, nurse.id())).isEqualTo(1L);

        JsonNode regularised = read(call(post("/api/v1/party/members/" + id + "/regularise"), auth,
                Map.of("on", today().toString(), "version", m.get("version").asLong()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("FULL")));
        call(post("/api/v1/party/members/" + id + "/transfer"), auth,
                Map.of("toBranchId", other, "version", regularised.get("version").asLong() + 1))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("error.staleEdit"));
        JsonNode moved = read(call(post("/api/v1/party/members/" + id + "/transfer"), auth,
                Map.of("toBranchId", other, "note", "调入外科", "version", regularised.get("version").asLong()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.branchId").value(other)));
        call(post("/api/v1/party/members/" + id + "/transfer"), auth, Map.of("version", moved.get("version").asLong()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("otherParty"));
        call(post("/api/v1/party/members/" + id + "/transfer"), auth,
                Map.of("otherParty", "县人民医院党委", "version", moved.get("version").asLong()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("TRANSFERRED_OUT"));
        call(get("/api/v1/party/members/" + id + "/history"), auth, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[0].kind").value("REGULARISED"))
                .andExpect(jsonPath("$[1].kind").value("BRANCH_CHANGE"))
                .andExpect(jsonPath("$[2].kind").value("TRANSFER_OUT"))
                .andExpect(jsonPath("$[2].otherParty").value("县人民医院党委"));
        // once transferred out she may be admitted again (she came back)
        call(post("/api/v1/party/members"), auth, member(internal, nurse.id(), "FULL", "2001-07-01"))
                .andExpect(status().isCreated());
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'party_member' and record_id = ?",
                Long.class, String.valueOf(id))).isEqualTo(4L);
        call(get("/api/v1/party/members?branchId=" + internal), auth, null).andExpect(jsonPath("$.totalItems").value(1));
        call(get("/api/v1/party/members/export?branchId=" + internal), auth, null).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @Test
    void aBranchMissingItsMonthlyMeetingIsRemindedUntilOneIsRecordedAndEachMeetingCountsOnce() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String auth = "Bearer " + fixtures.adminToken();
        long b = branch(auth, "心内科支部", h.wardA().id(), h.wardB().id());
        StaffView s1 = fixtures.staff(h.wardA().id());
        StaffView s2 = fixtures.staff(h.wardB().id());
        long m1 = read(call(post("/api/v1/party/members"), auth, member(b, s1.id(), "FULL", "2005-07-01"))).get("id").asLong();
        long m2 = read(call(post("/api/v1/party/members"), auth, member(b, s2.id(), "FULL", "2006-07-01"))).get("id").asLong();

        LocalDate lastMonth = today().withDayOfMonth(1).minusMonths(1);
        assertThat(remindedKinds(auth, b)).contains("COMMITTEE", "GROUP");

        Map<String, Object> meeting = new LinkedHashMap<>();
        meeting.put("branchId", b);
        meeting.put("kind", "COMMITTEE");
        meeting.put("heldOn", lastMonth.plusDays(9).toString());
        meeting.put("topic", "学习贯彻党的二十大精神");
        meeting.put("minutes", "传达上级文件，研究发展党员工作。");
        meeting.put("presentMemberIds", List.of(m1));
        meeting.put("absenceReasons", Map.of(String.valueOf(m2), "夜班"));
        JsonNode recorded = read(call(post("/api/v1/party/meetings"), auth, meeting).andExpect(status().isCreated())
                .andExpect(jsonPath("$.present").value(1)).andExpect(jsonPath("$.absent").value(1))
                .andExpect(jsonPath("$.attendance[1].absenceReason").value("夜班")));
        long id = recorded.get("id").asLong();
        assertThat(remindedKinds(auth, b)).doesNotContain("COMMITTEE").contains("GROUP");
        assertThat(jdbc.queryForObject("select sum(amount) from indicator_fact where measure_code = 'party.branch_meetings' "
                + "and source_id = ?", BigDecimal.class, String.valueOf(id))).isEqualByComparingTo("1");
        assertThat(jdbc.queryForObject("select unit_id from indicator_fact where measure_code = 'party.branch_meetings' "
                + "and source_id = ?", Long.class, String.valueOf(id))).isEqualTo(h.wardA().id());

        // an outsider cannot be marked present
        meeting.put("presentMemberIds", List.of(m1, 999_999_999L));
        call(post("/api/v1/party/meetings"), auth, meeting).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("presentMemberIds"));
        meeting.put("presentMemberIds", List.of(m1));
        meeting.put("heldOn", today().plusDays(1).toString());
        call(post("/api/v1/party/meetings"), auth, meeting).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("heldOn"));

        // a lesson is held but is not a branch meeting
        meeting.put("kind", "LESSON");
        meeting.put("heldOn", lastMonth.toString());
        long lesson = read(call(post("/api/v1/party/meetings"), auth, meeting).andExpect(status().isCreated())).get("id").asLong();
        assertThat(jdbc.queryForObject("select count(*) from indicator_fact where source_type = 'party.meeting' and source_id = ?",
                Long.class, String.valueOf(lesson))).isZero();

        // cancelled, it no longer counts and the reminder is back
        call(post("/api/v1/party/meetings/" + id + "/cancel"), auth, Map.of("reason", "重复登记", "version", recorded.get("version").asLong()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.cancelReason").value("重复登记"));
        assertThat(jdbc.queryForObject("select count(*) from indicator_fact where source_type = 'party.meeting' and source_id = ?",
                Long.class, String.valueOf(id))).isZero();
        assertThat(remindedKinds(auth, b)).contains("COMMITTEE");
        call(get("/api/v1/party/meetings?branchId=" + b + "&kind=COMMITTEE"), auth, null).andExpect(jsonPath("$.totalItems").value(1));
    }

    List<String> remindedKinds(String auth, long branchId) throws Exception {
        JsonNode all = read(call(get("/api/v1/party/reminders"), auth, null).andExpect(status().isOk()));
        List<String> kinds = new ArrayList<>();
        all.forEach(r -> {
            if (r.get("branchId").asLong() == branchId) {
                kinds.add(r.get("kind").asText());
            }
        });
        return kinds;
    }

    @Test
    void remindersAreJudgedForTheDateAskedAtMonthAndQuarterEnds() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String auth = "Bearer " + fixtures.adminToken();
        long b = branch(auth, "边界支部", h.wardA().id());
        for (String[] m : new String[][] {{"ASSEMBLY", "2025-12-01"}, {"LESSON", "2025-10-10"}, {"COMMITTEE", "2026-03-31"},
                {"GROUP", "2026-03-01"}, {"ASSEMBLY", "2026-01-01"}, {"LESSON", "2026-03-31"}}) {
            call(post("/api/v1/party/meetings"), auth, Map.of("branchId", b, "kind", m[0], "heldOn", m[1], "topic", "例会"))
                    .andExpect(status().isCreated());
        }
        JsonNode onMarch31 = read(call(get("/api/v1/party/reminders?on=2026-03-31"), auth, null));
        JsonNode onApril1 = read(call(get("/api/v1/party/reminders?on=2026-04-01"), auth, null));
        JsonNode onMay1 = read(call(get("/api/v1/party/reminders?on=2026-05-01"), auth, null));
        assertThat(kindsOf(onMarch31, b)).containsExactlyInAnyOrder("COMMITTEE", "GROUP"); // February was empty; Q4 kept
        assertThat(kindsOf(onApril1, b)).isEmpty();                                          // March and Q1 were kept
        assertThat(kindsOf(onMay1, b)).containsExactlyInAnyOrder("COMMITTEE", "GROUP");     // April was empty; Q2 runs
    }

    static List<String> kindsOf(JsonNode reminders, long branchId) {
        List<String> kinds = new ArrayList<>();
        reminders.forEach(r -> {
            if (r.get("branchId").asLong() == branchId) {
                kinds.add(r.get("kind").asText());
            }
        });
        return kinds;
    }

    @Test
    void studyWeeksUnderTwoHoursAreListedShortAndAgreementsShowWhoHasNotSigned() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String auth = "Bearer " + fixtures.adminToken();
        StaffView a = fixtures.staff(h.wardA().id());
        StaffView b = fixtures.staff(h.wardA().id());
        LocalDate monday = today().minusWeeks(3).with(java.time.DayOfWeek.MONDAY);
        Map<String, Object> session = new LinkedHashMap<>();
        session.put("unitId", h.wardA().id());
        session.put("heldOn", monday.plusDays(2).toString());
        session.put("topic", "学习党章");
        session.put("hours", 2);
        session.put("presentStaffIds", List.of(a.id()));
        session.put("absentStaffIds", List.of(b.id()));
        session.put("absenceReasons", Map.of(String.valueOf(b.id()), "休假"));
        call(post("/api/v1/party/study"), auth, session).andExpect(status().isCreated())
                .andExpect(jsonPath("$.present").value(1)).andExpect(jsonPath("$.absent").value(1));
        session.put("hours", 0);
        call(post("/api/v1/party/study"), auth, session).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("hours"));
        session.put("hours", 1.5);
        session.put("heldOn", monday.plusWeeks(1).toString());
        call(post("/api/v1/party/study"), auth, session).andExpect(status().isCreated());

        JsonNode weeks = read(call(get("/api/v1/party/study/weeks?unitId=" + h.wardA().id() + "&from=" + monday
                + "&to=" + monday.plusWeeks(2)), auth, null).andExpect(status().isOk()));
        assertThat(weeks).hasSize(3);
        assertThat(weeks.get(0).get("shortOfHours").asBoolean()).isFalse();
        assertThat(weeks.get(0).get("coveragePercent").decimalValue()).isEqualByComparingTo("50.0");
        assertThat(weeks.get(1).get("shortOfHours").asBoolean()).isTrue();
        assertThat(weeks.get(2).get("sessions").asInt()).isZero();
        call(get("/api/v1/party/study/weeks?shortOnly=true&unitId=" + h.wardA().id() + "&from=" + monday
                + "&to=" + monday.plusWeeks(2)), auth, null).andExpect(jsonPath("$.length()").value(2));

        int year = today().getYear();
        JsonNode missing = read(call(get("/api/v1/party/agreements/missing?year=" + year), auth, null));
        assertThat(ids(missing)).contains(h.department().id());
        Map<String, Object> agreement = new LinkedHashMap<>();
        agreement.put("kind", "DEPARTMENT");
        agreement.put("unitId", h.department().id());
        agreement.put("firstParty", "院长 王明");
        agreement.put("content", "严禁收受红包回扣，落实一岗双责。");
        agreement.put("signedOn", today().withDayOfYear(1).toString());
        JsonNode signed = read(call(post("/api/v1/party/agreements"), auth, agreement).andExpect(status().isCreated())
                .andExpect(jsonPath("$.secondParty").value("内科")).andExpect(jsonPath("$.year").value(year)));
        assertThat(ids(read(call(get("/api/v1/party/agreements/missing?year=" + year), auth, null)))).doesNotContain(h.department().id());
        call(post("/api/v1/party/agreements/" + signed.get("id").asLong() + "/check"), auth,
                Map.of("result", "FULFILLED", "notes", "全年无违规", "version", signed.get("version").asLong()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.checkResult").value("FULFILLED"));
        agreement.put("kind", "SUPPLIER");
        agreement.put("unitId", h.hospital().id());
        call(post("/api/v1/party/agreements"), auth, agreement).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("secondParty"));
    }

    static List<Long> ids(JsonNode units) {
        List<Long> out = new ArrayList<>();
        units.forEach(u -> out.add(u.get("id").asLong()));
        return out;
    }

    @Test
    void theBranchesAndMeetingsOfOtherUnitsAreOutOfScope() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String admin = "Bearer " + fixtures.adminToken();
        long ofA = branch(admin, "A支部", h.wardA().id());
        long ofB = branch(admin, "B支部", h.wardB().id());
        String officerB = "Bearer " + fixtures.tokenFor(EnumSet.of(Role.PARTY_OFFICER), DataScope.OWN_UNIT, h.wardB().id());
        call(get("/api/v1/party/branches/" + ofA), officerB, null).andExpect(status().isForbidden());
        call(get("/api/v1/party/branches/" + ofB), officerB, null).andExpect(status().isOk());
        JsonNode seen = read(call(get("/api/v1/party/branches"), officerB, null));
        assertThat(seen).hasSize(1);
        call(post("/api/v1/party/meetings"), officerB, Map.of("branchId", ofA, "kind", "COMMITTEE",
                "heldOn", today().toString(), "topic", "越权")).andExpect(status().isForbidden());
        assertThat(kindsOf(read(call(get("/api/v1/party/reminders"), officerB, null)), ofA)).isEmpty();
        String departmentHead = "Bearer " + fixtures.tokenFor(EnumSet.of(Role.DEPARTMENT_HEAD), DataScope.SUBTREE, h.department().id());
        call(get("/api/v1/party/branches"), departmentHead, null).andExpect(status().isForbidden());
        call(put("/api/v1/party/branches/" + ofB), officerB, Map.of("name", "改名", "establishedOn", "2015-07-01",
                "unitIds", List.of(h.wardA().id()), "version", 0)).andExpect(status().isForbidden());
    }

    @Test
    void theMonthlyEvaluationGivesTheStarsByTheRuleOnThePage() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String auth = "Bearer " + fixtures.adminToken();
        JsonNode items = read(call(get("/api/v1/party/evaluation-items"), auth, null));
        int year = today().getYear() - 1;
        for (int month = 1; month <= 2; month++) {
            Map<String, Object> scores = new LinkedHashMap<>();
            items.forEach(i -> {
                if (i.get("active").asBoolean()) {
                    scores.put(i.get("id").asText(), i.get("maxScore").asInt() - (i.get("maxScore").asInt() == 30 ? 1 : 0));
                }
            });
            call(post("/api/v1/party/evaluations"), auth, Map.of("unitId", h.wardA().id(),
                    "month", year + "-0" + month, "evaluator", "党办", "scores", scores)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.percent").value(98.0));
        }
        call(post("/api/v1/party/evaluations"), auth, Map.of("unitId", h.wardA().id(), "month", year + "-01",
                "evaluator", "党办", "scores", Map.of())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("scores"));
        JsonNode stars = read(call(get("/api/v1/party/stars?year=" + year), auth, null).andExpect(status().isOk()));
        JsonNode ward = null;
        for (JsonNode s : stars) {
            if (s.get("unitId").asLong() == h.wardA().id()) {
                ward = s;
            }
        }
        assertThat(ward).isNotNull();
        assertThat(ward.get("stars").asInt()).isEqualTo(5);
        call(post("/api/v1/party/conduct"), auth, Map.of("kind", "COMPLAINT_UPHELD", "unitId", h.wardA().id(),
                "occurredOn", year + "-03-01", "description", "态度生硬，经查属实")).andExpect(status().isCreated());
        JsonNode after = read(call(get("/api/v1/party/stars?year=" + year), auth, null));
        for (JsonNode s : after) {
            if (s.get("unitId").asLong() == h.wardA().id()) {
                assertThat(s.get("stars").asInt()).isEqualTo(4);
                assertThat(s.get("complaintsUpheld").asInt()).isEqualTo(1);
            }
        }
        call(get("/api/v1/party/star-rules"), auth, null).andExpect(jsonPath("$[0].stars").value(5))
                .andExpect(jsonPath("$[0].minAverage").value(95));
    }
}
