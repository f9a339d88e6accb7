package org.yuanwu.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.yuanwu.common.DataScope;
import org.yuanwu.identity.Role;
import org.yuanwu.organization.StaffView;
import org.yuanwu.support.IntegrationTest;
import org.yuanwu.support.TestFixtures;

/** The party pages: every screen renders, forms keep the input and say what is wrong beside the field. */
class PartyPagesIT extends IntegrationTest {

    @Test
    void theOfficeKeepsBranchesMembersMeetingsStudyAndAgreementsOnItsPages() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        MockHttpSession admin = adminSession();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String name = TestFixtures.unique("心内科党支部");
        mvc.perform(post("/party/branches").session(admin).with(csrf()).param("name", name)
                        .param("establishedOn", "2016-07-01"))
                .andExpect(status().isBadRequest()).andExpect(content().string(allOf(containsString("id=\"unitIds-error\""),
                        containsString("请至少选择一个覆盖科室。"), containsString(name))));
        String location = mvc.perform(post("/party/branches").session(admin).with(csrf()).param("name", name)
                        .param("establishedOn", "2016-07-01").param("unitIds", String.valueOf(h.wardA().id())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long branch = Long.parseLong(location.replaceAll(".*/branches/(\\d+).*", "$1"));
        mvc.perform(get("/party").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(name), containsString("reminder-" + branch + "-COMMITTEE"))));

        StaffView nurse = fixtures.staff(h.wardA().id());
        mvc.perform(post("/party/members").session(admin).with(csrf()).param("branchId", String.valueOf(branch))
                .param("staffId", String.valueOf(nurse.id())).param("status", "FULL").param("joinedOn", "2010-07-01"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/party/members").session(admin).with(csrf()).param("branchId", String.valueOf(branch))
                        .param("staffId", String.valueOf(nurse.id())).param("status", "FULL").param("joinedOn", "2010-07-01"))
                .andExpect(status().isBadRequest()).andExpect(content().string(allOf(containsString("id=\"staffId-error\""),
                        containsString("不能重复接收"))));
        long member = jdbc.queryForObject("select id from party_member where staff_id = ?", Long.class, nurse.id());
        mvc.perform(get("/party/members").session(admin).param("branchId", String.valueOf(branch))).andExpect(status().isOk())
                .andExpect(content().string(containsString("member-row-" + member)));
        mvc.perform(get("/party/members/export").session(admin).param("branchId", String.valueOf(branch)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        mvc.perform(get("/party/members/" + member).session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("transfer-form")));

        mvc.perform(get("/party/meetings/new").session(admin).param("branchId", String.valueOf(branch)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("present-" + member)));
        mvc.perform(post("/party/meetings").session(admin).with(csrf()).param("branchId", String.valueOf(branch))
                        .param("kind", "COMMITTEE").param("heldOn", today.toString()).param("topic", ""))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("id=\"topic-error\"")));
        String meeting = mvc.perform(post("/party/meetings").session(admin).with(csrf()).param("branchId", String.valueOf(branch))
                        .param("kind", "LESSON").param("heldOn", today.toString()).param("topic", "廉洁从医专题党课")
                        .param("absenceReasons[" + member + "]", "夜班"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(meeting).session(admin)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("廉洁从医专题党课"), containsString("夜班"), containsString("党课"))));
        mvc.perform(get("/party/meetings").session(admin).param("branchId", String.valueOf(branch)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("廉洁从医专题党课")));

        mvc.perform(get("/party/study/new").session(admin).param("unitId", String.valueOf(h.wardA().id())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("present-" + nurse.id())));
        mvc.perform(post("/party/study").session(admin).with(csrf()).param("unitId", String.valueOf(h.wardA().id()))
                        .param("heldOn", today.toString()).param("topic", "学习党章").param("hours", "2")
                        .param("listedStaffIds", String.valueOf(nurse.id())))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from party_study_attendance a join party_study_session s "
                + "on s.id = a.session_id where s.unit_id = ? and a.present = false", Long.class, h.wardA().id())).isEqualTo(1L);
        mvc.perform(get("/party/study").session(admin).param("unitId", String.valueOf(h.wardA().id())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("学习党章")));

        mvc.perform(get("/party/agreements").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/party/agreements/new?unitId=" + h.department().id())));
        mvc.perform(post("/party/agreements").session(admin).with(csrf()).param("kind", "DEPARTMENT")
                        .param("unitId", String.valueOf(h.department().id())).param("firstParty", "院长")
                        .param("signedOn", today.toString()).param("content", ""))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("id=\"content-error\"")));
        mvc.perform(get("/party?lang=en").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Meeting reminders")));
    }

    @Test
    void aDepartmentHeadRecordsConductButDoesNotSeeThePartyOffice() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String head = fixtures.userFor(EnumSet.of(Role.DEPARTMENT_HEAD), DataScope.SUBTREE, h.department().id());
        MockHttpSession session = signIn(head, TestFixtures.PASSWORD);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        mvc.perform(get("/party").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/party/conduct/new").session(session)).andExpect(status().isOk());
        mvc.perform(post("/party/conduct").session(session).with(csrf()).param("kind", "GIFT_REFUSED")
                        .param("unitId", String.valueOf(h.wardB().id())).param("occurredOn", today.toString())
                        .param("description", "家属送购物卡").param("amountYuan", "500"))
                .andExpect(status().isBadRequest()).andExpect(content().string(allOf(containsString("id=\"handling-error\""),
                        containsString("家属送购物卡"))));
        mvc.perform(post("/party/conduct").session(session).with(csrf()).param("kind", "GIFT_REFUSED")
                        .param("unitId", String.valueOf(h.wardB().id())).param("occurredOn", today.toString())
                        .param("description", "家属送购物卡").param("amountYuan", "500").param("handling", "HANDED_IN"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/party/conduct").session(session)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("家属送购物卡"), containsString("上交"))));
        mvc.perform(get("/party/conduct/totals").session(session)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("total-" + h.wardB().id()), containsString("500.00"))));
        mvc.perform(get("/party/conduct/evaluations").session(session)).andExpect(status().isOk());
        mvc.perform(get("/party/conduct/stars").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("平均得分率不低于95%")));
        mvc.perform(get("/party/conduct/evaluations/new").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/party/conduct").session(signIn(fixtures.userFor(EnumSet.of(Role.STAFF_MEMBER), DataScope.OWN_UNIT,
                h.wardA().id()), TestFixtures.PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/party/conduct/totals").session(adminSession()).param("unitId", String.valueOf(h.wardA().id())))
                .andExpect(content().string(not(containsString("total-" + h.wardB().id()))));
    }
}
