package org.yuanwu.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.yuanwu.organization.NurseLevel;
import org.yuanwu.organization.StaffForm;
import org.yuanwu.organization.StaffService;
import org.yuanwu.organization.StaffView;
import org.yuanwu.support.IntegrationTest;
import org.yuanwu.support.TestFixtures;

/** The skill pages: the sheet editor with versions, the assessment form, the lists and the compliance page. */
class SkillPagesIT extends IntegrationTest {

    static final int THIS_YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    @Autowired
    StaffService staffService;

    long createSkill(MockHttpSession admin) throws Exception {
        String code = TestFixtures.unique("P").replace("-", "_");
        String location = mvc.perform(post("/training/skills").session(admin).with(csrf()).param("code", code)
                        .param("nameZh", "页面技能" + code).param("passThreshold", "80"))
                .andExpect(redirectedUrlPattern("/training/skills/*/sheet")).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.split("/")[3]);
    }

    long skillVersion(long skillId) {
        return jdbc.queryForObject("select version from training_skill where id = ?", Long.class, skillId);
    }

    @Test
    void theSheetIsEditedOnItsPageAndBecomesANewVersionOnceUsed() throws Exception {
        MockHttpSession admin = adminSession();
        TestFixtures.Hospital h = fixtures.hospital();
        StaffView nurse = fixtures.staff(h.wardA().id());
        long skillId = createSkill(admin);
        mvc.perform(get("/training/skills/" + skillId + "/sheet").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("操作步骤"), containsString("id=\"sheet-save\""))));

        mvc.perform(post("/training/skills/" + skillId + "/sheet").session(admin).with(csrf())
                        .param("version", String.valueOf(skillVersion(skillId)))
                        .param("items[0].position", "1").param("items[0].name", "操作").param("items[0].maxPoints", "一百"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请输入数字，例如 10。")));
        mvc.perform(post("/training/skills/" + skillId + "/sheet").session(admin).with(csrf())
                        .param("version", String.valueOf(skillVersion(skillId)))
                        .param("items[0].position", "1").param("items[0].name", "操作").param("items[0].maxPoints", "100")
                        .param("items[0].perOccurrence", "5"))
                .andExpect(redirectedUrl("/training/skills/" + skillId + "/sheet"))
                .andExpect(flash().attribute("notice", "training.notice.sheetSaved"));
        Long itemId = jdbc.queryForObject("select i.id from training_skill_item i join training_skill_sheet s on s.id = i.sheet_id "
                + "where s.skill_id = ? and s.current_sheet", Long.class, skillId);

        // A deduction above the maximum is refused on the page, with the reason, and nothing is stored.
        mvc.perform(post("/training/skills/assessments").session(admin).with(csrf()).param("skillId", String.valueOf(skillId))
                        .param("staffId", String.valueOf(nurse.id())).param("lost-" + itemId, "120"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("扣分 120 超过该项分值 100")));
        assertThat(jdbc.queryForObject("select count(*) from training_skill_assessment where skill_id = ?", Long.class, skillId)).isZero();
        String location = mvc.perform(post("/training/skills/assessments").session(admin).with(csrf())
                        .param("skillId", String.valueOf(skillId)).param("staffId", String.valueOf(nurse.id()))
                        .param("occ-" + itemId, "3"))
                .andExpect(redirectedUrlPattern("/training/skills/assessments/*"))
                .andExpect(flash().attribute("notice", "training.notice.assessedPassed"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).session(admin)).andExpect(content().string(allOf(containsString("85.0"),
                containsString("按第 1 版评分表评分"))));

        mvc.perform(post("/training/skills/" + skillId + "/sheet").session(admin).with(csrf())
                        .param("version", String.valueOf(skillVersion(skillId)))
                        .param("items[0].position", "1").param("items[0].name", "操作").param("items[0].maxPoints", "90")
                        .param("items[1].position", "2").param("items[1].name", "人文关怀").param("items[1].maxPoints", "10"))
                .andExpect(flash().attribute("notice", "training.notice.sheetNewVersion"));
        mvc.perform(get("/training/skills/" + skillId + "/sheet").session(admin))
                .andExpect(content().string(allOf(containsString("人文关怀"), containsString("第 2 版"), containsString("已用于 1 次考核"))));
        mvc.perform(get(location).session(admin)).andExpect(content().string(containsString("按第 1 版评分表评分")));
    }

    @Test
    void assessmentsAreListedFilteredAndExportedAndComplianceShowsTheSkillsStillMissing() throws Exception {
        MockHttpSession admin = adminSession();
        TestFixtures.Hospital h = fixtures.hospital();
        StaffForm f = fixtures.staffForm(h.wardA().id());
        f.setNurseLevel(NurseLevel.N0);
        StaffView trainee = staffService.create(f);
        Long cpr = jdbc.queryForObject("select id from training_skill where code = 'NS15'", Long.class);
        Long anyItem = jdbc.queryForObject("select min(i.id) from training_skill_item i join training_skill_sheet s "
                + "on s.id = i.sheet_id where s.skill_id = ? and s.current_sheet", Long.class, cpr);
        mvc.perform(get("/training/skills/assessments/new").session(admin).param("unitId", String.valueOf(h.wardA().id()))
                        .param("skillId", String.valueOf(cpr)))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString(trainee.name()),
                        containsString("name=\"lost-" + anyItem + "\""))));
        mvc.perform(post("/training/skills/assessments").session(admin).with(csrf()).param("skillId", String.valueOf(cpr))
                        .param("staffId", String.valueOf(trainee.id())).param("unitId", String.valueOf(h.wardA().id())))
                .andExpect(redirectedUrlPattern("/training/skills/assessments/*"));

        mvc.perform(get("/training/skills/assessments").session(admin).param("unitId", String.valueOf(h.hospital().id()))
                        .param("passed", "true").param("year", String.valueOf(THIS_YEAR)))
                .andExpect(content().string(allOf(containsString(trainee.name()), containsString("心肺复苏"))));
        mvc.perform(get("/training/skills/assessments").session(admin).param("unitId", String.valueOf(h.hospital().id()))
                        .param("passed", "false"))
                .andExpect(content().string(containsString("没有符合条件的考核记录")));
        mvc.perform(get("/training/skills/assessments/export").session(admin).param("unitId", String.valueOf(h.hospital().id())))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        mvc.perform(get("/training/skills/people/" + trainee.id()).session(admin))
                .andExpect(content().string(containsString("心肺复苏")));

        String page = mvc.perform(get("/training/skills/compliance").session(admin).param("year", String.valueOf(THIS_YEAR))
                        .param("unitId", String.valueOf(h.hospital().id())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"compliance-" + trainee.id() + "\"", "无菌技术", "共 1 人，已全部通过 0 人");
        String missing = page.substring(page.indexOf("id=\"compliance-" + trainee.id() + "\""));
        missing = missing.substring(missing.indexOf("class=\"text-wrap missing\""), missing.indexOf("</tr>"));
        assertThat(missing).contains("无菌技术").doesNotContain("心肺复苏");
        mvc.perform(get("/training/skills/compliance/export").session(admin).param("year", String.valueOf(THIS_YEAR)))
                .andExpect(status().isOk());
        mvc.perform(post("/training/skills/requirements").session(admin).with(csrf()).param("year", String.valueOf(THIS_YEAR)))
                .andExpect(redirectedUrl("/training/skills/compliance?year=" + THIS_YEAR))
                .andExpect(flash().attribute("notice", "training.notice.requirementsPublished"));
        assertThat(jdbc.queryForObject("select required from training_skill_requirement where req_year = ? and staff_id = ?",
                Integer.class, THIS_YEAR, trainee.id())).isPositive();
    }
}
