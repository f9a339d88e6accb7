package org.yuanwu.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/** Recurring duties over the API: generation for the plan's year, ticking off, the overdue list, data scope. */
class DutyApiIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final int THIS_YEAR = TODAY.getYear();

    private String headNurseOf(Long wardId) {
        return "Bearer " + fixtures.tokenFor(EnumSet.of(Role.HEAD_NURSE), DataScope.OWN_UNIT, wardId);
    }

    private String departmentHeadOf(Long departmentId) {
        return "Bearer " + fixtures.tokenFor(EnumSet.of(Role.DEPARTMENT_HEAD), DataScope.SUBTREE, departmentId);
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

    private long version(long planId) {
        return jdbc.queryForObject("select version from plan_plan where id = ?", Long.class, planId);
    }

    private void act(String auth, long planId, String action) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version(planId));
        body.put("comment", "同意");
        call(post("/api/v1/plans/" + planId + "/" + action), auth, body).andExpect(status().isOk());
    }

    private static List<Long> ids(JsonNode array) {
        List<Long> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get("id").asLong()));
        return out;
    }

    @Test
    void aMonthlyDutyGeneratesTwelveOccurrencesThatTheWardTicksOff() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String nurse = headNurseOf(h.wardA().id());
        String otherNurse = headNurseOf(h.wardB().id());
        String head = departmentHeadOf(h.department().id());

        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("kind", "ANNUAL");
        plan.put("year", THIS_YEAR);
        plan.put("unitId", h.wardA().id());
        plan.put("title", THIS_YEAR + "年心内科病区护理工作计划");
        plan.put("goals", "落实院感防控各项制度。");
        long planId = read(call(post("/api/v1/plans"), nurse, plan).andExpect(status().isCreated())).get("id").asLong();
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("text", "每月开展一次手卫生依从性自查");
        item.put("category", "院感");
        item.put("kind", "DELIVERABLE");
        long itemId = read(call(post("/api/v1/plans/" + planId + "/items"), nurse, item).andExpect(status().isCreated()))
                .get("id").asLong();

        // Bad rules are refused and nothing is kept.
        Map<String, Object> bad = new LinkedHashMap<>();
        bad.put("title", "手卫生自查");
        bad.put("frequency", "MONTHLY");
        bad.put("dayOfMonth", 32);
        call(post("/api/v1/plans/" + planId + "/items/" + itemId + "/duties"), nurse, bad)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("plan.error.dutyDayOfMonth"));
        bad.put("dayOfMonth", 15);
        bad.put("responsibleUnitId", h.wardB().id());
        call(post("/api/v1/plans/" + planId + "/items/" + itemId + "/duties"), nurse, bad)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("plan.error.unitOutsidePlan"));
        assertThat(jdbc.queryForObject("select count(*) from plan_duty_rule where item_id = ?", Long.class, itemId)).isZero();

        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("title", "手卫生依从性自查");
        rule.put("frequency", "MONTHLY");
        rule.put("dayOfMonth", 15);
        rule.put("responsibleUnitId", h.wardA().id());
        JsonNode created = read(call(post("/api/v1/plans/" + planId + "/items/" + itemId + "/duties"), nurse, rule)
                .andExpect(status().isCreated()));
        long ruleId = created.get("id").asLong();
        assertThat(created.get("occurrences").asLong()).isEqualTo(12);

        List<LocalDate> dates = jdbc.queryForList("select due_date from plan_duty where rule_id = ? order by due_date",
                Date.class, ruleId).stream().map(Date::toLocalDate).toList();
        assertThat(dates).hasSize(12).allMatch(d -> d.getDayOfMonth() == 15 && d.getYear() == THIS_YEAR);

        // Saving the rule again changes nothing: the occurrences are not duplicated.
        rule.put("version", created.get("version").asLong());
        call(put("/api/v1/plans/" + planId + "/items/" + itemId + "/duties/" + ruleId), nurse, rule)
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from plan_duty where rule_id = ?", Long.class, ruleId)).isEqualTo(12);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'plan_duty_rule' and record_id = ?",
                Long.class, String.valueOf(ruleId))).isGreaterThanOrEqualTo(1);

        // The plan is submitted and approved; only then are duties ticked off.
        act(nurse, planId, "submit");
        act(head, planId, "approve");

        long dutyId = jdbc.queryForObject("select id from plan_duty where rule_id = ? and due_date = ?", Long.class,
                ruleId, Date.valueOf(LocalDate.of(THIS_YEAR, 1, 15)));
        long dutyVersion = jdbc.queryForObject("select version from plan_duty where id = ?", Long.class, dutyId);
        long pastDue = dates.stream().filter(d -> d.isBefore(TODAY)).count();
        List<Long> overdueBefore = ids(read(call(get("/api/v1/duties/overdue"), nurse, null).andExpect(status().isOk())));
        assertThat(overdueBefore).hasSize((int) pastDue);

        // A head nurse of another ward may not tick it off.
        Map<String, Object> done = new LinkedHashMap<>();
        done.put("done", true);
        done.put("evidence", "自查记录表已归档，依从率 92%。");
        done.put("version", dutyVersion);
        call(post("/api/v1/duties/" + dutyId + "/done"), otherNurse, done).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select done from plan_duty where id = ?", Boolean.class, dutyId)).isFalse();
        assertThat(ids(read(call(get("/api/v1/duties/mine"), otherNurse, null).andExpect(status().isOk()))))
                .doesNotContain(dutyId);

        call(post("/api/v1/duties/" + dutyId + "/done"), nurse, done).andExpect(status().isOk())
                .andExpect(jsonPath("$.done").value(true))
                .andExpect(jsonPath("$.evidence").value("自查记录表已归档，依从率 92%。"))
                .andExpect(jsonPath("$.doneBy").isNotEmpty());
        // The same stale version again is refused.
        call(post("/api/v1/duties/" + dutyId + "/done"), nurse, done).andExpect(status().isConflict());

        List<Long> overdueAfter = ids(read(call(get("/api/v1/duties/overdue"), nurse, null).andExpect(status().isOk())));
        assertThat(overdueAfter).doesNotContain(dutyId)
                .hasSize((int) (LocalDate.of(THIS_YEAR, 1, 15).isBefore(TODAY) ? pastDue - 1 : pastDue));
        List<Long> mine = ids(read(call(get("/api/v1/duties/mine"), nurse, null).andExpect(status().isOk())));
        assertThat(mine).doesNotContain(dutyId).containsAll(overdueAfter);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'plan_duty' and record_id = ?",
                Long.class, String.valueOf(dutyId))).isEqualTo(1);

        // The department head sees the ward's duties; the page lists them.
        assertThat(ids(read(call(get("/api/v1/duties/overdue"), head, null)))).containsAll(overdueAfter);
        call(get("/api/v1/plans/" + planId + "/items/" + itemId + "/duties"), head, null).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].occurrences").value(12)).andExpect(jsonPath("$[0].done").value(1));
        String page = mvc.perform(get("/duties/mine").session(adminSession())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"nav-duties\"").doesNotContain("btn-duty-done-" + dutyId + "\"");
        // The item page lists the rule and adds another through its form.
        var session = adminSession();
        String itemPage = mvc.perform(get("/plans/" + planId + "/items/" + itemId).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(itemPage).contains("id=\"duty-rule-" + ruleId + "\"", "1 / 12");
        mvc.perform(post("/plans/" + planId + "/items/" + itemId + "/duties").session(session)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("title", "病区季度安全检查").param("frequency", "QUARTERLY").param("dayOfMonth", "10")
                        .param("responsibleUnitId", String.valueOf(h.wardA().id())))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from plan_duty_rule where item_id = ?", Long.class, itemId)).isEqualTo(2);
        // The header counts the open duties beside "my tasks".
        assertThat(page).containsPattern("id=\"duty-count\">[1-9][0-9]*<");
        overdueAfter.forEach(id -> assertThat(page).contains("btn-duty-done-" + id + "\""));

        // A rule set up by mistake is withdrawn with a reason: the open occurrences go, the done one stays.
        String rulePath = "/api/v1/plans/" + planId + "/items/" + itemId + "/duties/" + ruleId;
        long ruleVersion = jdbc.queryForObject("select version from plan_duty_rule where id = ?", Long.class, ruleId);
        Map<String, Object> withdraw = new LinkedHashMap<>();
        withdraw.put("version", ruleVersion);
        withdraw.put("reason", " ");
        call(post(rulePath + "/withdraw"), nurse, withdraw).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("plan.error.dutyWithdrawReasonRequired"));
        withdraw.put("reason", "与院感科月度督查重复");
        call(post(rulePath + "/withdraw"), otherNurse, withdraw).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from plan_duty where rule_id = ?", Long.class, ruleId)).isEqualTo(12);
        JsonNode withdrawn = read(call(post(rulePath + "/withdraw"), nurse, withdraw).andExpect(status().isOk()));
        assertThat(withdrawn.get("withdrawnReason").asString()).isEqualTo("与院感科月度督查重复");
        assertThat(jdbc.queryForList("select id from plan_duty where rule_id = ?", Long.class, ruleId)).containsExactly(dutyId);
        assertThat(ids(read(call(get("/api/v1/duties/mine"), nurse, null)))).doesNotContainAnyElementsOf(mine);
        rule.put("version", withdrawn.get("version").asLong());
        call(put(rulePath), nurse, rule).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("plan.error.dutyRuleWithdrawn"));
        String withdrawnPage = mvc.perform(get("/plans/" + planId + "/items/" + itemId).session(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(withdrawnPage).contains("与院感科月度督查重复", "btn-reinstate-duty-" + ruleId);

        // Undo: reinstating regenerates the open occurrences and keeps the done one as it was.
        Map<String, Object> reinstate = Map.of("version", withdrawn.get("version").asLong());
        call(post(rulePath + "/reinstate"), nurse, reinstate).andExpect(status().isOk())
                .andExpect(jsonPath("$.withdrawnAt").isEmpty()).andExpect(jsonPath("$.occurrences").value(12))
                .andExpect(jsonPath("$.done").value(1));
        assertThat(jdbc.queryForObject("select done from plan_duty where id = ?", Boolean.class, dutyId)).isTrue();

        // The page's form withdraws the quarterly rule; none of its occurrences was done, so none is left.
        long quarterly = jdbc.queryForObject("select id from plan_duty_rule where item_id = ? and frequency = 'QUARTERLY'",
                Long.class, itemId);
        mvc.perform(post("/plans/" + planId + "/items/" + itemId + "/duties/" + quarterly + "/withdraw").session(session)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("version", String.valueOf(jdbc.queryForObject(
                                "select version from plan_duty_rule where id = ?", Long.class, quarterly)))
                        .param("reason", "并入科室质控计划"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("dutyNotice", "plan.duty.withdrawn"));
        assertThat(jdbc.queryForObject("select count(*) from plan_duty where rule_id = ?", Long.class, quarterly)).isZero();
        assertThat(jdbc.queryForObject("select withdrawn_by from plan_duty_rule where id = ?", String.class, quarterly))
                .isEqualTo("admin");
    }
}
