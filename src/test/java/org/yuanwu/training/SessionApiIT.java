package org.yuanwu.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
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
import org.yuanwu.identity.UserAccounts;
import org.yuanwu.identity.UserForm;
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

/** Courses, sessions, attendance and sign-in over the API: scope, invitee lists, the window, facts and the indicator. */
class SessionApiIT extends IntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String PASSWORD = "Passw0rd-Trainee";

    @Autowired
    StaffService staffService;

    @Autowired
    UserAccounts users;

    @Autowired
    IndicatorEngine engine;

    @Autowired
    org.yuanwu.identity.ApiTokens tokens;

    static String bearer(String token) {
        return "Bearer " + token;
    }

    String headNurseOf(Long wardId) {
        return bearer(fixtures.tokenFor(EnumSet.of(Role.HEAD_NURSE), DataScope.OWN_UNIT, wardId));
    }

    String nursingDepartmentOf(Long hospitalId) {
        return bearer(fixtures.tokenFor(EnumSet.of(Role.NURSING_DEPARTMENT), DataScope.SUBTREE, hospitalId));
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

    /** An API token of a new staff-member account linked to the person (the API takes tokens, not sessions). */
    String trainee(StaffView person) {
        String username = TestFixtures.unique("t").toLowerCase();
        var user = users.create(UserForm.of(username, person.name(), person.id(), person.unitId(), DataScope.OWN_UNIT,
                EnumSet.of(Role.STAFF_MEMBER)), PASSWORD).user();
        org.yuanwu.common.Actor actor = new org.yuanwu.common.Actor() {
            @Override public Long userId() { return user.id(); }
            @Override public String username() { return username; }
            @Override public DataScope dataScope() { return DataScope.OWN_UNIT; }
            @Override public Long scopeUnitId() { return person.unitId(); }
            @Override public java.util.Set<String> permissions() { return java.util.Set.of(); }
        };
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new org.springframework.security.authentication.TestingAuthenticationToken(actor, null));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            return bearer(tokens.issue("test", 1).secret());
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    static Map<String, Object> course(Long unitId, String topic) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("topic", topic);
        m.put("category", "BASICS");
        m.put("creditHours", 1.5);
        m.put("description", "三基理论培训");
        m.put("unitId", unitId);
        return m;
    }

    static Map<String, Object> session(Long audienceUnitId, LocalDateTime start) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("startsAt", start.toString());
        m.put("endsAt", start.plusHours(1).toString());
        m.put("place", "示教室");
        m.put("lecturerName", "李主任（外聘）");
        m.put("audienceUnitId", audienceUnitId);
        return m;
    }

    long createCourse(String auth, Long unitId) throws Exception {
        return read(call(post("/api/v1/training/courses"), auth, course(unitId, "无菌技术操作规范"))
                .andExpect(status().isCreated())).get("id").asLong();
    }

    JsonNode createSession(String auth, long courseId, Map<String, Object> body) throws Exception {
        return read(call(post("/api/v1/training/courses/" + courseId + "/sessions"), auth, body)
                .andExpect(status().isCreated()));
    }

    static Map<String, Object> mark(Long staffId, String attendance, String reason) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("staffId", staffId);
        m.put("attendance", attendance);
        m.put("absenceReason", reason);
        return m;
    }

    @Test
    void aHeadNurseSchedulesForHerOwnWardOnlyAndTheInviteeListIsResolvedWhenSaved() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        StaffView n0 = nurse(h.wardA().id(), NurseLevel.N0);
        nurse(h.wardA().id(), NurseLevel.N2);
        nurse(h.wardB().id(), NurseLevel.N0);
        String headNurse = headNurseOf(h.wardA().id());

        call(post("/api/v1/training/courses"), headNurse, course(h.wardB().id(), "别人的课程")).andExpect(status().isForbidden());
        long courseId = createCourse(headNurse, h.wardA().id());

        Map<String, Object> body = session(h.wardA().id(), LocalDateTime.now(ZONE).plusDays(3));
        body.put("nurseLevels", List.of("N0"));
        JsonNode s = createSession(headNurse, courseId, body);
        assertThat(s.get("invited").asInt()).isEqualTo(1);
        assertThat(s.get("signInCode").asText()).hasSize(6);
        assertThat(jdbc.queryForList("select staff_id from training_invitee where session_id = ?", Long.class,
                s.get("id").asLong())).containsExactly(n0.id());

        call(post("/api/v1/training/courses/" + courseId + "/sessions"), headNurse, session(h.wardB().id(),
                LocalDateTime.now(ZONE).plusDays(3))).andExpect(status().isForbidden());
        call(get("/api/v1/training/courses/" + courseId), headNurseOf(h.wardB().id()), null).andExpect(status().isForbidden());
        assertThat(read(call(get("/api/v1/training/courses?unitId=" + h.hospital().id()), headNurse, null)
                .andExpect(status().isOk())).get("totalItems").asLong()).isEqualTo(1);

        // Widening the audience before anyone's attendance is recorded resolves the list again.
        Map<String, Object> wider = session(h.wardA().id(), LocalDateTime.now(ZONE).plusDays(3));
        wider.put("version", s.get("version").asLong());
        assertThat(read(call(put("/api/v1/training/sessions/" + s.get("id").asLong()), headNurse, wider)
                .andExpect(status().isOk())).get("invited").asInt()).isEqualTo(2);
    }

    @Test
    void recordedAttendanceDrivesTheHospitalsAttendanceRateUntilTheSessionIsCancelled() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        StaffView a1 = nurse(h.wardA().id(), NurseLevel.N1);
        StaffView a2 = nurse(h.wardA().id(), NurseLevel.N1);
        StaffView a3 = nurse(h.wardA().id(), NurseLevel.N2);
        StaffView b1 = nurse(h.wardB().id(), NurseLevel.N1);
        String office = nursingDepartmentOf(h.hospital().id());
        long courseId = createCourse(office, h.department().id());
        LocalDateTime start = LocalDateTime.now(ZONE).minusDays(1).withHour(14).withMinute(0).withSecond(0).withNano(0);
        long sessionId = createSession(office, courseId, session(h.department().id(), start)).get("id").asLong();
        Period year = Period.year(start.getYear());

        assertThat(engine.value("nursing.training_attendance_rate", h.hospital().id(), year).hasData()).isFalse();

        call(post("/api/v1/training/sessions/" + sessionId + "/attendance"), office, List.of(mark(b1.id(), "ABSENT", null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", Matchers.containsString("请选择缺席原因")));

        call(post("/api/v1/training/sessions/" + sessionId + "/attendance"), office, List.of(
                mark(a1.id(), "PRESENT", null), mark(a2.id(), "PRESENT", null), mark(a3.id(), "PRESENT", null),
                mark(b1.id(), "ABSENT", "NIGHT_SHIFT")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(4));
        assertThat(jdbc.queryForObject("select status from training_session where id = ?", String.class, sessionId))
                .isEqualTo("HELD");
        IndicatorValue hospital = engine.value("nursing.training_attendance_rate", h.hospital().id(), year);
        assertThat(hospital.numerator()).isEqualByComparingTo("3");
        assertThat(hospital.denominator()).isEqualByComparingTo("4");
        assertThat(hospital.value()).isEqualByComparingTo("75");
        assertThat(engine.value("nursing.training_attendance_rate", h.wardB().id(), year).value()).isEqualByComparingTo("0");

        // A correction replaces the facts.
        call(post("/api/v1/training/sessions/" + sessionId + "/attendance"), office, List.of(mark(b1.id(), "PRESENT", null)))
                .andExpect(status().isOk());
        assertThat(engine.value("nursing.training_attendance_rate", h.hospital().id(), year).value())
                .isEqualByComparingTo(new BigDecimal("100"));

        long version = jdbc.queryForObject("select version from training_session where id = ?", Long.class, sessionId);
        call(post("/api/v1/training/sessions/" + sessionId + "/cancel"), office, Map.of("reason", "", "version", version))
                .andExpect(status().isBadRequest());
        call(post("/api/v1/training/sessions/" + sessionId + "/cancel"), office, Map.of("reason", "讲者临时出诊", "version", version))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"));
        assertThat(engine.value("nursing.training_attendance_rate", h.hospital().id(), year).hasData()).isFalse();
    }

    @Test
    void signingInByCodeMarksAnInviteePresentAddsAWalkInAndIsRefusedOutsideTheWindow() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        StaffView invited = nurse(h.wardA().id(), NurseLevel.N1);
        StaffView visitor = nurse(h.wardB().id(), NurseLevel.N1);
        String headNurse = headNurseOf(h.wardA().id());
        long courseId = createCourse(headNurse, h.wardA().id());
        JsonNode now = createSession(headNurse, courseId, session(h.wardA().id(), LocalDateTime.now(ZONE).minusMinutes(10)));
        JsonNode later = createSession(headNurse, courseId, session(h.wardA().id(), LocalDateTime.now(ZONE).plusDays(2)));
        JsonNode past = createSession(headNurse, courseId, session(h.wardA().id(), LocalDateTime.now(ZONE).minusHours(3)));

        String her = trainee(invited);
        mvc.perform(post("/api/v1/training/signin/" + now.get("signInCode").asText().toLowerCase()).header("Authorization", her))
                .andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("INVITED"));
        mvc.perform(post("/api/v1/training/signin/" + now.get("signInCode").asText()).header("Authorization", her))
                .andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("ALREADY_PRESENT"));
        String guest = trainee(visitor);
        mvc.perform(post("/api/v1/training/signin/" + now.get("signInCode").asText()).header("Authorization", guest))
                .andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("WALK_IN"));
        assertThat(jdbc.queryForList("select attendance || '/' || case when walk_in then 'walk-in' else 'invited' end "
                + "from training_invitee where session_id = ? order by walk_in", String.class, now.get("id").asLong()))
                .containsExactly("PRESENT/invited", "PRESENT/walk-in");

        mvc.perform(post("/api/v1/training/signin/" + later.get("signInCode").asText()).header("Authorization", her)
                        .header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", Matchers.startsWith("Sign-in has not opened yet")));
        mvc.perform(post("/api/v1/training/signin/" + past.get("signInCode").asText()).header("Authorization", her))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", Matchers.startsWith("签到已结束")));
        mvc.perform(post("/api/v1/training/signin/ZZZZZZ").header("Authorization", her)).andExpect(status().isNotFound());

        // Her own training lists the session she attended and the one she is invited to.
        mvc.perform(get("/api/v1/training/mine").header("Authorization", her)).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[?(@.session.id == " + now.get("id").asLong() + ")].attendance.attendance").value("PRESENT"));
    }

    @Test
    void anExecutableMaterialIsRefusedAndAPdfIsKeptInTheDatabase() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String headNurse = headNurseOf(h.wardA().id());
        long courseId = createCourse(headNurse, h.wardA().id());
        long sessionId = createSession(headNurse, courseId, session(h.wardA().id(), LocalDateTime.now(ZONE).plusDays(1)))
                .get("id").asLong();
        String url = "/api/v1/training/sessions/" + sessionId + "/materials";

        mvc.perform(multipart(url).file(new MockMultipartFile("file", "课件.pdf", "application/pdf",
                        new byte[] {'M', 'Z', 1, 2, 3})).header("Authorization", headNurse))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("不允许上传可执行文件或脚本。"));
        long id = read(mvc.perform(multipart(url).file(new MockMultipartFile("file", "课件", "application/octet-stream",
                        "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII))).header("Authorization", headNurse))
                .andExpect(status().isCreated())).get("id").asLong();
        assertThat(jdbc.queryForObject("select file_name from training_material where id = ?", String.class, id))
                .isEqualTo("课件.pdf");
        call(get(url + "/" + id), headNurse, null).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().contentType("application/pdf"));
        call(get(url), headNurseOf(h.wardB().id()), null).andExpect(status().isForbidden());
    }

    @Test
    void badCourseInputIsAProblemDetailInTheCallersLanguage() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String office = nursingDepartmentOf(h.hospital().id());
        Map<String, Object> bad = course(h.wardA().id(), "");
        call(post("/api/v1/training/courses").header("Accept-Language", "en"), office, bad)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("topic"));
        Map<String, Object> negative = course(h.wardA().id(), "礼仪培训");
        negative.put("creditHours", -1);
        call(post("/api/v1/training/courses"), office, negative).andExpect(status().isBadRequest());

        long courseId = createCourse(office, h.wardA().id());
        Map<String, Object> backwards = session(h.wardA().id(), LocalDateTime.now(ZONE).plusDays(1));
        backwards.put("endsAt", LocalDateTime.now(ZONE).toString());
        call(post("/api/v1/training/courses/" + courseId + "/sessions").header("Accept-Language", "en"), office, backwards)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The end must be after the start."))
                .andExpect(jsonPath("$.errors[0].field").value("endsAt"));

        // A stale edit is a conflict, never a silent overwrite.
        Map<String, Object> edit = course(h.wardA().id(), "无菌技术操作规范（修订）");
        edit.put("version", 99);
        call(put("/api/v1/training/courses/" + courseId), office, edit).andExpect(status().isConflict());
        call(post("/api/v1/training/courses/" + courseId + "/withdraw"), office, Map.of("reason", "课程合并", "version", 0))
                .andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false));
        assertThat(jdbc.queryForObject("select count(*) from training_course where id = ?", Long.class, courseId)).isOne();
    }
}
