package org.yuanwu.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.yuanwu.organization.ProfessionalTitle;
import org.yuanwu.organization.StaffService;
import org.yuanwu.organization.StaffView;
import org.yuanwu.support.IntegrationTest;
import org.yuanwu.support.TestFixtures;

/** The intern pages: the intake form refuses bad dates beside the field; the intake page runs the schedule and tutors. */
class InternPagesIT extends IntegrationTest {

    @Autowired
    StaffService staffService;

    @Test
    void anIntakeIsCreatedOnItsFormAndItsPageShowsInternsGridAndTutorRefusals() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        MockHttpSession admin = adminSession();
        LocalDate start = InternScenario.start();
        String name = TestFixtures.unique("护理实习批次");

        mvc.perform(post("/training/interns").session(admin).with(csrf()).param("name", name).param("school", "卫校")
                        .param("specialty", "护理").param("unitId", String.valueOf(h.hospital().id()))
                        .param("startOn", start.toString()).param("endOn", start.minusDays(1).toString())
                        .param("maxInternsPerTutor", "2"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"endOn-error\""), containsString("结束日期不能早于开始日期"))));
        String location = mvc.perform(post("/training/interns").session(admin).with(csrf()).param("name", name)
                        .param("school", "卫校").param("specialty", "护理").param("unitId", String.valueOf(h.hospital().id()))
                        .param("startOn", start.toString()).param("endOn", start.plusWeeks(8).minusDays(1).toString())
                        .param("maxInternsPerTutor", "2"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll(".*/interns/(\\d+).*", "$1"));

        mvc.perform(post("/training/interns/" + id + "/interns").session(admin).with(csrf()).param("name", "孙小美")
                .param("studentNo", "X001")).andExpect(redirectedUrl("/training/interns/" + id));
        mvc.perform(post("/training/interns/" + id + "/generate").session(admin).with(csrf())
                .param("unitIds", String.valueOf(h.wardA().id()), String.valueOf(h.wardB().id())).param("weeksPerWard", "4"))
                .andExpect(redirectedUrl("/training/interns/" + id));
        long rotationId = jdbc.queryForObject("select id from training_intern_rotation where intake_id = ? and unit_id = ?",
                Long.class, id, h.wardA().id());
        StaffView junior = InternScenario.staff(fixtures, staffService, h.wardA().id(), ProfessionalTitle.NURSE);
        var refused = mvc.perform(post("/training/interns/rotations/" + rotationId + "/tutor").session(admin).with(csrf())
                        .param("intakeId", String.valueOf(id)).param("tutorStaffId", String.valueOf(junior.id())).param("version", "0"))
                .andExpect(redirectedUrl("/training/interns/" + id)).andReturn();
        assertThat(refused.getFlashMap().get("actionError")).isEqualTo("intern.error.tutorRank");
        // a fresh session, so no flash message left from the redirects above replaces the one shown here
        mvc.perform(get("/training/interns/" + id).session(adminSession()).flashAttr("actionError", "intern.error.tutorRank")
                        .flashAttr("actionErrorArgs", new Object[] {junior.name(), "护士"}))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(name), containsString("孙小美"), containsString("id=\"rotation-grid\""),
                        containsString("rotation-row-" + rotationId), containsString("带教老师须具有护师及以上职称"))));
        assertThat(jdbc.queryForObject("select tutor_staff_id from training_intern_rotation where id = ?", Long.class, rotationId)).isNull();

        mvc.perform(get("/training/interns").session(admin).param("q", name)).andExpect(status().isOk())
                .andExpect(content().string(containsString("intake-row-" + id)));
        mvc.perform(get("/training/interns/export").session(admin).param("q", name)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        mvc.perform(get("/training/interns/wards").session(admin).param("unitId", String.valueOf(h.wardA().id())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"gaps-table\"")));
        mvc.perform(get("/training/interns/teaching").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"no-staff\"")));
    }

    @Test
    void theInternEntranceIsOpenWithoutSignInAndAWrongCodeIsSentBackWithAReason() throws Exception {
        mvc.perform(get("/training/interns/by-code")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"code-form\"")));
        var result = mvc.perform(get("/training/interns/by-code/NOSUCH99")).andExpect(redirectedUrl("/training/interns/by-code"))
                .andReturn();
        assertThat(result.getFlashMap().get("actionError")).isEqualTo("intern.error.codeUnknown");
        mvc.perform(get("/training/interns")).andExpect(status().is3xxRedirection());
    }
}
