package org.yuanwu.infection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.yuanwu.support.IntegrationTest;
import org.yuanwu.support.TestFixtures;

/** The infection-control pages: census entry, case report with errors beside fields, review, rules, rates, export. */
class InfectionPagesIT extends IntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    private org.yuanwu.common.pdf.ChineseFont chineseFont;

    @Test
    void aWardEntersItsCensusReportsACaseAndTheOfficeConfirmsItOnThePages() throws Exception {
        MockHttpSession admin = adminSession();
        TestFixtures.Hospital h = fixtures.hospital();

        mvc.perform(post("/infection/census").session(admin).with(csrf()).param("wardId", String.valueOf(h.wardA().id()))
                        .param("unitId", String.valueOf(h.department().id())).param("month", "2026-02")
                        .param("admissions", "30").param("discharges", "20").param("patientDays", "200")
                        .param("centralLineDays", "0").param("urinaryCatheterDays", "0").param("ventilatorDays", "0")
                        .param("operations", "3"))
                .andExpect(redirectedUrlPattern("/infection/census?unitId=*")).andExpect(flash().attribute("notice", "infection.census.saved"));
        mvc.perform(post("/infection/census").session(admin).with(csrf()).param("wardId", String.valueOf(h.wardB().id()))
                        .param("month", "2026-02").param("admissions", "30").param("discharges", "20").param("patientDays", "20")
                        .param("centralLineDays", "21").param("urinaryCatheterDays", "0").param("ventilatorDays", "0")
                        .param("operations", "0"))
                .andExpect(flash().attribute("actionError", "infection.error.deviceDaysAbovePatientDays"));
        mvc.perform(get("/infection/census").param("unitId", String.valueOf(h.department().id())).param("month", "2026-02").session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"ward-" + h.wardA().id() + "\""),
                        containsString("id=\"ward-" + h.wardB().id() + "\""), containsString("value=\"200\""))));

        // A case whose onset is before admission comes back with the message beside the date.
        mvc.perform(post("/infection/cases").session(admin).with(csrf()).param("unitId", String.valueOf(h.wardA().id()))
                        .param("patientNo", "BA-1").param("admissionDate", "2026-02-10").param("onsetDate", "2026-02-08")
                        .param("site", "URINARY").param("device", "NONE").param("outcome", "UNDER_TREATMENT"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"onsetDate-error\""), containsString("感染日期不能早于入院日期"),
                        containsString("value=\"BA-1\""))));
        String location = mvc.perform(post("/infection/cases").session(admin).with(csrf()).param("unitId", String.valueOf(h.wardA().id()))
                        .param("patientNo", "BA-1").param("admissionDate", "2026-02-10").param("onsetDate", "2026-02-11")
                        .param("site", "URINARY").param("device", "NONE").param("outcome", "UNDER_TREATMENT").param("pathogen", "大肠埃希菌"))
                .andExpect(redirectedUrlPattern("/infection/cases/*")).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(get(location).session(admin)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"community-warning\""), containsString("待确认"),
                        containsString("id=\"btn-confirm-case\""))));
        mvc.perform(post(location + "/review").session(admin).with(csrf()).param("action", "confirm").param("version", "0"))
                .andExpect(flash().attribute("notice", "infection.case.confirmed"));
        assertThat(jdbc.queryForObject("select status from infection_case where id = ?", String.class, id)).isEqualTo("CONFIRMED");

        // One case in 20 discharges is 5 %: under the 8 % target, so no flag; the list and its export show it.
        mvc.perform(get("/infection/rates").param("unitId", String.valueOf(h.department().id())).param("period", "2026-02").session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"rate-row-" + h.wardA().id() + "\""), containsString("5.0"),
                        containsString("rates-chart"))));
        mvc.perform(get("/infection/cases").param("unitId", String.valueOf(h.hospital().id())).session(admin))
                .andExpect(content().string(allOf(containsString("case-row-" + id), containsString("大肠埃希菌"))));
        byte[] xlsx = mvc.perform(get("/infection/cases/export").param("unitId", String.valueOf(h.hospital().id())).session(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(1);
            assertThat(book.getSheetAt(0).getRow(1).getCell(2).getStringCellValue()).isEqualTo("BA-1");
        }

        // A second case the same month takes the ward over target: marked for investigation.
        mvc.perform(post("/infection/cases").session(admin).with(csrf()).param("unitId", String.valueOf(h.wardA().id()))
                        .param("patientNo", "BA-2").param("admissionDate", "2026-02-01").param("onsetDate", "2026-02-12")
                        .param("site", "BLOODSTREAM").param("device", "NONE").param("outcome", "CURED"))
                .andExpect(redirectedUrlPattern("/infection/cases/*"));
        long second = jdbc.queryForObject("select id from infection_case where patient_no = 'BA-2' and unit_id = ?", Long.class, h.wardA().id());
        mvc.perform(post("/infection/cases/" + second + "/review").session(admin).with(csrf()).param("action", "confirm").param("version", "0"));
        mvc.perform(get("/infection/rates").param("unitId", String.valueOf(h.department().id())).param("period", "2026-02").session(admin))
                .andExpect(content().string(allOf(containsString("10.0"), containsString("需调查"))));

        // The month's bulletin says it in sentences, with the ward over target marked for investigation.
        if (chineseFont.available()) {
            byte[] pdf = mvc.perform(get("/infection/bulletin.pdf").param("unitId", String.valueOf(h.department().id()))
                            .param("month", "2026-02").session(admin))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
            String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", "");
            reader.close();
            assertThat(text).contains("2026年2月医院感染监测简报", "本月出院20人，发生医院感染2例，发生率10.0%", "需调查",
                    "本月未发现医院感染聚集");
        }

        // A deep incisional infection after a class II operation shows in the wound-class table.
        mvc.perform(post("/infection/cases").session(admin).with(csrf()).param("unitId", String.valueOf(h.wardA().id()))
                        .param("patientNo", "BA-3").param("admissionDate", "2026-02-02").param("onsetDate", "2026-02-09")
                        .param("site", "SURGICAL_DEEP").param("operationClass", "II").param("device", "NONE").param("outcome", "IMPROVED")
                        .param("foundInRecords", "true"))
                .andExpect(redirectedUrlPattern("/infection/cases/*"));
        String rates = mvc.perform(get("/infection/rates").param("unitId", String.valueOf(h.department().id()))
                .param("period", "2026-02").session(admin)).andReturn().getResponse().getContentAsString();
        String classII = rates.substring(rates.indexOf("id=\"ssi-II\""));
        assertThat(classII.substring(0, classII.indexOf("</tr>"))).contains(">1</td>");
        assertThat(jdbc.queryForObject("select origin from infection_case where patient_no = 'BA-3' and unit_id = ?", String.class,
                h.wardA().id())).isEqualTo("RECORD_SAMPLING");

        mvc.perform(get("/infection").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"new-suspects\""), containsString("id=\"cluster-alerts\""))));
        mvc.perform(get("/infection/rules").session(admin).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Fever more than 48 h after admission"), containsString("rule-FEVER_AFTER_48H"))));
        mvc.perform(get("/infection/suspects").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("btn-run-screening")));
    }
}
