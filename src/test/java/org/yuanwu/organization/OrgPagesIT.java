package org.yuanwu.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.yuanwu.support.IntegrationTest;
import org.yuanwu.support.TestFixtures;

/** The org tree pages: what a person sees and what their form posts leave in the database. */
class OrgPagesIT extends IntegrationTest {

    @Test
    void treePageShowsRootsAndExpandsLazily() throws Exception {
        MockHttpSession admin = adminSession();
        TestFixtures.Hospital h = fixtures.hospital();
        mvc.perform(get("/org").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("unit-" + h.hospital().id())));
        mvc.perform(get("/org/" + h.department().id() + "/children").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("心内科病区"), org.hamcrest.Matchers.containsString("呼吸科病区"))));
        mvc.perform(get("/org").param("q", h.wardB().code()).session(admin))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("org-results")));
    }

    @Test
    void creatingAUnitFromTheFormSavesItAndBadInputIsShownBesideTheField() throws Exception {
        MockHttpSession admin = adminSession();
        TestFixtures.Hospital h = fixtures.hospital();
        String code = TestFixtures.unique("F");
        mvc.perform(post("/org").session(admin).with(csrf()).param("code", code).param("name", "康复病区")
                        .param("kind", "WARD").param("parentId", String.valueOf(h.department().id())).param("bedCount", "28"))
                .andExpect(redirectedUrlPattern("/org/*"));
        assertThat(jdbc.queryForObject("select bed_count from org_unit where code = ?", Integer.class, code)).isEqualTo(28);

        long before = jdbc.queryForObject("select count(*) from org_unit", Long.class);
        mvc.perform(post("/org").session(admin).with(csrf()).param("code", code).param("name", "重复")
                        .param("kind", "OFFICE").param("parentId", String.valueOf(h.hospital().id())).param("bedCount", "5"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("只有病区可以填写床位数。")));
        mvc.perform(post("/org").session(admin).with(csrf()).param("code", code).param("name", "重复")
                        .param("kind", "OFFICE").param("parentId", String.valueOf(h.hospital().id())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("已被其他单位使用")));
        assertThat(jdbc.queryForObject("select count(*) from org_unit", Long.class)).isEqualTo(before);
    }

    @Test
    void deactivatingFromThePageShowsWhyItWasRefused() throws Exception {
        MockHttpSession admin = adminSession();
        TestFixtures.Hospital h = fixtures.hospital();
        var flash = mvc.perform(post("/org/" + h.department().id() + "/deactivate").session(admin).with(csrf())
                        .param("reason", "科室撤并").param("version", String.valueOf(h.department().version())))
                .andExpect(redirectedUrlPattern("/org/*")).andReturn().getFlashMap();
        mvc.perform(get("/org/" + h.department().id()).session(admin).flashAttrs(flash))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("还有启用中的下级单位")));
        assertThat(jdbc.queryForObject("select active from org_unit where id = ?", Boolean.class, h.department().id())).isTrue();
    }

    @Test
    void pagesSwitchToEnglish() throws Exception {
        MockHttpSession admin = adminSession();
        mvc.perform(get("/org").param("lang", "en").session(admin))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Organization")));
        mvc.perform(get("/audit").param("lang", "en").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Audit trail")));
        mvc.perform(get("/org").param("lang", "zh-CN").session(admin))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("组织机构")));
    }

    @Test
    void aHeadNurseSeesHerWardAndNotTheRestOfTheTree() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        fixtures.tokenFor(java.util.Set.of(org.yuanwu.identity.Role.HEAD_NURSE), org.yuanwu.common.DataScope.OWN_UNIT, h.wardA().id());
        String username = jdbc.queryForObject("select username from identity_user where scope_unit_id = ?", String.class, h.wardA().id());
        MockHttpSession nurse = signIn(username, "Passw0rd-Test");
        mvc.perform(get("/org").session(nurse)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("unit-" + h.wardA().id()),
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unit-" + h.wardB().id())))));
        mvc.perform(get("/org/" + h.wardB().id()).session(nurse)).andExpect(status().isForbidden());
        mvc.perform(get("/staff/" + fixtures.staff(h.wardB().id()).id() + "/edit").session(nurse)).andExpect(status().isForbidden());
    }
}
