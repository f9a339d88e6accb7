package org.yuanwu.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.yuanwu.support.IntegrationTest;
import org.yuanwu.support.TestFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Complaints and suggestions over the API: the answer period and overdue flag, the steps, bad input, scope, export. */
class ComplaintApiIT extends IntegrationTest {

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

    private static Map<String, Object> complaint(Long unitId, LocalDate received, String content) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "COMPLAINT");
        m.put("channel", "COMMENT_BOOK");
        m.put("receivedOn", received.toString());
        m.put("unitId", unitId);
        m.put("complainant", "王先生");
        m.put("contact", "13900000000");
        m.put("content", content);
        m.put("category", "ATTITUDE");
        return m;
    }

    @Test
    void aComplaintIsDueThreeDaysAfterReceiptAndAnAnswerAfterThatStaysOverdue() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String auth = "Bearer " + fixtures.adminToken();
        LocalDate received = today().minusDays(10);
        JsonNode c = read(call(post("/api/v1/safety/complaints"), auth,
                complaint(h.wardA().id(), received, "夜间呼叫铃响后很久无人应答")).andExpect(status().isCreated()));
        long id = c.get("id").asLong();
        assertThat(c.get("dueOn").asText()).isEqualTo(received.plusDays(3).toString());
        assertThat(c.get("overdue").asBoolean()).isTrue();
        assertThat(c.get("status").asText()).isEqualTo("REGISTERED");

        call(get("/api/v1/safety/complaints?overdue=true&unitId=" + h.department().id()), auth, null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].id").value(id));
        call(get("/api/v1/safety/complaints?overdue=false&unitId=" + h.department().id()), auth, null)
                .andExpect(jsonPath("$.totalItems").value(0));

        long v = c.get("version").asLong();
        JsonNode assigned = read(call(post("/api/v1/safety/complaints/" + id + "/assign"), auth,
                Map.of("responsibleUnitId", h.wardA().id(), "responsiblePerson", "李护士长", "version", v))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ASSIGNED")));
        JsonNode answered = read(call(post("/api/v1/safety/complaints/" + id + "/answer"), auth,
                Map.of("answer", "已加强夜班巡视，呼叫铃5分钟内响应。", "version", assigned.get("version").asLong()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ANSWERED"))
                .andExpect(jsonPath("$.answeredOn").value(today().toString()))
                .andExpect(jsonPath("$.overdue").value(true)));
        call(post("/api/v1/safety/complaints/" + id + "/close"), auth,
                Map.of("satisfaction", "BASICALLY_SATISFIED", "version", answered.get("version").asLong()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.overdue").value(true));

        Map<String, Object> row = jdbc.queryForMap("select status, complainant_satisfaction, responsible_person, closed_on "
                + "from safety_complaint where id = ?", id);
        assertThat(row.get("status")).isEqualTo("CLOSED");
        assertThat(row.get("complainant_satisfaction")).isEqualTo("BASICALLY_SATISFIED");
        assertThat(row.get("responsible_person")).isEqualTo("李护士长");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'safety_complaint' "
                + "and record_id = ?", Long.class, String.valueOf(id))).isEqualTo(4L);
    }

    @Test
    void aSuggestionAnsweredWithinThePeriodIsNotOverdue() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String auth = "Bearer " + fixtures.adminToken();
        Map<String, Object> body = complaint(h.wardB().id(), today().minusDays(2), "建议病区增加开水供应时间");
        body.put("kind", "SUGGESTION");
        body.put("channel", "SUGGESTION_BOX");
        body.put("category", "ENVIRONMENT");
        body.remove("complainant");
        body.remove("contact");
        JsonNode c = read(call(post("/api/v1/safety/complaints"), auth, body).andExpect(status().isCreated()));
        call(post("/api/v1/safety/complaints/" + c.get("id").asLong() + "/answer"), auth,
                Map.of("answer", "已延长供应时间至21:00。", "answeredOn", today().minusDays(1).toString(),
                        "version", c.get("version").asLong()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.overdue").value(false))
                .andExpect(jsonPath("$.complainant").doesNotExist());
        call(get("/api/v1/safety/complaints?overdue=false&channel=SUGGESTION_BOX&unitId=" + h.wardB().id()), auth, null)
                .andExpect(jsonPath("$.totalItems").value(1));
        call(get("/api/v1/safety/complaints?channel=PHONE&unitId=" + h.wardB().id()), auth, null)
                .andExpect(jsonPath("$.totalItems").value(0));
    }

    @Test
    void badInputIsRefusedWithProblemDetailsInTheCallersLanguage() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String auth = "Bearer " + fixtures.adminToken();
        Map<String, Object> empty = complaint(h.wardA().id(), today(), "x");
        empty.remove("content");
        call(post("/api/v1/safety/complaints"), auth, empty).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("content"));
        call(post("/api/v1/safety/complaints").header("Accept-Language", "en"), auth,
                complaint(h.wardA().id(), today().plusDays(1), "明天的投诉")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("receivedOn"))
                .andExpect(jsonPath("$.detail").value("The date received cannot be after today."));

        JsonNode c = read(call(post("/api/v1/safety/complaints"), auth, complaint(h.wardA().id(), today(), "饭菜偏凉"))
                .andExpect(status().isCreated()));
        long id = c.get("id").asLong();
        long v = c.get("version").asLong();
        call(post("/api/v1/safety/complaints/" + id + "/close"), auth, Map.of("satisfaction", "SATISFIED", "version", v))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("答复后才能结案。"));
        call(post("/api/v1/safety/complaints/" + id + "/answer"), auth, Map.of("answer", " ", "version", v))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("answer"));
        Map<String, Object> edit = complaint(h.wardA().id(), today(), "饭菜偏凉，送餐较晚");
        edit.put("category", "FOOD");
        edit.put("version", v + 1);
        call(put("/api/v1/safety/complaints/" + id), auth, edit).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("error.staleEdit"));
        edit.put("version", v);
        JsonNode edited = read(call(put("/api/v1/safety/complaints/" + id), auth, edit).andExpect(status().isOk())
                .andExpect(jsonPath("$.category").value("FOOD")));
        call(post("/api/v1/safety/complaints/" + id + "/withdraw"), auth, Map.of("version", edited.get("version").asLong()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        JsonNode withdrawn = read(call(post("/api/v1/safety/complaints/" + id + "/withdraw"), auth,
                Map.of("reason", "重复登记", "version", edited.get("version").asLong()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("WITHDRAWN")));
        edit.put("version", withdrawn.get("version").asLong());
        call(put("/api/v1/safety/complaints/" + id), auth, edit).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("safety.error.finished"));
        assertThat(jdbc.queryForObject("select withdraw_reason from safety_complaint where id = ?", String.class, id))
                .isEqualTo("重复登记");
    }

    @Test
    void aHeadNurseSeesAndHandlesHerWardsComplaintsOnly() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String admin = "Bearer " + fixtures.adminToken();
        long aboutA = read(call(post("/api/v1/safety/complaints"), admin, complaint(h.wardA().id(), today(), "A病区投诉"))
                .andExpect(status().isCreated())).get("id").asLong();
        String headNurseB = "Bearer " + fixtures.tokenFor(EnumSet.of(Role.HEAD_NURSE), DataScope.OWN_UNIT, h.wardB().id());
        long aboutB = read(call(post("/api/v1/safety/complaints"), headNurseB, complaint(h.wardB().id(), today(), "B病区投诉"))
                .andExpect(status().isCreated())).get("id").asLong();
        call(post("/api/v1/safety/complaints"), headNurseB, complaint(h.wardA().id(), today(), "替别的病区登记"))
                .andExpect(status().isForbidden());
        call(get("/api/v1/safety/complaints/" + aboutA), headNurseB, null).andExpect(status().isForbidden());
        call(get("/api/v1/safety/complaints"), headNurseB, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1)).andExpect(jsonPath("$.items[0].id").value(aboutB));

        String departmentHead = "Bearer " + fixtures.tokenFor(EnumSet.of(Role.DEPARTMENT_HEAD), DataScope.SUBTREE,
                h.department().id());
        call(get("/api/v1/safety/complaints?unitId=" + h.department().id()), departmentHead, null)
                .andExpect(jsonPath("$.totalItems").value(2));
        String leadership = "Bearer " + fixtures.tokenFor(EnumSet.of(Role.LEADERSHIP), DataScope.ALL, null);
        call(get("/api/v1/safety/complaints/" + aboutA), leadership, null).andExpect(status().isOk());
        call(post("/api/v1/safety/complaints/" + aboutA + "/withdraw"), leadership, Map.of("reason", "x", "version", 0))
                .andExpect(status().isForbidden());
        call(get("/api/v1/safety/complaints/export?unitId=" + h.department().id()), departmentHead, null)
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }
}
