package org.yuanwu.infection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.yuanwu.common.DataScope;
import org.yuanwu.identity.Role;
import org.yuanwu.support.IntegrationTest;
import org.yuanwu.support.TestFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Infection control over the API: census, case reports and their review, HIS intake, screening, clusters, rates. */
class InfectionApiIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

    private ResultActions call(MockHttpServletRequestBuilder request, String auth, Object body) throws Exception {
        request.header("Authorization", auth).header("Accept-Language", "zh-CN");
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
        }
        return mvc.perform(request);
    }

    private static JsonNode read(ResultActions result) throws Exception {
        return JSON.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private String token(Role role, DataScope scope, Long unitId) {
        return "Bearer " + fixtures.tokenFor(EnumSet.of(role), scope, unitId);
    }

    private static Map<String, Object> census(Long unitId, String granularity, String date, int admissions, int discharges,
                                              int patientDays, int centralLine, int catheter, int ventilator, int operations) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unitId", unitId);
        m.put("granularity", granularity);
        m.put("date", date);
        m.put("admissions", admissions);
        m.put("discharges", discharges);
        m.put("patientDays", patientDays);
        m.put("centralLineDays", centralLine);
        m.put("urinaryCatheterDays", catheter);
        m.put("ventilatorDays", ventilator);
        m.put("operations", operations);
        return m;
    }

    private static Map<String, Object> caseReport(Long unitId, String patient, String admitted, String onset, String site,
                                                  String pathogen, String device) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unitId", unitId);
        m.put("patientNo", patient);
        m.put("admissionDate", admitted);
        m.put("onsetDate", onset);
        m.put("site", site);
        m.put("pathogen", pathogen);
        m.put("device", device);
        return m;
    }

    private BigDecimal value(String auth, String indicator, Long unitId, String period) throws Exception {
        JsonNode v = read(call(get("/api/v1/indicators/" + indicator + "/value").param("unitId", String.valueOf(unitId))
                .param("period", period), auth, null).andExpect(status().isOk())).get("current");
        return v.get("value") == null || v.get("value").isNull() ? null : new BigDecimal(v.get("value").asString());
    }

    @Test
    void theCensusGivesTheDenominatorsAndRefusesDoubleCountingAndBadFigures() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String nurse = token(Role.HEAD_NURSE, DataScope.OWN_UNIT, h.wardA().id());

        call(put("/api/v1/infection/census"), nurse, census(h.wardA().id(), "MONTH", "2026-03-15", 120, 118, 900, 40, 130, 0, 12))
                .andExpect(status().isOk()).andExpect(jsonPath("$.date").value("2026-03-01"));
        // Saving the same figures again changes nothing; the audit trail has one entry.
        call(put("/api/v1/infection/census"), nurse, census(h.wardA().id(), "MONTH", "2026-03-01", 120, 118, 900, 40, 130, 0, 12))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'infection_census' and record_id ="
                + " (select cast(id as varchar) from infection_census where unit_id = ?)", Long.class, h.wardA().id())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select sum(amount) from indicator_fact where unit_id = ? and measure_code = 'census.discharges'",
                BigDecimal.class, h.wardA().id())).isEqualByComparingTo("118");

        // Day figures in a month that has a month figure would count twice.
        call(put("/api/v1/infection/census"), nurse, census(h.wardA().id(), "DAY", "2026-03-02", 4, 4, 30, 1, 4, 0, 0))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("infection.error.censusMonthExists"));
        call(put("/api/v1/infection/census"), nurse, census(h.wardA().id(), "MONTH", "2026-04-01", 10, 10, 50, 60, 0, 0, 0))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("infection.error.deviceDaysAbovePatientDays"));
        call(put("/api/v1/infection/census"), nurse, census(h.wardA().id(), "MONTH", "2026-04-01", -1, 10, 50, 0, 0, 0, 0))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("infection.error.countRange"));
        call(put("/api/v1/infection/census"), nurse, census(h.wardB().id(), "MONTH", "2026-04-01", 1, 1, 5, 0, 0, 0, 0))
                .andExpect(status().isForbidden());
        String office = token(Role.INFECTION_OFFICER, DataScope.SUBTREE, h.hospital().id());
        call(put("/api/v1/infection/census"), office, census(h.department().id(), "MONTH", "2026-04-01", 1, 1, 5, 0, 0, 0, 0))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("infection.error.censusWardOnly"));
        assertThat(jdbc.queryForObject("select count(*) from infection_census where unit_id in (?, ?, ?)", Long.class,
                h.wardA().id(), h.wardB().id(), h.department().id())).isEqualTo(1);

        // Day figures elsewhere add up by month.
        call(put("/api/v1/infection/census"), office, census(h.wardB().id(), "DAY", "2026-03-01", 3, 2, 20, 2, 0, 5, 1))
                .andExpect(status().isOk());
        call(put("/api/v1/infection/census"), office, census(h.wardB().id(), "DAY", "2026-03-02", 2, 3, 21, 2, 0, 5, 0))
                .andExpect(status().isOk());
        JsonNode march = read(call(get("/api/v1/infection/census").param("unitId", String.valueOf(h.department().id()))
                .param("month", "2026-03"), office, null).andExpect(status().isOk()));
        assertThat(march).hasSize(3);
        assertThat(value(office, "infection.hai_per_1000_patient_days", h.department().id(), "2026-03")).isEqualByComparingTo("0");
        assertThat(value(office, "infection.vap_rate", h.wardA().id(), "2026-03")).as("no ventilator days: no data").isNull();
    }

    @Test
    void aReportedCaseCountsOnceConfirmedAndStopsCountingWhenExcluded() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String nurse = token(Role.HEAD_NURSE, DataScope.OWN_UNIT, h.wardA().id());
        String office = token(Role.INFECTION_OFFICER, DataScope.SUBTREE, h.hospital().id());
        call(put("/api/v1/infection/census"), nurse, census(h.wardA().id(), "MONTH", "2026-05-01", 100, 80, 700, 50, 0, 0, 0))
                .andExpect(status().isOk());

        call(post("/api/v1/infection/cases"), nurse, caseReport(h.wardA().id(), "P-100", "2026-05-10", "2026-05-08", "URINARY", null, null))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("infection.error.onsetBeforeAdmission"))
                .andExpect(jsonPath("$.detail").value("感染日期不能早于入院日期。"));
        call(post("/api/v1/infection/cases"), nurse, caseReport(h.wardB().id(), "P-100", "2026-05-10", "2026-05-12", "URINARY", null, null))
                .andExpect(status().isForbidden());
        Map<String, Object> surgical = caseReport(h.wardA().id(), "P-101", "2026-05-01", "2026-05-06", "URINARY", null, null);
        surgical.put("operationClass", "II");
        call(post("/api/v1/infection/cases"), nurse, surgical)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("infection.error.operationClassSurgicalOnly"));
        assertThat(jdbc.queryForObject("select count(*) from infection_case where unit_id = ?", Long.class, h.wardA().id())).isZero();

        JsonNode early = read(call(post("/api/v1/infection/cases"), nurse,
                caseReport(h.wardA().id(), "P-102", "2026-05-10", "2026-05-11", "LOWER_RESPIRATORY", "肺炎克雷伯菌", null))
                .andExpect(status().isCreated()));
        assertThat(early.get("possiblyCommunityAcquired").asBoolean()).isTrue();
        assertThat(early.get("status").asString()).isEqualTo("REPORTED");
        JsonNode clabsi = read(call(post("/api/v1/infection/cases"), nurse,
                caseReport(h.wardA().id(), "P-103", "2026-05-03", "2026-05-09", "BLOODSTREAM", "表皮葡萄球菌", "CENTRAL_LINE"))
                .andExpect(status().isCreated()));
        assertThat(clabsi.get("possiblyCommunityAcquired").asBoolean()).isFalse();
        assertThat(value(office, "infection.hai_incidence", h.wardA().id(), "2026-05")).as("reported, not confirmed")
                .isEqualByComparingTo("0");

        // The ward may not confirm its own report; the office does.
        long id = clabsi.get("id").asLong();
        call(post("/api/v1/infection/cases/" + id + "/confirm"), nurse, Map.of("version", 0)).andExpect(status().isForbidden());
        JsonNode confirmed = read(call(post("/api/v1/infection/cases/" + id + "/confirm"), office,
                Map.of("version", clabsi.get("version").asLong())).andExpect(status().isOk()));
        assertThat(value(office, "infection.hai_incidence", h.wardA().id(), "2026-05")).isEqualByComparingTo("1.3");
        assertThat(value(office, "infection.clabsi_rate", h.wardA().id(), "2026-05")).isEqualByComparingTo("20.00");
        assertThat(value(office, "infection.hai_underreport_rate", h.wardA().id(), "2026-05")).isEqualByComparingTo("0");
        // The ward can no longer change a confirmed case.
        Map<String, Object> change = caseReport(h.wardA().id(), "P-103", "2026-05-03", "2026-05-10", "BLOODSTREAM", "表皮葡萄球菌", "CENTRAL_LINE");
        change.put("version", confirmed.get("version").asLong());
        call(put("/api/v1/infection/cases/" + id), nurse, change).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("infection.error.caseConfirmedOfficeOnly"));

        Map<String, Object> noReason = new LinkedHashMap<>();
        noReason.put("version", confirmed.get("version").asLong());
        noReason.put("reason", "");
        call(post("/api/v1/infection/cases/" + id + "/reopen"), office, Map.of("version", confirmed.get("version").asLong()))
                .andExpect(status().isOk());
        long v = jdbc.queryForObject("select version from infection_case where id = ?", Long.class, id);
        noReason.put("version", v);
        call(post("/api/v1/infection/cases/" + id + "/exclude"), office, noReason).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("infection.error.exclusionReasonRequired"));
        noReason.put("reason", "导管尖端培养阴性，考虑污染");
        call(post("/api/v1/infection/cases/" + id + "/exclude"), office, noReason).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("EXCLUDED"));
        assertThat(value(office, "infection.hai_incidence", h.wardA().id(), "2026-05")).isEqualByComparingTo("0");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'infection_case' and record_id = ?",
                Long.class, String.valueOf(id))).isEqualTo(4);
    }

    @Test
    void screeningFlagsStaysByRuleTheOfficeConfirmsOrDismissesAndMissedCasesCount() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String office = token(Role.INFECTION_OFFICER, DataScope.SUBTREE, h.hospital().id());
        String nurse = token(Role.HEAD_NURSE, DataScope.OWN_UNIT, h.wardA().id());
        String v1 = TestFixtures.unique("V"), v2 = TestFixtures.unique("V"), v3 = TestFixtures.unique("V");
        List<Map<String, Object>> stays = new ArrayList<>();
        for (String visit : List.of(v1, v2, v3)) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("visitNo", visit);
            a.put("patientNo", "P" + visit);
            a.put("unitCode", h.wardA().code());
            a.put("admittedAt", "2026-06-01T08:00:00");
            stays.add(a);
        }
        call(post("/api/v1/infection/admissions"), nurse, stays).andExpect(status().isForbidden());
        call(post("/api/v1/infection/admissions"), office, stays).andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(3));
        call(post("/api/v1/infection/admissions"), office, stays).andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0)).andExpect(jsonPath("$.unchanged").value(3));

        String ref = TestFixtures.unique("E");
        List<Map<String, Object>> events = new ArrayList<>();
        events.add(event(ref + "-1", v1, "TEMPERATURE", "2026-06-03T08:01:00", "38.0", null, null, null)); // 48 h 1 min
        events.add(event(ref + "-2", v2, "TEMPERATURE", "2026-06-03T08:00:00", "39.0", null, null, null)); // exactly 48 h
        events.add(event(ref + "-3", v3, "CULTURE", "2026-06-04T10:00:00", null, "痰", "铜绿假单胞菌", true));
        // A bad row refuses the whole batch, naming the row; nothing of it is kept.
        List<Map<String, Object>> bad = new ArrayList<>(events);
        bad.add(event(ref + "-4", v3, "TEMPERATURE", "2026-06-05T10:00:00", "46.5", null, null, null));
        call(post("/api/v1/infection/events"), office, bad).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("infection.error.rowTemperature"))
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith("第 4 条")));
        List<Map<String, Object>> unknown = List.of(event(ref + "-5", "NO-SUCH-VISIT", "TEMPERATURE", "2026-06-05T10:00:00", "38.5", null, null, null));
        call(post("/api/v1/infection/events"), office, unknown).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("infection.error.rowUnknownVisit"));
        List<Map<String, Object>> before = List.of(event(ref + "-6", v1, "TEMPERATURE", "2026-05-31T10:00:00", "38.5", null, null, null));
        call(post("/api/v1/infection/events"), office, before).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("infection.error.rowBeforeAdmission"));
        assertThat(jdbc.queryForObject("select count(*) from infection_event where source_ref like ?", Long.class, ref + "%")).isZero();

        call(post("/api/v1/infection/events"), office, events).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(3));
        call(post("/api/v1/infection/events"), office, events).andExpect(status().isOk()).andExpect(jsonPath("$.unchanged").value(3));

        call(post("/api/v1/infection/screening/runs"), office, null).andExpect(status().isOk());
        JsonNode flagged = read(call(get("/api/v1/infection/suspects").param("unitId", String.valueOf(h.wardA().id())), office, null)
                .andExpect(status().isOk())).get("items");
        assertThat(flagged).hasSize(1);
        assertThat(flagged.get(0).get("visitNo").asString()).isEqualTo(v1);
        assertThat(flagged.get(0).get("ruleCode").asString()).isEqualTo("FEVER_AFTER_48H");
        assertThat(flagged.get(0).get("hoursAfterAdmission").asLong()).isEqualTo(48);

        // An incremental run reads only new events; the new positive blood culture flags stay 3, nothing twice.
        call(post("/api/v1/infection/events"), office, List.of(
                event(ref + "-7", v3, "CULTURE", "2026-06-05T09:00:00", null, "血液", "铜绿假单胞菌", true),
                event(ref + "-8", v1, "TEMPERATURE", "2026-06-04T08:00:00", "38.6", null, null, null)))
                .andExpect(status().isOk());
        JsonNode run = read(call(post("/api/v1/infection/screening/runs"), office, null).andExpect(status().isOk()));
        assertThat(run.get("mode").asString()).isEqualTo("INCREMENTAL");
        call(post("/api/v1/infection/screening/runs").param("full", "true"), office, null).andExpect(status().isOk());
        flagged = read(call(get("/api/v1/infection/suspects").param("unitId", String.valueOf(h.wardA().id())), office, null)).get("items");
        assertThat(flagged).hasSize(2);
        JsonNode fever = find(flagged, v1);
        JsonNode blood = find(flagged, v3);
        assertThat(blood.get("ruleCode").asString()).isEqualTo("STERILE_SITE_CULTURE");
        assertThat(blood.get("organism").asString()).isEqualTo("铜绿假单胞菌");

        // The ward had reported v3's infection: confirming against it is no miss.
        Map<String, Object> reported = caseReport(h.wardA().id(), "P" + v3, "2026-06-01", "2026-06-05", "BLOODSTREAM", "铜绿假单胞菌", null);
        reported.put("visitNo", v3);
        long reportedId = read(call(post("/api/v1/infection/cases"), nurse, reported).andExpect(status().isCreated())).get("id").asLong();
        blood = read(call(get("/api/v1/infection/suspects/" + blood.get("id").asLong()), office, null));
        assertThat(blood.get("reportedCaseIds").get(0).asLong()).isEqualTo(reportedId);
        Map<String, Object> against = new LinkedHashMap<>();
        against.put("version", blood.get("version").asLong());
        against.put("existingCaseId", reportedId);
        call(post("/api/v1/infection/suspects/" + blood.get("id").asLong() + "/confirm"), office, against).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CONFIRMED")).andExpect(jsonPath("$.caseId").value(reportedId));
        assertThat(jdbc.queryForObject("select status from infection_case where id = ?", String.class, reportedId)).isEqualTo("CONFIRMED");

        // v1's fever was never reported: confirmed as a case found by screening, it counts as missed.
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("version", fever.get("version").asLong());
        call(post("/api/v1/infection/suspects/" + fever.get("id").asLong() + "/confirm"), office, decision)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("infection.error.siteRequired"));
        decision.put("site", "URINARY");
        decision.put("device", "URINARY_CATHETER");
        JsonNode confirmedFever = read(call(post("/api/v1/infection/suspects/" + fever.get("id").asLong() + "/confirm"), office, decision)
                .andExpect(status().isOk()));
        long foundId = confirmedFever.get("caseId").asLong();
        assertThat(jdbc.queryForObject("select origin from infection_case where id = ?", String.class, foundId)).isEqualTo("SCREENING");
        assertThat(jdbc.queryForObject("select onset_date from infection_case where id = ?", java.sql.Date.class, foundId).toLocalDate())
                .isEqualTo(java.time.LocalDate.of(2026, 6, 3));
        call(post("/api/v1/infection/suspects/" + fever.get("id").asLong() + "/confirm"), office, decision)
                .andExpect(status().isConflict());
        assertThat(value(office, "infection.hai_underreport_rate", h.wardA().id(), "2026-06")).isEqualByComparingTo("50.0");
        // A third case found by the office in record sampling: missed too; the ward may not record one.
        Map<String, Object> sampled = caseReport(h.wardA().id(), "P-RS-1", "2026-06-02", "2026-06-09", "SKIN_SOFT_TISSUE", null, null);
        call(post("/api/v1/infection/cases/found"), nurse, sampled).andExpect(status().isForbidden());
        call(post("/api/v1/infection/cases/found"), office, sampled).andExpect(status().isCreated())
                .andExpect(jsonPath("$.origin").value("RECORD_SAMPLING")).andExpect(jsonPath("$.status").value("CONFIRMED"));
        assertThat(value(office, "infection.hai_underreport_rate", h.wardA().id(), "2026-06")).isEqualByComparingTo("66.7");

        // The screening found nothing else for the ward; a full run changes nothing more.
        call(post("/api/v1/infection/screening/runs").param("full", "true"), office, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.mode").value("FULL"));
        assertThat(jdbc.queryForObject("select count(*) from infection_suspect where unit_id = ?", Long.class, h.wardA().id()))
                .isEqualTo(2);
    }

    @Test
    void rulesCarryTheirTestCasesAndARuleThatFailsItsOwnCasesIsRefused() throws Exception {
        String office = token(Role.INFECTION_OFFICER, DataScope.ALL, null);
        JsonNode rules = read(call(get("/api/v1/infection/rules"), office, null).andExpect(status().isOk()));
        assertThat(rules.size()).isGreaterThanOrEqualTo(4);
        rules.forEach(r -> assertThat(r.get("casesPass").asBoolean()).as(r.get("code").asString()).isTrue());

        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("code", TestFixtures.unique("IMG").toUpperCase().replace('-', '_'));
        rule.put("nameZh", "入院48小时后影像新发浸润");
        rule.put("nameEn", "New infiltrate after 48 h");
        rule.put("explanationZh", "提示医院获得性肺炎。");
        rule.put("explanationEn", "Suggests hospital-acquired pneumonia.");
        rule.put("eventKind", "IMAGING");
        rule.put("afterHours", 48);
        rule.put("cases", List.of(Map.of("description", "第3天新发浸润", "minutes", 72 * 60, "expected", true),
                Map.of("description", "入院当天", "minutes", 60, "expected", true)));
        call(post("/api/v1/infection/rules"), office, rule).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("infection.error.ruleCasesBothWays"));
        rule.put("cases", List.of(Map.of("description", "第3天新发浸润", "minutes", 72 * 60, "expected", true),
                Map.of("description", "入院当天", "minutes", 60, "expected", true),
                Map.of("description", "入院第1天", "minutes", 30, "expected", false)));
        call(post("/api/v1/infection/rules"), office, rule).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("infection.error.ruleCaseFails"));
        rule.put("cases", List.of(Map.of("description", "第3天新发浸润", "minutes", 72 * 60, "expected", true),
                Map.of("description", "入院第1天", "minutes", 30, "expected", false)));
        call(post("/api/v1/infection/rules"), office, rule).andExpect(status().isCreated())
                .andExpect(jsonPath("$.casesPass").value(true)).andExpect(jsonPath("$.cases.length()").value(2));

        // Raising the fever threshold makes the built-in cases at 38.0 °C fail, and the rule page says so.
        JsonNode fever = read(call(get("/api/v1/infection/rules/FEVER_AFTER_48H"), office, null));
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("minAmount", "38.5");
        form.put("afterHours", 48);
        form.put("enabled", true);
        form.put("version", fever.get("version").asLong());
        JsonNode changed = read(call(put("/api/v1/infection/rules/FEVER_AFTER_48H"), office, form).andExpect(status().isOk()));
        assertThat(changed.get("casesPass").asBoolean()).isFalse();
        form.put("minAmount", "38.0");
        form.put("version", changed.get("version").asLong());
        call(put("/api/v1/infection/rules/FEVER_AFTER_48H"), office, form).andExpect(status().isOk())
                .andExpect(jsonPath("$.casesPass").value(true));
    }

    @Test
    void aScreeningRunInterruptedHalfWayLeavesNoHalfWrittenResults() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String office = token(Role.INFECTION_OFFICER, DataScope.ALL, null);
        String visit = TestFixtures.unique("V");
        Map<String, Object> stay = new LinkedHashMap<>();
        stay.put("visitNo", visit);
        stay.put("patientNo", "P" + visit);
        stay.put("unitCode", h.wardA().code());
        stay.put("admittedAt", "2026-07-01T08:00:00");
        call(post("/api/v1/infection/admissions"), office, List.of(stay)).andExpect(status().isOk());
        String ref = TestFixtures.unique("E");
        call(post("/api/v1/infection/events"), office,
                List.of(event(ref, visit, "TEMPERATURE", "2026-07-04T10:00:00", "38.8", null, null, null)))
                .andExpect(status().isOk());

        // A second fever rule, run after the built-in one; the database refuses its suspects, so the run breaks
        // after the built-in rule has already flagged the stay.
        String code = TestFixtures.unique("FEVER").toUpperCase().replace('-', '_');
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("code", code);
        rule.put("nameZh", "入院72小时后发热");
        rule.put("nameEn", "Fever after 72 h");
        rule.put("explanationZh", "用于中断测试。");
        rule.put("explanationEn", "Used by the interruption test.");
        rule.put("eventKind", "TEMPERATURE");
        rule.put("minAmount", "38.0");
        rule.put("afterHours", 72);
        rule.put("cases", List.of(Map.of("description", "第4天38.5℃", "minutes", 73 * 60, "amount", "38.5", "expected", true),
                Map.of("description", "第2天38.5℃", "minutes", 30 * 60, "amount", "38.5", "expected", false)));
        JsonNode created = read(call(post("/api/v1/infection/rules"), office, rule).andExpect(status().isCreated()));
        long ruleId = jdbc.queryForObject("select id from infection_rule where code = ?", Long.class, code);
        long admission = jdbc.queryForObject("select id from infection_admission where visit_no = ?", Long.class, visit);
        long runsBefore = jdbc.queryForObject("select count(*) from infection_screening_run", Long.class);
        String constraint = "test_interrupt_" + ruleId;
        jdbc.execute("alter table infection_suspect add constraint " + constraint + " check (rule_id <> " + ruleId + ")");
        try {
            int failed = call(post("/api/v1/infection/screening/runs"), office, null).andReturn().getResponse().getStatus();
            assertThat(failed).isGreaterThanOrEqualTo(400);
            assertThat(jdbc.queryForObject("select count(*) from infection_suspect where admission_id = ?", Long.class, admission))
                    .as("the built-in rule's suspect is rolled back with the rest").isZero();
            assertThat(jdbc.queryForObject("select count(*) from infection_screening_run", Long.class)).isEqualTo(runsBefore);
        } finally {
            jdbc.execute("alter table infection_suspect drop constraint " + constraint);
        }

        // The next run starts from the same events and writes everything once.
        call(post("/api/v1/infection/screening/runs"), office, null).andExpect(status().isOk());
        assertThat(jdbc.queryForList("select r.code from infection_suspect s join infection_rule r on r.id = s.rule_id"
                + " where s.admission_id = ? order by r.code", String.class, admission))
                .containsExactlyInAnyOrder("FEVER_AFTER_48H", code);

        // Leave the extra rule off so it flags nothing in other tests' wards.
        Map<String, Object> off = new LinkedHashMap<>();
        off.put("minAmount", "38.0");
        off.put("afterHours", 72);
        off.put("enabled", false);
        off.put("version", created.get("version").asLong());
        call(put("/api/v1/infection/rules/" + code), office, off).andExpect(status().isOk());
    }

    @Test
    void threeCasesOfOnePathogenInAWardWithinTwoWeeksRaiseAClusterAlert() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String nurse = token(Role.HEAD_NURSE, DataScope.OWN_UNIT, h.wardB().id());
        String pathogen = "鲍曼不动杆菌-" + TestFixtures.unique("x");
        for (String onset : List.of("2026-07-01", "2026-07-06", "2026-07-14")) {
            call(post("/api/v1/infection/cases"), nurse, caseReport(h.wardB().id(), TestFixtures.unique("P"), "2026-06-25", onset,
                    "LOWER_RESPIRATORY", pathogen, "VENTILATOR")).andExpect(status().isCreated());
        }
        JsonNode alerts = read(call(get("/api/v1/infection/clusters").param("asOf", "2026-07-20").param("lookBackDays", "30"),
                nurse, null).andExpect(status().isOk()));
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).get("pathogen").asString()).isEqualTo(pathogen);
        assertThat(alerts.get(0).get("caseIds")).hasSize(3);
        JsonNode later = read(call(get("/api/v1/infection/clusters").param("asOf", "2026-10-20").param("lookBackDays", "30"),
                nurse, null).andExpect(status().isOk()));
        assertThat(later).isEmpty();
    }

    private static JsonNode find(JsonNode list, String visit) {
        for (JsonNode n : list) {
            if (n.get("visitNo").asString().equals(visit)) {
                return n;
            }
        }
        throw new AssertionError("no suspect for " + visit);
    }

    private static Map<String, Object> event(String ref, String visit, String kind, String at, String amount, String specimen,
                                             String organism, Boolean positive) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("sourceRef", ref);
        e.put("visitNo", visit);
        e.put("kind", kind);
        e.put("occurredAt", at);
        e.put("amount", amount == null ? null : new BigDecimal(amount));
        e.put("specimen", specimen);
        e.put("organism", organism);
        e.put("positive", positive);
        return e;
    }
}
