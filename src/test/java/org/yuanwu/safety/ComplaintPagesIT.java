package org.yuanwu.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.yuanwu.support.IntegrationTest;
import org.yuanwu.support.TestFixtures;

/** The complaint pages: register from a comment book, assign, answer, close; the list flags the overdue ones. */
class ComplaintPagesIT extends IntegrationTest {

    @Test
    void aCommentBookEntryIsRegisteredAnsweredAndClosedOnItsPages() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        MockHttpSession admin = adminSession();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String content = TestFixtures.unique("病房空调噪音大，影响休息");

        mvc.perform(post("/safety/complaints").session(admin).with(csrf()).param("kind", "COMPLAINT")
                        .param("channel", "COMMENT_BOOK").param("receivedOn", today.toString())
                        .param("unitId", String.valueOf(h.wardA().id())).param("category", "ENVIRONMENT").param("content", ""))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("id=\"content-error\"")));
        String location = mvc.perform(post("/safety/complaints").session(admin).with(csrf()).param("kind", "COMPLAINT")
                        .param("channel", "COMMENT_BOOK").param("receivedOn", today.minusDays(5).toString())
                        .param("unitId", String.valueOf(h.wardA().id())).param("category", "ENVIRONMENT")
                        .param("content", content))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll(".*/complaints/(\\d+).*", "$1"));
        mvc.perform(get("/safety/complaints/" + id).session(admin)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(content), containsString("病区意见簿"),
                        containsString("id=\"overdue-flag\""), containsString("匿名"))));
        mvc.perform(get("/safety/complaints").session(admin).param("overdue", "true")
                        .param("unitId", String.valueOf(h.department().id())))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("complaint-row-" + id),
                        containsString("overdue-flag"))));

        mvc.perform(post("/safety/complaints/" + id + "/assign").session(admin).with(csrf())
                .param("responsibleUnitId", String.valueOf(h.wardA().id())).param("responsiblePerson", "后勤科张工")
                .param("version", "0")).andExpect(status().is3xxRedirection());
        long version = jdbc.queryForObject("select version from safety_complaint where id = ?", Long.class, id);
        mvc.perform(post("/safety/complaints/" + id + "/answer").session(admin).with(csrf())
                .param("answer", "已检修空调，噪音消除。").param("answeredOn", today.toString())
                .param("version", String.valueOf(version))).andExpect(status().is3xxRedirection());
        version = jdbc.queryForObject("select version from safety_complaint where id = ?", Long.class, id);
        mvc.perform(post("/safety/complaints/" + id + "/close").session(admin).with(csrf())
                .param("satisfaction", "SATISFIED").param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/safety/complaints/" + id).session(admin)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("已结案"), containsString("已检修空调，噪音消除。"),
                        containsString("后勤科张工"))));
        assertThat(jdbc.queryForObject("select status from safety_complaint where id = ?", String.class, id)).isEqualTo("CLOSED");
        mvc.perform(get("/safety/complaints/export").session(admin).param("unitId", String.valueOf(h.wardA().id())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        mvc.perform(get("/safety/complaints/new").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("留空则为收到后 3 天")));
    }

    @Test
    void aStaleStepShowsTheConflictInsteadOfOverwriting() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        MockHttpSession admin = adminSession();
        String location = mvc.perform(post("/safety/complaints").session(admin).with(csrf()).param("kind", "SUGGESTION")
                        .param("channel", "SUGGESTION_BOX").param("receivedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString())
                        .param("unitId", String.valueOf(h.wardB().id())).param("category", "FOOD").param("content", "希望增加粥品种类"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll(".*/complaints/(\\d+).*", "$1"));
        var result = mvc.perform(post("/safety/complaints/" + id + "/answer").session(admin).with(csrf())
                .param("answer", "已与营养科沟通").param("version", "7")).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(result.getFlashMap().get("actionError")).isEqualTo("error.staleEdit");
        assertThat(jdbc.queryForObject("select answer from safety_complaint where id = ?", String.class, id)).isNull();
    }
}
