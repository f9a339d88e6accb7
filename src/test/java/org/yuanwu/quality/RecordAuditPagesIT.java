package org.yuanwu.quality;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.yuanwu.support.IntegrationTest;
import org.yuanwu.support.TestFixtures;

/** The record-audit pages: the stated weight, refusals beside the field, the hold, the archive list and the Pareto page. */
class RecordAuditPagesIT extends IntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final String MONTH = YearMonth.from(TODAY).toString();

    private long item(String code) {
        return jdbc.queryForObject("select i.id from quality_template_item i join quality_template t on t.id = i.template_id "
                + "where t.family_code = 'NR' and t.status = 'ACTIVE' and i.item_code = ?", Long.class, code);
    }

    private static long idOf(String location) {
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void anAuditorOpensARoundAuditsADischargedRecordAndTheHoldShowsOnTheArchiveList() throws Exception {
        MockHttpSession admin = adminSession();
        TestFixtures.Hospital h = fixtures.hospital();
        mvc.perform(get("/quality/record-audits").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("默认 1.5")));
        mvc.perform(get("/quality/record-audits/rounds/new").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("护理文书检查表")));
        mvc.perform(post("/quality/record-audits/rounds").session(admin).with(csrf())
                        .param("unitId", String.valueOf(h.wardA().id())).param("month", "2026-13"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("id=\"month-error\"")));
        long round = idOf(mvc.perform(post("/quality/record-audits/rounds").session(admin).with(csrf())
                        .param("unitId", String.valueOf(h.wardA().id())).param("month", MONTH)
                        .param("passMark", "90").param("dischargedWeight", "1.5"))
                .andExpect(redirectedUrlPattern("/quality/record-audits/rounds/*")).andReturn().getResponse().getRedirectedUrl());
        mvc.perform(get("/quality/record-audits/rounds/" + round).session(admin)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("出院病历扣分 ×1.5"), containsString("occ_" + item("NR-04")))));

        mvc.perform(post("/quality/record-audits/rounds/" + round + "/audits").session(admin).with(csrf())
                        .param("recordNo", "").param("patientName", "王某").param("discharged", "true").param("level", "HEAD_NURSE")
                        .param("auditedOn", TODAY.toString()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("id=\"recordNo-error\"")));
        long audit = idOf(mvc.perform(post("/quality/record-audits/rounds/" + round + "/audits").session(admin).with(csrf())
                        .param("recordNo", "ZY-001").param("patientName", "王某").param("discharged", "true")
                        .param("level", "HEAD_NURSE").param("auditedOn", TODAY.toString())
                        .param("defects[0].itemId", String.valueOf(item("NR-04"))).param("defects[0].occurrences", "2")
                        .param("defects[0].note", "抢救记录未补记"))
                .andExpect(redirectedUrlPattern("/quality/record-audits/*")).andReturn().getResponse().getRedirectedUrl());
        mvc.perform(get("/quality/record-audits/" + audit).session(admin)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"hold-banner\""), containsString("×1.5 = 15.00"),
                        containsString("85.00"), containsString("id=\"correct-form\""))));
        mvc.perform(get("/quality/record-audits/archive?unitId=" + h.wardA().id()).session(admin)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("ZY-001"), containsString("archive-hold"))));
        mvc.perform(get("/quality/record-audits/pareto?unitId=" + h.wardA().id() + "&month=" + MONTH).session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"pareto-chart\""), containsString("pareto-row-NR-04"),
                        containsString("100.0%"))));
        mvc.perform(get("/quality/record-audits/export?unitId=" + h.wardA().id()).session(admin)).andExpect(status().isOk());
        mvc.perform(get("/quality/record-audits/archive/export?unitId=" + h.wardA().id()).session(admin)).andExpect(status().isOk());

        // the re-check is refused before a correction; whoever corrected is not offered the re-check
        mvc.perform(post("/quality/record-audits/" + audit + "/recheck").session(admin).with(csrf())
                        .param("accepted", "true").param("version", "0"))
                .andExpect(redirectedUrlPattern("/quality/record-audits/*"));
        mvc.perform(post("/quality/record-audits/" + audit + "/correct").session(admin).with(csrf())
                        .param("correction", "已补记").param("version", "0"))
                .andExpect(redirectedUrlPattern("/quality/record-audits/*"));
        mvc.perform(get("/quality/record-audits/" + audit).session(admin)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("已整改待复查"),
                        not(containsString("id=\"recheck-form\"")))));
    }
}
