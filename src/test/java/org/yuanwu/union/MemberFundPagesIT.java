package org.yuanwu.union;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.yuanwu.organization.StaffView;
import org.yuanwu.support.IntegrationTest;
import org.yuanwu.support.TestFixtures;

/** The union pages render in Chinese (and English), refuse bad input beside the field, and keep nothing of it. */
class MemberFundPagesIT extends IntegrationTest {

    @Test
    void everyUnionPageRendersAndAJoiningRefusedShowsTheReasonBesideTheField() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        StaffView s = fixtures.staff(h.wardA().id());
        MockHttpSession admin = adminSession();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        mvc.perform(post("/union/members").session(admin).with(csrf()).param("employeeNo", "NOPE-404")
                        .param("joinedOn", today.toString()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("id=\"employeeNo-error\"")));
        String location = mvc.perform(post("/union/members").session(admin).with(csrf()).param("employeeNo", s.employeeNo())
                        .param("joinedOn", today.toString()).param("application", "自愿入会"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post("/union/members").session(admin).with(csrf()).param("employeeNo", s.employeeNo())
                        .param("joinedOn", today.toString()))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("已是工会会员")));
        mvc.perform(get(location).session(admin)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(s.name()), containsString("会籍变动"), containsString("入会"))));
        mvc.perform(post("/union/fund/expenses").session(admin).with(csrf()).param("category", "EXP_OFFICE")
                        .param("purpose", "").param("amount", "-1"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("id=\"purpose-error\"")));

        for (String page : new String[]{"/union/members", "/union/members/new", "/union/members/coverage",
                "/union/members/import", "/union/members/dues", "/union/fund", "/union/fund/entries",
                "/union/fund/statement", "/union/fund/statement?month=3", "/union/fund/income/new",
                "/union/fund/expenses/new", "/union/assistance", "/union/assistance/visits",
                "/union/assistance/hardship", "/union/assistance/welfare", "/union/assistance/retirees"}) {
            mvc.perform(get(page).session(admin)).andExpect(status().isOk());
        }
        mvc.perform(get("/union/fund").session(admin).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Account balances")));
        mvc.perform(get("/union/members/import/template").session(admin)).andExpect(status().isOk());
        mvc.perform(get("/union/members/export").session(admin)).andExpect(status().isOk());
    }
}
