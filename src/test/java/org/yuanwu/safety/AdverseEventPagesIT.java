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
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.yuanwu.support.IntegrationTest;
import org.yuanwu.support.TestFixtures;

/** The adverse-event pages: report, triage, analysis, corrective action, list filters, export and the monthly review. */
class AdverseEventPagesIT extends IntegrationTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Test
    void anEventIsReportedTriagedAnalysedAndGivenACorrectiveActionOnItsPages() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        MockHttpSession admin = adminSession();
        LocalDateTime at = LocalDateTime.now(ZONE).minusHours(3).truncatedTo(ChronoUnit.MINUTES);
        String description = TestFixtures.unique("输液泵报警未及时处理");

        mvc.perform(get("/safety/events/new").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("全国护理不良事件分级标准"), containsString("Ⅳ级 隐患事件/临界错误"))));
        mvc.perform(post("/safety/events").session(admin).with(csrf())
                        .param("occurredAt", LocalDateTime.now(ZONE).plusDays(2).truncatedTo(ChronoUnit.MINUTES).toString())
                        .param("unitId", String.valueOf(h.wardA().id())).param("type", "DEVICE").param("level", "III")
                        .param("description", description))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"occurredAt-error\""), containsString("发生时间不能晚于现在。"))));
        assertThat(jdbc.queryForObject("select count(*) from safety_event where description = ?", Long.class, description)).isZero();

        String location = mvc.perform(post("/safety/events").session(admin).with(csrf())
                        .param("occurredAt", at.toString()).param("unitId", String.valueOf(h.wardA().id()))
                        .param("type", "DEVICE").param("level", "III").param("nursing", "true")
                        .param("description", description).param("immediateActions", "更换输液泵"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll(".*/events/(\\d+).*", "$1"));
        mvc.perform(get("/safety/events/" + id).session(admin)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(description), containsString("id=\"triage-form\""),
                        containsString("待核查"))));

        mvc.perform(post("/safety/events/" + id + "/triage").session(admin).with(csrf())
                .param("decision", "ACCEPT").param("version", "0")).andExpect(status().is3xxRedirection());
        long version = jdbc.queryForObject("select version from safety_event where id = ?", Long.class, id);
        mvc.perform(post("/safety/events/" + id + "/rca").session(admin).with(csrf())
                        .param("timelineAt", "08:00", "").param("timelineEntry", "输液泵报警", "")
                        .param("cause_MACHINE", "输液泵老化\n报警音量过低").param("cause_PEOPLE", "巡视间隔过长")
                        .param("why", "为什么未处理？未听到报警", "为什么未听到？音量过低", "")
                        .param("summary", "设备维护计划缺失").param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from safety_event_cause where event_id = ?", Long.class, id)).isEqualTo(3);

        var refused = mvc.perform(post("/safety/events/" + id + "/actions").session(admin).with(csrf())
                .param("unitId", String.valueOf(h.wardA().id())).param("description", "输液泵定期检测"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(refused.getFlashMap().get("actionError")).isEqualTo("event.error.actionDeadlineRequired");
        mvc.perform(post("/safety/events/" + id + "/actions").session(admin).with(csrf())
                        .param("unitId", String.valueOf(h.wardA().id())).param("description", "输液泵定期检测")
                        .param("action", "设备科每月检测报警功能")
                        .param("deadline", LocalDate.now(ZONE).plusDays(20).toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/safety/events/" + id).session(admin)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"rca-view\""), containsString("机（设备）：输液泵老化"),
                        containsString("设备维护计划缺失"), containsString("输液泵定期检测"), containsString("待整改"))));
        mvc.perform(get("/quality/findings").session(admin).param("unitId", String.valueOf(h.wardA().id())))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("输液泵定期检测"),
                        containsString("finding-source"))));

        String month = YearMonth.from(at).toString();
        mvc.perform(get("/safety/events").session(admin).param("unitId", String.valueOf(h.department().id()))
                        .param("month", month).param("level", "III").param("type", "DEVICE"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("event-row-" + id)));
        mvc.perform(get("/safety/events").session(admin).param("unitId", String.valueOf(h.department().id()))
                        .param("level", "I"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"events-empty\"")));
        mvc.perform(get("/safety/events/export").session(admin).param("unitId", String.valueOf(h.wardA().id())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        mvc.perform(get("/safety/events/review").session(admin).param("month", month)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("review-event-" + id), containsString("月度安全隐患分析"))));
    }

    @Test
    void anAnonymousReportFromThePageLeavesNoReporter() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        MockHttpSession admin = adminSession();
        String description = TestFixtures.unique("核对医嘱时发现剂量错误");
        mvc.perform(post("/safety/events").session(admin).with(csrf())
                        .param("occurredAt", LocalDateTime.now(ZONE).minusHours(1).truncatedTo(ChronoUnit.MINUTES).toString())
                        .param("unitId", String.valueOf(h.wardB().id())).param("type", "MEDICATION").param("level", "IV")
                        .param("description", description).param("anonymous", "true"))
                .andExpect(status().is3xxRedirection()).andExpect(header().string("Location", containsString("/safety/events")));
        assertThat(jdbc.queryForObject("select count(*) from safety_event where description = ? and reporter is null "
                + "and reporter_user_id is null and anonymous = true", Long.class, description)).isEqualTo(1);
    }
}
