package org.yuanwu.union;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.yuanwu.support.TestFixtures;

/** The congress, proposal and evaluation pages render for the union office and a delegate, in Chinese and English. */
class UnionPagesIT extends UnionApiTest {

    @Autowired
    CongressService congress;
    @Autowired
    EvaluationService evaluations;

    @Test
    void everyCongressAndEvaluationPageRendersAndAProposalFormShowsItsErrorBesideTheField() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        UnionPeople.Person delegate = people().staffMember(h.wardA().id());
        UnionPeople.Person other = people().staffMember(h.wardB().id());
        CongressViews.Term term = congress.createTerm(new CongressViews.TermForm(h.hospital().id(), "第二届职代会",
                LocalDate.now().minusYears(1), null, 1, null, null, null));
        CongressViews.Delegate d = congress.elect(term.id(), new CongressViews.Election(delegate.staffId(), null));
        CongressViews.Delegate d2 = congress.elect(term.id(), new CongressViews.Election(other.staffId(), null));
        CongressViews.Session s = congress.createSession(term.id(), new CongressViews.SessionForm("一次会议", LocalDate.now(), "礼堂"));
        CongressViews.Item item = congress.addItem(s.id(), new CongressViews.ItemForm("院长工作报告", null,
                CongressViews.ItemKind.REPORT_REVIEW, null));
        s = congress.recordAttendance(s.id(), new CongressViews.Attendance(List.of(d.id(), d2.id()), s.version()));
        String admin = "Bearer " + fixtures.adminToken();
        JsonProposal p = new JsonProposal(read(call(post("/api/v1/union/proposals"), delegate.auth(), Map.of("sessionId", s.id(),
                "title", "改善夜班餐", "content", "夜班无热饭")).andExpect(status().isCreated())).get("id").asLong());
        EvaluationViews.Round round = evaluations.create(new EvaluationViews.RoundForm(h.hospital().id(), "民主评议",
                EvaluationViews.Electorate.DELEGATES, term.id(), null, null));

        MockHttpSession adminPages = adminSession();
        for (String page : List.of("/union/congress", "/union/congress/terms/" + term.id(), "/union/congress/sessions/" + s.id(),
                "/union/congress/sessions/" + s.id() + "/resolution", "/union/congress/sessions/" + s.id() + "/progress",
                "/union/congress/proposals", "/union/congress/proposals/" + p.id(), "/union/evaluations",
                "/union/evaluations/" + round.id())) {
            mvc.perform(get(page).session(adminPages)).andExpect(status().isOk());
            mvc.perform(get(page + (page.contains("?") ? "&" : "?") + "lang=en").session(adminPages)).andExpect(status().isOk());
        }
        mvc.perform(get("/union/congress/terms/" + term.id()).session(adminPages))
                .andExpect(content().string(Matchers.containsString("id=\"elect-form\"")));
        mvc.perform(get("/union/congress/terms/" + term.id() + "/delegates/export").session(adminPages))
                .andExpect(status().isOk()).andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        mvc.perform(get("/union/congress/proposals/export").session(adminPages)).andExpect(status().isOk());

        MockHttpSession delegatePages = signIn(delegate.username(), TestFixtures.PASSWORD);
        mvc.perform(get("/union/congress/proposals/new").session(delegatePages)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"proposal-form\"")));
        mvc.perform(post("/union/congress/proposals").session(delegatePages).with(csrf()).param("sessionId", String.valueOf(s.id()))
                        .param("title", "").param("content", "内容"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("id=\"title-error\"")))
                .andExpect(content().string(Matchers.containsString("请填写案由。")))
                .andExpect(content().string(Matchers.containsString("内容")));
        // a vote from the session page, once
        congress.convene(s.id(), s.version());
        mvc.perform(get("/union/congress/sessions/" + s.id()).session(delegatePages))
                .andExpect(content().string(Matchers.containsString("id=\"vote-" + item.id() + "-FOR\"")));
        mvc.perform(post("/union/congress/items/" + item.id() + "/votes").session(delegatePages).with(csrf())
                .param("sessionId", String.valueOf(s.id())).param("choice", "FOR")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/union/congress/items/" + item.id() + "/votes").session(delegatePages).with(csrf())
                        .param("sessionId", String.valueOf(s.id())).param("choice", "AGAINST"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("actionError", "congress.error.votedTwice"));
        assertThat(jdbc.queryForObject("select count(*) from union_congress_vote where item_id = ?", Integer.class, item.id())).isEqualTo(1);
        // a staff member without UNION_WRITE sees no management forms
        mvc.perform(get("/union/congress/terms/" + term.id()).session(delegatePages)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"elect-form\""))));
        mvc.perform(get("/union/congress/terms/" + term.id() + "/delegates/export").session(delegatePages)).andExpect(status().isOk());
    }

    private record JsonProposal(long id) {
    }
}
