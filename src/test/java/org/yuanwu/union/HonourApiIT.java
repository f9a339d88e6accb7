package org.yuanwu.union;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.yuanwu.common.DataScope;
import org.yuanwu.identity.ApiTokens;
import org.yuanwu.identity.Role;
import org.yuanwu.identity.UserAccounts;
import org.yuanwu.organization.StaffView;
import org.yuanwu.support.IntegrationTest;
import org.yuanwu.support.TestFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The honours registry: applied → recommended → awarded, what staff see, the public API, the star-rating record. */
class HonourApiIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

    @Autowired
    UserAccounts users;
    @Autowired
    ApiTokens tokens;
    @Autowired
    Honours honours;

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

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private static Map<String, Object> honour(Long staffId, Long unitId, String title) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("level", "CITY");
        m.put("awardingBody", "市卫生健康委员会");
        m.put("awardedOn", today().toString());
        m.put("staffId", staffId);
        m.put("unitId", unitId);
        return m;
    }

    private JsonNode step(String auth, long id, String status, long version, int expect) throws Exception {
        return read(call(post("/api/v1/union/honours/" + id + "/status"), auth,
                Map.of("status", status, "version", version)).andExpect(status().is(expect)));
    }

    @Test
    void anHonourIsAppliedRecommendedAndAwardedInThatOrderAndEachStepIsAudited() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String officer = "Bearer " + fixtures.tokenFor(Set.of(Role.UNION_OFFICER), DataScope.SUBTREE, h.hospital().id());
        StaffView nurse = fixtures.staff(h.wardA().id());
        String title = TestFixtures.unique("优秀护士");
        JsonNode applied = read(call(post("/api/v1/union/honours"), officer, honour(nurse.id(), null, title))
                .andExpect(status().isCreated()));
        long id = applied.get("id").asLong();
        assertThat(applied.get("status").asText()).isEqualTo("APPLIED");
        assertThat(applied.get("unitId").asLong()).isEqualTo(h.wardA().id());

        // straight to awarded is out of order
        step(officer, id, "AWARDED", applied.get("version").asLong(), 409);
        JsonNode recommended = step(officer, id, "RECOMMENDED", applied.get("version").asLong(), 200);
        assertThat(recommended.get("status").asText()).isEqualTo("RECOMMENDED");
        // a stale version is refused
        step(officer, id, "AWARDED", applied.get("version").asLong(), 409);
        JsonNode awarded = step(officer, id, "AWARDED", recommended.get("version").asLong(), 200);
        assertThat(awarded.get("status").asText()).isEqualTo("AWARDED");
        step(officer, id, "NOT_AWARDED", awarded.get("version").asLong(), 409);

        assertThat(jdbc.queryForList("select action from audit_entry where record_type = 'union_honour' and record_id = ? order by id",
                String.class, String.valueOf(id))).containsExactly("CREATE", "UPDATE", "UPDATE");
        assertThat(honours.awardedTo(nurse.id())).extracting(HonourView::title).containsExactly(title);
        assertThat(honours.awardedIn(today().getYear(), h.department().id())).extracting(HonourView::id).contains(id);
        assertThat(honours.awardedIn(today().getYear(), h.wardB().id())).extracting(HonourView::id).doesNotContain(id);
    }

    @Test
    void staffSeeAwardedHonoursOnlyAndCannotRegisterOne() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String officer = "Bearer " + fixtures.tokenFor(Set.of(Role.UNION_OFFICER), DataScope.SUBTREE, h.hospital().id());
        StaffView nurse = fixtures.staff(h.wardA().id());
        String pendingTitle = TestFixtures.unique("先进个人");
        long pending = read(call(post("/api/v1/union/honours"), officer, honour(null, h.wardB().id(), pendingTitle))).get("id").asLong();
        JsonNode unitHonour = read(call(post("/api/v1/union/honours"), officer, honour(null, h.wardA().id(),
                TestFixtures.unique("先进集体"))));
        long awarded = unitHonour.get("id").asLong();
        JsonNode r = step(officer, awarded, "RECOMMENDED", unitHonour.get("version").asLong(), 200);
        step(officer, awarded, "AWARDED", r.get("version").asLong(), 200);

        String staff = ActivityPeople.bearer(users, tokens, nurse.id(), nurse.unitId(), Set.of(Role.STAFF_MEMBER));
        call(get("/api/v1/union/honours/" + pending), staff, null).andExpect(status().isForbidden());
        call(get("/api/v1/union/honours/" + awarded), staff, null).andExpect(status().isOk());
        JsonNode list = read(call(get("/api/v1/union/honours?size=200&q=" + pendingTitle), staff, null));
        assertThat(list.get("totalItems").asLong()).isZero();
        call(post("/api/v1/union/honours"), staff, honour(nurse.id(), null, "自荐")).andExpect(status().isForbidden());
        call(post("/api/v1/union/honours"), officer, honour(null, null, "无名")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("unitId"));
        Map<String, Object> future = honour(nurse.id(), null, "未来");
        future.put("awardedOn", today().plusDays(3).toString());
        call(post("/api/v1/union/honours"), officer, future).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("awardedOn"));
    }

    @Test
    void theCertificateScanIsTypeCheckedAndServedBack() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String officer = "Bearer " + fixtures.tokenFor(Set.of(Role.UNION_OFFICER), DataScope.SUBTREE, h.hospital().id());
        long id = read(call(post("/api/v1/union/honours"), officer, honour(null, h.wardA().id(), "文明科室"))).get("id").asLong();
        byte[] pdf = "%PDF-1.4\n%test\n".getBytes();
        mvc.perform(multipart("/api/v1/union/honours/" + id + "/certificate")
                        .file(new MockMultipartFile("file", "证书.pdf", "application/pdf", pdf)).header("Authorization", officer))
                .andExpect(status().isOk()).andExpect(jsonPath("$.hasCertificate").value(true));
        mvc.perform(multipart("/api/v1/union/honours/" + id + "/certificate")
                        .file(new MockMultipartFile("file", "证书.pdf", "application/pdf", "MZ-not-a-pdf".getBytes()))
                        .header("Authorization", officer))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/union/honours/" + id + "/certificate").header("Authorization", officer))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf")).andExpect(content().bytes(pdf));
    }

    @Test
    void theStarRatingRecordListsTheYearsHonoursActivitiesAndClubs() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String officer = "Bearer " + fixtures.tokenFor(Set.of(Role.UNION_OFFICER), DataScope.ALL, null);
        JsonNode x = read(call(post("/api/v1/union/honours"), officer, honour(null, h.wardA().id(), TestFixtures.unique("模范职工之家"))));
        JsonNode r = step(officer, x.get("id").asLong(), "RECOMMENDED", x.get("version").asLong(), 200);
        step(officer, x.get("id").asLong(), "AWARDED", r.get("version").asLong(), 200);
        call(get("/api/v1/union/honours/star-rating?year=" + today().getYear()), officer, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.honours[?(@.id == " + x.get("id").asLong() + ")]").exists());
        String staff = "Bearer " + fixtures.tokenFor(Set.of(Role.STAFF_MEMBER), DataScope.OWN_UNIT, h.wardA().id());
        call(get("/api/v1/union/honours/star-rating?year=" + today().getYear()), staff, null).andExpect(status().isForbidden());
    }
}
