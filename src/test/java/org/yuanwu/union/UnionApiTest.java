package org.yuanwu.union;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.yuanwu.identity.ApiTokens;
import org.yuanwu.identity.UserAccounts;
import org.yuanwu.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON calls and a congress set up through the API, for the union ITs. */
abstract class UnionApiTest extends IntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

    @Autowired
    UserAccounts users;
    @Autowired
    ApiTokens tokens;

    UnionPeople people() {
        return new UnionPeople(fixtures, users, tokens);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    ResultActions call(MockHttpServletRequestBuilder request, String auth, Object body) throws Exception {
        request.header("Authorization", auth).header("Accept-Language", "en");
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
        }
        return mvc.perform(request);
    }

    static JsonNode read(ResultActions result) throws Exception {
        return JSON.readTree(result.andReturn().getResponse().getContentAsString());
    }

    JsonNode term(String auth, Long hospitalId, int staffPerDelegate) throws Exception {
        return read(call(post("/api/v1/union/congress/terms"), auth, Map.of("hospitalUnitId", hospitalId,
                "name", "第二届职代会", "startsOn", today().minusYears(1).toString(),
                "staffPerDelegate", staffPerDelegate)).andExpect(status().isCreated()));
    }

    long elect(String auth, long termId, Long staffId) throws Exception {
        return read(call(post("/api/v1/union/congress/terms/" + termId + "/delegates"), auth,
                Map.of("staffId", staffId, "electedOn", today().toString())).andExpect(status().isCreated()))
                .get("id").asLong();
    }

    JsonNode session(String auth, long termId) throws Exception {
        return read(call(post("/api/v1/union/congress/terms/" + termId + "/sessions"), auth,
                Map.of("title", "六次会议", "heldOn", today().toString(), "place", "学术报告厅"))
                .andExpect(status().isCreated()));
    }

    JsonNode attendance(String auth, JsonNode session, List<Long> delegateIds) throws Exception {
        return read(call(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .put("/api/v1/union/congress/sessions/" + session.get("id").asLong() + "/attendance"), auth,
                Map.of("delegateIds", delegateIds, "version", session.get("version").asLong()))
                .andExpect(status().isOk()));
    }
}
