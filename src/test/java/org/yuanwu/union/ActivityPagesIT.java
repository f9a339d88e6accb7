package org.yuanwu.union;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.yuanwu.common.DataScope;
import org.yuanwu.identity.Role;
import org.yuanwu.identity.UserAccounts;
import org.yuanwu.organization.StaffView;
import org.yuanwu.support.IntegrationTest;
import org.yuanwu.support.TestFixtures;

/** The activities, clubs, contests, honours and health-check pages: forms refuse bad input beside the field, pages render. */
class ActivityPagesIT extends IntegrationTest {

    @Autowired
    UserAccounts users;

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void anActivityFormWithoutTitleIsShownAgainWithTheMessageBesideTheField() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        MockHttpSession admin = adminSession();
        String page = mvc.perform(post("/union/activities").session(admin).with(csrf()).param("title", "")
                        .param("kind", "VOLUNTEER").param("heldOn", today().plusDays(3).toString())
                        .param("organiserUnitId", String.valueOf(h.hospital().id())).param("place", "社区广场"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"title-error\"").contains("请填写名称").contains("社区广场");
        String en = mvc.perform(post("/union/activities").session(admin).with(csrf()).param("lang", "en")
                        .param("title", "Blood drive").param("kind", "VOLUNTEER").param("heldOn", today().plusDays(3).toString())
                        .param("organiserUnitId", String.valueOf(h.hospital().id())).param("budgetYuan", "-5"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(en).contains("id=\"budgetYuan-error\"").contains("Amounts cannot be negative.");
    }

    @Test
    void everyPageOfTheActivitiesAreaRendersForTheOfficerAndForStaff() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        MockHttpSession admin = adminSession();
        String location = mvc.perform(post("/union/activities").session(admin).with(csrf()).param("title", "重阳节登山")
                        .param("kind", "SPORTS_CULTURE").param("heldOn", today().plusDays(3).toString())
                        .param("organiserUnitId", String.valueOf(h.hospital().id())).param("capacity", "30").param("budgetYuan", "500"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).session(admin)).andExpect(status().isOk());
        mvc.perform(get(location + "/edit").session(admin)).andExpect(status().isOk());
        String club = mvc.perform(post("/union/activities/clubs").session(admin).with(csrf()).param("name", TestFixtures.unique("书法协会")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post("/union/activities/clubs").session(admin).with(csrf()).param("name", ""))
                .andExpect(status().isBadRequest());
        String contest = mvc.perform(post("/union/activities/contests").session(admin).with(csrf()).param("title", "静脉输液技能比武")
                        .param("heldOn", today().toString()).param("organiserUnitId", String.valueOf(h.hospital().id()))
                        .param("rounds", "2").param("prizeCount", "6"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post("/union/activities/contests").session(admin).with(csrf()).param("title", "x")
                        .param("heldOn", today().toString()).param("organiserUnitId", String.valueOf(h.hospital().id()))
                        .param("rounds", "0").param("prizeCount", "6"))
                .andExpect(status().isBadRequest());

        StaffView nurse = fixtures.staff(h.wardA().id());
        String staffName = ActivityPeople.account(users, nurse.id(), h.wardA().id(), Set.of(Role.STAFF_MEMBER));
        MockHttpSession staff = signIn(staffName, TestFixtures.PASSWORD);
        for (MockHttpSession session : new MockHttpSession[] {admin, staff}) {
            for (String path : new String[] {"/union/activities", "/union/activities?kind=SPORTS_CULTURE&q=登山", location,
                    "/union/activities/clubs", club, "/union/activities/contests", contest, contest + "/results",
                    "/union/activities/honours", "/union/activities/export"}) {
                mvc.perform(get(path).session(session)).andExpect(status().isOk());
            }
        }
        String detail = mvc.perform(get(location).session(staff)).andReturn().getResponse().getContentAsString();
        assertThat(detail).contains("id=\"btn-signup\"").doesNotContain("id=\"btn-edit\"");
        mvc.perform(post(location + "/signup").session(staff).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get(location).session(staff)).andReturn().getResponse().getContentAsString())
                .contains("id=\"signed-up-badge\"");
        mvc.perform(get("/union/activities/new").session(staff)).andExpect(status().isOk());
        mvc.perform(post("/union/activities").session(staff).with(csrf()).param("title", "越权").param("kind", "OTHER")
                .param("heldOn", today().toString()).param("organiserUnitId", String.valueOf(h.wardA().id())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/union/activities/honours/star-rating").session(staff)).andExpect(status().isForbidden());
        mvc.perform(get("/union/activities/honours/star-rating?year=" + today().getYear()).session(admin)).andExpect(status().isOk());
        mvc.perform(get("/union/activities/honours/new").session(admin)).andExpect(status().isOk());
        mvc.perform(get("/union/health-checks").session(admin)).andExpect(status().isOk());
    }

    @Test
    void anHonourFormWithoutAwardingBodyIsRefusedBesideTheField() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        MockHttpSession admin = adminSession();
        String page = mvc.perform(post("/union/activities/honours").session(admin).with(csrf()).param("title", "优秀共产党员")
                        .param("level", "COUNTY").param("awardingBody", "").param("awardedOn", today().toString())
                        .param("unitId", String.valueOf(h.wardA().id())))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"awardingBody-error\"").contains("请填写授予单位");
        String officerName = fixtures.userFor(Set.of(Role.UNION_OFFICER), DataScope.ALL, null);
        MockHttpSession officer = signIn(officerName, TestFixtures.PASSWORD);
        String location = mvc.perform(post("/union/activities/honours").session(officer).with(csrf()).param("title", "优秀共产党员")
                        .param("level", "COUNTY").param("awardingBody", "县委").param("awardedOn", today().toString())
                        .param("unitId", String.valueOf(h.wardA().id())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).session(officer)).andExpect(status().isOk());
        mvc.perform(post(location + "/status").session(officer).with(csrf()).param("status", "AWARDED").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        String after = mvc.perform(get(location).session(officer)).andReturn().getResponse().getContentAsString();
        assertThat(after).contains("id=\"action-error\"").contains("申报 → 推荐");
    }
}
