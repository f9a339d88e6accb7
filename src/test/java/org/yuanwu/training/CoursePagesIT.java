package org.yuanwu.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.yuanwu.common.DataScope;
import org.yuanwu.identity.Role;
import org.yuanwu.identity.UserAccounts;
import org.yuanwu.identity.UserForm;
import org.yuanwu.organization.StaffView;
import org.yuanwu.support.IntegrationTest;
import org.yuanwu.support.TestFixtures;

/** The course and session pages: what a person sees and what their form posts leave in the database. */
class CoursePagesIT extends IntegrationTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    UserAccounts users;

    MockHttpSession userSession(Role role, DataScope scope, Long unitId, Long staffId) throws Exception {
        String username = TestFixtures.unique("p").toLowerCase();
        users.create(UserForm.of(username, "页面测试", staffId, unitId, scope, EnumSet.of(role)), "Passw0rd-Pages");
        return signIn(username, "Passw0rd-Pages");
    }

    static long idFrom(String location) {
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    long createCourse(MockHttpSession session, Long unitId, String topic) throws Exception {
        return idFrom(mvc.perform(post("/training/courses").session(session).with(csrf()).param("topic", topic)
                        .param("category", "INFECTION_CONTROL").param("creditHours", "2").param("unitId", String.valueOf(unitId)))
                .andExpect(redirectedUrlPattern("/training/courses/*")).andReturn().getResponse().getRedirectedUrl());
    }

    @Test
    void theCourseFormShowsProblemsBesideTheFieldsAndTheListFiltersAndExports() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        MockHttpSession admin = adminSession();
        mvc.perform(post("/training/courses").session(admin).with(csrf()).param("topic", " ").param("category", "BASICS")
                        .param("creditHours", "两小时").param("unitId", String.valueOf(h.wardA().id())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"topic-error\""), containsString("id=\"creditHours-error\""),
                        containsString("请输入数字，例如 1.5。"))));
        String topic = TestFixtures.unique("手卫生与标准预防");
        long courseId = createCourse(admin, h.wardA().id(), topic);
        assertThat(jdbc.queryForObject("select credit_hours from training_course where id = ?", Double.class, courseId)).isEqualTo(2.0);

        mvc.perform(get("/training/courses").session(admin).param("q", topic).param("category", "INFECTION_CONTROL"))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString(topic),
                        containsString("id=\"course-row-" + courseId + "\""))));
        mvc.perform(get("/training/courses").session(admin).param("q", topic).param("category", "ETIQUETTE"))
                .andExpect(content().string(containsString("id=\"courses-empty\"")));
        byte[] xlsx = mvc.perform(get("/training/courses/export").session(admin).param("q", topic))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo(topic);
            assertThat(wb.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo("院感防控");
        }
    }

    @Test
    void aSessionIsScheduledOnItsPageAndAttendanceTickedOnTheTabletSheet() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        StaffView present = fixtures.staff(h.wardA().id());
        StaffView absent = fixtures.staff(h.wardA().id());
        MockHttpSession headNurse = userSession(Role.HEAD_NURSE, DataScope.OWN_UNIT, h.wardA().id(), null);
        long courseId = createCourse(headNurse, h.wardA().id(), "静脉治疗护理技术规范");
        LocalDateTime start = LocalDateTime.now(ZONE).minusHours(2).withSecond(0).withNano(0);

        mvc.perform(post("/training/courses/" + courseId + "/sessions").session(headNurse).with(csrf())
                        .param("startsAt", start.toString()).param("endsAt", start.minusHours(1).toString())
                        .param("place", "护士站").param("lecturerName", "王护士长").param("audienceUnitId", String.valueOf(h.wardA().id())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"endsAt-error\""), containsString("结束时间须晚于开始时间"))));
        long sessionId = idFrom(mvc.perform(post("/training/courses/" + courseId + "/sessions").session(headNurse).with(csrf())
                        .param("startsAt", start.toString()).param("endsAt", start.plusHours(1).toString())
                        .param("place", "护士站").param("lecturerName", "王护士长")
                        .param("audienceUnitId", String.valueOf(h.wardA().id())))
                .andExpect(redirectedUrlPattern("/training/sessions/*")).andReturn().getResponse().getRedirectedUrl());
        String code = jdbc.queryForObject("select signin_code from training_session where id = ?", String.class, sessionId);
        mvc.perform(get("/training/sessions/" + sessionId).session(headNurse)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(code), containsString("/training/signin/" + code),
                        containsString(present.name()))));
        mvc.perform(get("/training/sessions/" + sessionId).session(
                userSession(Role.HEAD_NURSE, DataScope.OWN_UNIT, h.wardB().id(), null))).andExpect(status().isForbidden());

        mvc.perform(get("/training/sessions/" + sessionId + "/attendance").session(headNurse)).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"status-" + present.id() + "\"")));
        mvc.perform(post("/training/sessions/" + sessionId + "/attendance").session(headNurse).with(csrf())
                        .param("status-" + present.id(), "PRESENT").param("status-" + absent.id(), "ABSENT"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("缺席，请选择缺席原因")));
        mvc.perform(post("/training/sessions/" + sessionId + "/attendance").session(headNurse).with(csrf())
                        .param("status-" + present.id(), "PRESENT").param("status-" + absent.id(), "ABSENT")
                        .param("reason-" + absent.id(), "SICK"))
                .andExpect(redirectedUrlPattern("/training/sessions/*"));
        assertThat(jdbc.queryForList("select attendance || '/' || coalesce(absence_reason, '-') from training_invitee "
                + "where session_id = ? order by staff_id", String.class, sessionId)).containsExactly("PRESENT/-", "ABSENT/SICK");
        mvc.perform(get("/training/courses/" + courseId).session(headNurse))
                .andExpect(content().string(containsString("应到 2 人次，实到 1 人次")));
    }

    @Test
    void theSignInPageSaysWhyACodeIsRefusedAndWhoIsAWalkIn() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        StaffView guest = fixtures.staff(h.wardB().id());
        MockHttpSession admin = adminSession();
        long courseId = createCourse(admin, h.wardA().id(), "护理礼仪");
        LocalDateTime soon = LocalDateTime.now(ZONE).plusMinutes(20).withSecond(0).withNano(0);
        LocalDateTime later = LocalDateTime.now(ZONE).plusDays(5).withSecond(0).withNano(0);
        long open = idFrom(mvc.perform(post("/training/courses/" + courseId + "/sessions").session(admin).with(csrf())
                .param("startsAt", soon.toString()).param("endsAt", soon.plusHours(1).toString()).param("place", "礼堂")
                .param("lecturerName", "外聘讲师").param("audienceUnitId", String.valueOf(h.wardA().id())))
                .andReturn().getResponse().getRedirectedUrl());
        long closed = idFrom(mvc.perform(post("/training/courses/" + courseId + "/sessions").session(admin).with(csrf())
                .param("startsAt", later.toString()).param("endsAt", later.plusHours(1).toString()).param("place", "礼堂")
                .param("lecturerName", "外聘讲师").param("audienceUnitId", String.valueOf(h.wardA().id())))
                .andReturn().getResponse().getRedirectedUrl());
        String openCode = jdbc.queryForObject("select signin_code from training_session where id = ?", String.class, open);
        String laterCode = jdbc.queryForObject("select signin_code from training_session where id = ?", String.class, closed);

        MockHttpSession trainee = userSession(Role.STAFF_MEMBER, DataScope.OWN_UNIT, h.wardB().id(), guest.id());
        mvc.perform(get("/training/signin").session(trainee).param("code", openCode.toLowerCase()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/training/signin/" + openCode));
        mvc.perform(get("/training/signin/" + openCode).session(trainee)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("护理礼仪"), containsString("id=\"signin-confirm\""))));
        mvc.perform(post("/training/signin/" + laterCode).session(trainee).with(csrf()))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("签到尚未开始")));
        mvc.perform(post("/training/signin/" + openCode).session(trainee).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("已登记为临时参加")));
        mvc.perform(get("/training/mine").session(trainee)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"mine-" + open + "\""), containsString("出席"))));
        mvc.perform(get("/training/signin/" + openCode).session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"signin-no-staff\"")));
    }
}
