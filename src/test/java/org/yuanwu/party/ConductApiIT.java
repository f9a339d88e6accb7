package org.yuanwu.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.yuanwu.common.DataScope;
import org.yuanwu.identity.Role;
import org.yuanwu.organization.StaffView;
import org.yuanwu.support.IntegrationTest;
import org.yuanwu.support.TestFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Conduct records over the API: the facts each publishes, bad input, the department's own scope, totals. */
class ConductApiIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
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

    private static Map<String, Object> gift(Long unitId, Long staffId, String amount) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "GIFT_REFUSED");
        m.put("unitId", unitId);
        m.put("staffId", staffId);
        m.put("occurredOn", today().toString());
        m.put("description", "患者家属术前塞红包，当场婉拒");
        m.put("source", "患者家属");
        m.put("amountYuan", amount);
        m.put("handling", "RETURNED");
        return m;
    }

    private BigDecimal fact(String measure, long sourceId) {
        return jdbc.queryForObject("select coalesce(sum(amount), 0) from indicator_fact where source_type = 'party.conduct' "
                + "and source_id = ? and measure_code = ?", BigDecimal.class, String.valueOf(sourceId), measure);
    }

    @Test
    void aRefusedRedEnvelopeCountsOnceWithItsYuanAndNoLongerOnceWithdrawn() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String auth = "Bearer " + fixtures.adminToken();
        StaffView doctor = fixtures.staff(h.wardA().id());
        JsonNode c = read(call(post("/api/v1/party/conduct"), auth, gift(h.wardA().id(), doctor.id(), "2000.00"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.staffName").value(doctor.name())));
        long id = c.get("id").asLong();
        assertThat(fact("party.gifts_refused", id)).isEqualByComparingTo("1");
        assertThat(fact("party.gifts_refused_yuan", id)).isEqualByComparingTo("2000");
        assertThat(jdbc.queryForObject("select unit_id from indicator_fact where source_type = 'party.conduct' and source_id = ? "
                + "and measure_code = 'party.gifts_refused'", Long.class, String.valueOf(id))).isEqualTo(h.wardA().id());

        Map<String, Object> edit = gift(h.wardA().id(), doctor.id(), "2500.50");
        edit.put("handling", "CREDITED_TO_BILL");
        edit.put("version", c.get("version").asLong());
        JsonNode edited = read(call(put("/api/v1/party/conduct/" + id), auth, edit).andExpect(status().isOk()));
        assertThat(fact("party.gifts_refused_yuan", id)).isEqualByComparingTo("2500.50");
        assertThat(jdbc.queryForObject("select handling from party_conduct where id = ?", String.class, id))
                .isEqualTo("CREDITED_TO_BILL");

        call(post("/api/v1/party/conduct/" + id + "/withdraw"), auth, Map.of("reason", "重复登记",
                "version", edited.get("version").asLong())).andExpect(status().isOk());
        assertThat(fact("party.gifts_refused", id)).isZero();
        assertThat(fact("party.gifts_refused_yuan", id)).isZero();
        assertThat(jdbc.queryForObject("select withdraw_reason from party_conduct where id = ?", String.class, id)).isEqualTo("重复登记");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'party_conduct' and record_id = ?",
                Long.class, String.valueOf(id))).isEqualTo(3L);
    }

    @Test
    void everyKindOfConductFeedsItsOwnMeasure() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String auth = "Bearer " + fixtures.adminToken();
        for (ConductKind kind : ConductKind.values()) {
            Map<String, Object> body = kind == ConductKind.GIFT_REFUSED ? gift(h.wardB().id(), null, "300")
                    : new LinkedHashMap<>(Map.of("kind", kind.name(), "unitId", h.wardB().id(),
                    "occurredOn", today().toString(), "description", "记录" + kind.name()));
            long id = read(call(post("/api/v1/party/conduct"), auth, body).andExpect(status().isCreated())).get("id").asLong();
            assertThat(fact(kind.measure(), id)).as(kind.name()).isEqualByComparingTo("1");
        }
        assertThat(jdbc.queryForObject("select count(distinct measure_code) from indicator_fact where unit_id = ? "
                + "and source_type = 'party.conduct'", Long.class, h.wardB().id())).isEqualTo(8L);
    }

    @Test
    void aRefusedGiftWithoutItsAmountOrHandlingIsRefusedBesideTheField() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String auth = "Bearer " + fixtures.adminToken();
        Map<String, Object> body = gift(h.wardA().id(), null, null);
        call(post("/api/v1/party/conduct").header("Accept-Language", "en"), auth, body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("amountYuan"))
                .andExpect(jsonPath("$.detail").value("Enter the amount refused (more than 0)."));
        body.put("amountYuan", "200");
        body.remove("handling");
        call(post("/api/v1/party/conduct"), auth, body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("handling"))
                .andExpect(jsonPath("$.detail").value("请选择处理方式（退还、上交或充入住院费）。"));
        body.put("handling", "HANDED_IN");
        body.put("occurredOn", today().plusDays(1).toString());
        call(post("/api/v1/party/conduct"), auth, body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("occurredOn"));
        StaffView elsewhere = fixtures.staff(h.wardB().id());
        body.put("occurredOn", today().toString());
        body.put("staffId", elsewhere.id());
        call(post("/api/v1/party/conduct"), auth, body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("staffId"));
        assertThat(jdbc.queryForObject("select count(*) from party_conduct where unit_id = ?", Long.class, h.wardA().id())).isZero();
    }

    @Test
    void aDepartmentRecordsConductForItsOwnUnitsOnlyAndSeesTheirTotals() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String admin = "Bearer " + fixtures.adminToken();
        call(post("/api/v1/party/conduct"), admin, Map.of("kind", "BANNER", "unitId", h.wardA().id(),
                "occurredOn", today().toString(), "description", "患者赠送锦旗“医德高尚”")).andExpect(status().isCreated());
        String headB = "Bearer " + fixtures.tokenFor(EnumSet.of(Role.HEAD_NURSE), DataScope.OWN_UNIT, h.wardB().id());
        call(post("/api/v1/party/conduct"), headB, gift(h.wardA().id(), null, "500")).andExpect(status().isForbidden());
        long own = read(call(post("/api/v1/party/conduct"), headB, gift(h.wardB().id(), null, "500"))
                .andExpect(status().isCreated())).get("id").asLong();
        call(post("/api/v1/party/conduct"), headB, gift(h.wardB().id(), null, "300.5")).andExpect(status().isCreated());
        call(get("/api/v1/party/conduct"), headB, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(2));
        String leadership = "Bearer " + fixtures.tokenFor(EnumSet.of(Role.LEADERSHIP), DataScope.ALL, null);
        call(get("/api/v1/party/conduct/" + own), leadership, null).andExpect(status().isOk());
        call(post("/api/v1/party/conduct/" + own + "/withdraw"), leadership, Map.of("reason", "x", "version", 0))
                .andExpect(status().isForbidden());
        String staffMember = "Bearer " + fixtures.tokenFor(EnumSet.of(Role.STAFF_MEMBER), DataScope.OWN_UNIT, h.wardB().id());
        call(get("/api/v1/party/conduct"), staffMember, null).andExpect(status().isForbidden());

        String from = today().withDayOfMonth(1).toString();
        String to = today().toString();
        JsonNode totals = read(call(get("/api/v1/party/conduct/totals?from=" + from + "&to=" + to), headB, null)
                .andExpect(status().isOk()));
        assertThat(totals).hasSize(2); // the month and the unit total, ward B only
        JsonNode unitTotal = totals.get(1);
        assertThat(unitTotal.get("unitId").asLong()).isEqualTo(h.wardB().id());
        assertThat(unitTotal.get("month").isNull()).isTrue();
        assertThat(unitTotal.get("counts").get("GIFT_REFUSED").asInt()).isEqualTo(2);
        assertThat(unitTotal.get("giftsRefusedYuan").decimalValue()).isEqualByComparingTo("800.5");
        JsonNode departmentTotals = read(call(get("/api/v1/party/conduct/totals?unitId=" + h.department().id()
                + "&from=" + from + "&to=" + to), admin, null));
        assertThat(departmentTotals).hasSize(4);
        call(get("/api/v1/party/conduct/export?unitId=" + h.wardB().id()), headB, null).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }
}
