package org.yuanwu.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.yuanwu.common.DataScope;
import org.yuanwu.identity.Role;
import org.yuanwu.indicator.IndicatorEngine;
import org.yuanwu.indicator.Period;
import org.yuanwu.support.IntegrationTest;
import org.yuanwu.support.TestFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Nursing-record audits over the API: weighted scoring of discharged records, the do-not-archive hold until the
 * unit corrects and the auditor re-checks, the archive list, the Pareto analysis, facts for the pass rate, scope,
 * bad input refused, the audit trail.
 */
class RecordAuditApiIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final String MONTH = YearMonth.from(TODAY).toString();

    @Autowired
    IndicatorEngine engine;

    private record People(TestFixtures.Hospital h, String auditor, String headNurseA, String headNurseB) {
    }

    private People people() {
        TestFixtures.Hospital h = fixtures.hospital();
        return new People(h,
                "Bearer " + fixtures.tokenFor(EnumSet.of(Role.QUALITY_OFFICER), DataScope.SUBTREE, h.hospital().id()),
                "Bearer " + fixtures.tokenFor(EnumSet.of(Role.HEAD_NURSE), DataScope.OWN_UNIT, h.wardA().id()),
                "Bearer " + fixtures.tokenFor(EnumSet.of(Role.HEAD_NURSE), DataScope.OWN_UNIT, h.wardB().id()));
    }

    private ResultActions call(MockHttpServletRequestBuilder request, String auth, Object body) throws Exception {
        request.header("Authorization", auth);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
        }
        return mvc.perform(request);
    }

    private static JsonNode read(ResultActions result) throws Exception {
        return JSON.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private long item(String code) {
        return jdbc.queryForObject("select i.id from quality_template_item i join quality_template t on t.id = i.template_id "
                + "where t.family_code = 'NR' and t.status = 'ACTIVE' and i.item_code = ?", Long.class, code);
    }

    private JsonNode round(People p, Long unitId) throws Exception {
        return read(call(post("/api/v1/quality/record-audits/rounds"), p.auditor(), Map.of("unitId", unitId, "month", MONTH))
                .andExpect(status().isCreated()));
    }

    private Map<String, Object> record(String no, boolean discharged, Object... defects) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("recordNo", no);
        m.put("patientName", "患者" + no);
        m.put("discharged", discharged);
        m.put("level", "QC_NURSE");
        m.put("auditedOn", TODAY.toString());
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < defects.length; i += 2) {
            list.add(Map.of("itemId", item((String) defects[i]), "occurrences", defects[i + 1]));
        }
        m.put("defects", list);
        return m;
    }

    private JsonNode audit(People p, JsonNode round, Map<String, Object> record, int expected) throws Exception {
        return read(call(post("/api/v1/quality/record-audits/rounds/" + round.get("id").asLong() + "/audits"), p.auditor(), record)
                .andExpect(status().is(expected)));
    }

    @Test
    void roundTakesTheDefaultPassMarkAndDischargedWeight() throws Exception {
        People p = people();
        JsonNode r = round(p, p.h().wardA().id());
        assertThat(r.get("passMark").decimalValue()).isEqualByComparingTo("90");
        assertThat(r.get("dischargedWeight").decimalValue()).isEqualByComparingTo("1.5");
        assertThat(r.get("templateName").asText()).isEqualTo("护理文书检查表");
    }

    @Test
    void theSameDefectsPassInHospitalButHoldADischargedRecord() throws Exception {
        People p = people();
        JsonNode r = round(p, p.h().wardA().id());
        // NR-02 3 per time ×2 = 6, NR-01 2 ×1 = 2: 8 deducted → 92 in hospital, 8 × 1.5 = 12 → 88 discharged
        JsonNode inHospital = audit(p, r, record("A-1", false, "NR-02", 2, "NR-01", 1), 201);
        assertThat(inHospital.get("score").decimalValue()).isEqualByComparingTo("92");
        assertThat(inHospital.get("status").asText()).isEqualTo("PASSED");
        JsonNode discharged = audit(p, r, record("A-2", true, "NR-02", 2, "NR-01", 1), 201);
        assertThat(discharged.get("weightedDeduction").decimalValue()).isEqualByComparingTo("12");
        assertThat(discharged.get("score").decimalValue()).isEqualByComparingTo("88");
        assertThat(discharged.get("passed").asBoolean()).isFalse();
        assertThat(discharged.get("status").asText()).isEqualTo("HELD");
        assertThat(discharged.get("mayArchive").asBoolean()).isFalse();
        assertThat(jdbc.queryForObject("select status from quality_record_audit where id = ?", String.class,
                discharged.get("id").asLong())).isEqualTo("HELD");
    }

    @Test
    void heldRecordIsCorrectedByTheUnitAndReleasedByTheAuditorThenMayBeArchived() throws Exception {
        People p = people();
        JsonNode r = round(p, p.h().wardA().id());
        JsonNode a = audit(p, r, record("H-1", true, "NR-04", 2), 201);
        long id = a.get("id").asLong();
        String archive = "/api/v1/quality/record-audits/archive?unitId=" + p.h().wardA().id();
        call(get(archive), p.auditor(), null).andExpect(jsonPath("$[0].recordNo").value("H-1"))
                .andExpect(jsonPath("$[0].mayArchive").value(false)).andExpect(jsonPath("$[0].holdingAuditId").value(id));

        // the re-check comes only after a correction; another ward's head nurse cannot correct
        call(post("/api/v1/quality/record-audits/" + id + "/recheck"), p.auditor(),
                Map.of("accepted", true, "version", a.get("version").asLong())).andExpect(status().isConflict());
        call(post("/api/v1/quality/record-audits/" + id + "/correct"), p.headNurseB(),
                Map.of("correction", "补记", "version", a.get("version").asLong())).andExpect(status().isForbidden());
        call(post("/api/v1/quality/record-audits/" + id + "/correct").header("Accept-Language", "en"), p.headNurseA(),
                Map.of("correction", " ", "version", a.get("version").asLong())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("Describe the correction")));
        JsonNode corrected = read(call(post("/api/v1/quality/record-audits/" + id + "/correct"), p.headNurseA(),
                Map.of("correction", "已补记抢救记录并注明", "version", a.get("version").asLong())).andExpect(status().isOk()));
        assertThat(corrected.get("status").asText()).isEqualTo("CORRECTED");
        call(post("/api/v1/quality/record-audits/" + id + "/recheck"), p.headNurseA(),
                Map.of("accepted", true, "version", corrected.get("version").asLong())).andExpect(status().isConflict());
        call(get(archive), p.auditor(), null).andExpect(jsonPath("$[0].mayArchive").value(false));

        // a stale version is refused; a rejection needs a note and holds it again
        call(post("/api/v1/quality/record-audits/" + id + "/recheck"), p.auditor(),
                Map.of("accepted", true, "version", a.get("version").asLong())).andExpect(status().isConflict());
        Map<String, Object> noNote = new LinkedHashMap<>();
        noNote.put("accepted", false);
        noNote.put("version", corrected.get("version").asLong());
        call(post("/api/v1/quality/record-audits/" + id + "/recheck"), p.auditor(), noNote).andExpect(status().isBadRequest());
        JsonNode reheld = read(call(post("/api/v1/quality/record-audits/" + id + "/recheck"), p.auditor(),
                Map.of("accepted", false, "note", "时间未注明", "version", corrected.get("version").asLong())).andExpect(status().isOk()));
        assertThat(reheld.get("status").asText()).isEqualTo("HELD");
        corrected = read(call(post("/api/v1/quality/record-audits/" + id + "/correct"), p.headNurseA(),
                Map.of("correction", "已注明补记时间", "version", reheld.get("version").asLong())).andExpect(status().isOk()));
        JsonNode released = read(call(post("/api/v1/quality/record-audits/" + id + "/recheck"), p.auditor(),
                Map.of("accepted", true, "version", corrected.get("version").asLong())).andExpect(status().isOk()));
        assertThat(released.get("status").asText()).isEqualTo("RELEASED");
        assertThat(released.get("passed").asBoolean()).as("the audit result stays a fail").isFalse();
        call(get(archive), p.auditor(), null).andExpect(jsonPath("$[0].mayArchive").value(true));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'quality_record_audit' "
                + "and record_id = ?", Integer.class, String.valueOf(id))).isEqualTo(5);
    }

    @Test
    void everyAuditCountsTowardThePassRateAndAVoidedOneStopsCounting() throws Exception {
        People p = people();
        JsonNode r = round(p, p.h().wardB().id());
        audit(p, r, record("F-1", false), 201);
        audit(p, r, record("F-2", false, "NR-03", 1), 201);
        JsonNode failed = audit(p, r, record("F-3", true, "NR-07", 1), 201);
        assertThat(failed.get("vetoed").asBoolean()).isTrue();
        Period month = Period.month(TODAY.getYear(), TODAY.getMonthValue());
        assertThat(engine.value("nursing.record_pass_rate", p.h().wardB().id(), month).value())
                .isEqualByComparingTo("66.7");
        call(post("/api/v1/quality/record-audits/" + failed.get("id").asLong() + "/void"), p.auditor(),
                Map.of("reason", "录入错误", "version", failed.get("version").asLong())).andExpect(status().isOk());
        assertThat(engine.value("nursing.record_pass_rate", p.h().department().id(), month).value())
                .isEqualByComparingTo("100");
        assertThat(jdbc.queryForObject("select count(*) from quality_record_audit where id = ? and status = 'VOID'",
                Integer.class, failed.get("id").asLong())).isEqualTo(1);
    }

    @Test
    void paretoListsDefectTypesLargestFirstWithTheCumulativeShare() throws Exception {
        People p = people();
        JsonNode r = round(p, p.h().wardA().id());
        audit(p, r, record("P-1", false, "NR-01", 1, "NR-05", 2), 201);
        Map<String, Object> byDepartment = record("P-2", false, "NR-05", 3, "NR-06", 1);
        byDepartment.put("level", "NURSING_DEPARTMENT");
        audit(p, r, byDepartment, 201);
        call(get("/api/v1/quality/record-audits/pareto?unitId=" + p.h().wardA().id() + "&month=" + MONTH), p.auditor(), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code").value(Matchers.contains("NR-05", "NR-01", "NR-06")))
                .andExpect(jsonPath("$[0].count").value(5))
                .andExpect(jsonPath("$[0].cumulativePercent").value(71.4))
                .andExpect(jsonPath("$[2].cumulativePercent").value(100.0));
        call(get("/api/v1/quality/record-audits/pareto/export?unitId=" + p.h().wardA().id() + "&month=" + MONTH), p.auditor(), null)
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @Test
    void badInputIsRefusedWithAReasonAndNothingIsStored() throws Exception {
        People p = people();
        JsonNode r = round(p, p.h().wardA().id());
        long other = jdbc.queryForObject("select i.id from quality_template_item i join quality_template t on t.id = i.template_id "
                + "where t.family_code = 'NQ' and t.status = 'ACTIVE' order by i.id fetch first 1 rows only", Long.class);
        Map<String, Object> foreign = record("B-1", false);
        foreign.put("defects", List.of(Map.of("itemId", other, "occurrences", 1)));
        call(post("/api/v1/quality/record-audits/rounds/" + r.get("id").asLong() + "/audits").header("Accept-Language", "en"),
                p.auditor(), foreign).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("not on the checklist of this round")));
        audit(p, r, record("B-2", false, "NR-01", -1), 400);
        audit(p, r, record("B-3", false, "NR-01", 100), 400);
        Map<String, Object> noPatient = record("B-4", false);
        noPatient.put("patientName", "");
        audit(p, r, noPatient, 400);
        audit(p, r, record("B-5", false), 201);
        audit(p, r, record("B-5", false), 400);
        call(post("/api/v1/quality/record-audits/rounds"), p.auditor(),
                Map.of("unitId", p.h().wardA().id(), "month", YearMonth.from(TODAY).plusMonths(1).toString()))
                .andExpect(status().isBadRequest());
        call(post("/api/v1/quality/record-audits/rounds"), p.auditor(),
                Map.of("unitId", p.h().wardA().id(), "month", MONTH, "dischargedWeight", 0.5))
                .andExpect(status().isBadRequest());
        // a head nurse of ward B neither opens a round for ward A nor sees its records
        call(post("/api/v1/quality/record-audits/rounds"), p.headNurseB(), Map.of("unitId", p.h().wardA().id(), "month", MONTH))
                .andExpect(status().isForbidden());
        call(get("/api/v1/quality/record-audits/rounds/" + r.get("id").asLong()), p.headNurseB(), null).andExpect(status().isForbidden());
        call(get("/api/v1/quality/record-audits?unitId=" + p.h().wardA().id()), p.headNurseB(), null)
                .andExpect(jsonPath("$.totalItems").value(0));
        assertThat(jdbc.queryForObject("select count(*) from quality_record_audit where round_id = ?", Integer.class,
                r.get("id").asLong())).isEqualTo(1);
    }
}
