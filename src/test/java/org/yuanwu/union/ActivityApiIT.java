package org.yuanwu.union;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
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

/** Activities, clubs and contests over the API: sign-up rules, attendance, photos, club membership, contest results. */
class ActivityApiIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};

    @Autowired
    UserAccounts users;
    @Autowired
    ApiTokens tokens;

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

    private static Map<String, Object> activity(Long unitId, LocalDate day, Integer capacity, LocalDate deadline) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", "护士节趣味运动会 " + TestFixtures.unique("A"));
        m.put("kind", "SPORTS_CULTURE");
        m.put("heldOn", day.toString());
        m.put("place", "院内运动场");
        m.put("organiserUnitId", unitId);
        m.put("capacity", capacity);
        m.put("signupDeadline", deadline == null ? null : deadline.toString());
        m.put("budgetYuan", "1200.50");
        return m;
    }

    private String officer(Long unitId) {
        return "Bearer " + fixtures.tokenFor(Set.of(Role.UNION_OFFICER), DataScope.SUBTREE, unitId);
    }

    private String staffMember(StaffView s) {
        return ActivityPeople.bearer(users, tokens, s.id(), s.unitId(), Set.of(Role.STAFF_MEMBER));
    }

    @Test
    void aSignUpOverCapacityIsRefusedAndNothingChanges() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String officer = officer(h.hospital().id());
        JsonNode a = read(call(post("/api/v1/union/activities"), officer,
                activity(h.hospital().id(), today().plusDays(10), 2, today().plusDays(5))).andExpect(status().isCreated()));
        long id = a.get("id").asLong();
        assertThat(a.get("budgetFen").asLong()).isEqualTo(120050);

        StaffView first = fixtures.staff(h.wardA().id());
        StaffView second = fixtures.staff(h.wardA().id());
        StaffView third = fixtures.staff(h.wardB().id());
        String firstAuth = staffMember(first);
        call(post("/api/v1/union/activities/" + id + "/signups"), firstAuth, null).andExpect(status().isCreated())
                .andExpect(jsonPath("$.staffId").value(first.id()));
        call(post("/api/v1/union/activities/" + id + "/signups"), firstAuth, null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("已经报过名了，不能重复报名。"));
        call(post("/api/v1/union/activities/" + id + "/signups"), staffMember(second), null).andExpect(status().isCreated());
        call(post("/api/v1/union/activities/" + id + "/signups").header("Accept-Language", "en"), staffMember(third), null)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("All places are taken."));

        assertThat(jdbc.queryForObject("select count(*) from union_activity_signup where activity_id = ? and withdrawn = false",
                Long.class, id)).isEqualTo(2);
        call(get("/api/v1/union/activities/" + id), firstAuth, null).andExpect(jsonPath("$.signedUp").value(2))
                .andExpect(jsonPath("$.mySignup").value(true)).andExpect(jsonPath("$.capacity").value(2));

        // a place freed by withdrawing can be taken
        call(post("/api/v1/union/activities/" + id + "/signups/withdraw"), firstAuth, null).andExpect(status().isNoContent());
        call(post("/api/v1/union/activities/" + id + "/signups"), staffMember(third), null).andExpect(status().isCreated());
    }

    @Test
    void theBudgetIsRequestedFromTheUnionFundOnceAndFollowsItsApproval() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String officer = officer(h.hospital().id());
        long id = read(call(post("/api/v1/union/activities"), officer, activity(h.hospital().id(), today().plusDays(10), null, null))
                .andExpect(status().isCreated())).get("id").asLong();
        JsonNode request = read(call(post("/api/v1/union/activities/" + id + "/fund-request"), officer, null)
                .andExpect(status().isCreated()));
        assertThat(request.get("status").asString()).isEqualTo("REQUESTED");
        assertThat(request.get("category").asString()).isEqualTo("EXP_ACTIVITY");
        assertThat(request.get("requested").decimalValue()).isEqualByComparingTo("1200.50");
        assertThat(jdbc.queryForObject("select source_type || ':' || source_id from union_fund_expense where id = ?", String.class,
                request.get("id").asLong())).isEqualTo("union.activity:" + id);
        call(post("/api/v1/union/activities/" + id + "/fund-request"), officer, null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("该活动已有待审批、已批准或已支付的经费申请。"));
        assertThat(read(call(get("/api/v1/union/activities/" + id + "/fund-requests"), officer, null)
                .andExpect(status().isOk()))).hasSize(1);

        Map<String, Object> free = activity(h.hospital().id(), today().plusDays(10), null, null);
        free.put("budgetYuan", "0");
        long freeId = read(call(post("/api/v1/union/activities"), officer, free).andExpect(status().isCreated())).get("id").asLong();
        call(post("/api/v1/union/activities/" + freeId + "/fund-request"), officer, null).andExpect(status().isBadRequest());
        StaffView s = fixtures.staff(h.wardA().id());
        call(post("/api/v1/union/activities/" + id + "/fund-request"), staffMember(s), null).andExpect(status().isForbidden());
    }

    @Test
    void aSignUpAfterTheDeadlineIsRefused() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String officer = officer(h.hospital().id());
        long id = read(call(post("/api/v1/union/activities"), officer,
                activity(h.hospital().id(), today(), null, today().minusDays(1))).andExpect(status().isCreated())).get("id").asLong();
        StaffView s = fixtures.staff(h.wardA().id());
        call(post("/api/v1/union/activities/" + id + "/signups"), staffMember(s), null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("报名已截止。"));
    }

    @Test
    void badActivityInputIsRefusedBesideItsField() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String officer = officer(h.hospital().id());
        Map<String, Object> late = activity(h.hospital().id(), today().plusDays(3), 10, today().plusDays(4));
        call(post("/api/v1/union/activities"), officer, late).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("signupDeadline"));
        Map<String, Object> cents = activity(h.hospital().id(), today().plusDays(3), 10, null);
        cents.put("budgetYuan", "10.005");
        call(post("/api/v1/union/activities"), officer, cents).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("budgetYuan"));
        // a staff member may not plan activities
        StaffView s = fixtures.staff(h.wardA().id());
        call(post("/api/v1/union/activities"), staffMember(s), activity(h.wardA().id(), today().plusDays(3), 10, null))
                .andExpect(status().isForbidden());
    }

    @Test
    void attendanceIsRecordedOnTheDayAndTheActivityIsHeldWithPhotosAndSpend() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String officer = officer(h.hospital().id());
        JsonNode a = read(call(post("/api/v1/union/activities"), officer, activity(h.hospital().id(), today(), 10, null))
                .andExpect(status().isCreated()));
        long id = a.get("id").asLong();
        StaffView came = fixtures.staff(h.wardA().id());
        StaffView absent = fixtures.staff(h.wardB().id());
        call(post("/api/v1/union/activities/" + id + "/signups"), officer, Map.of("staffId", came.id())).andExpect(status().isCreated());
        call(post("/api/v1/union/activities/" + id + "/signups"), officer, Map.of("staffId", absent.id())).andExpect(status().isCreated());
        long version = read(call(get("/api/v1/union/activities/" + id), officer, null)).get("version").asLong();
        JsonNode held = read(call(post("/api/v1/union/activities/" + id + "/attendance"), officer,
                Map.of("attendedStaffIds", List.of(came.id()), "version", version)).andExpect(status().isOk()));
        assertThat(held.get("status").asText()).isEqualTo("HELD");
        assertThat(held.get("attended").asLong()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select attended from union_activity_signup where activity_id = ? and staff_id = ?",
                Boolean.class, id, absent.id())).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'union_activity' and record_id = ?",
                Long.class, String.valueOf(id))).isEqualTo(2);

        mvc.perform(multipart("/api/v1/union/activities/" + id + "/photos")
                        .file(new MockMultipartFile("file", "合影.png", "image/png", PNG)).header("Authorization", officer))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.contentType").value("image/png"));
        mvc.perform(multipart("/api/v1/union/activities/" + id + "/photos")
                        .file(new MockMultipartFile("file", "fake.png", "image/png", "<script>".getBytes())).header("Authorization", officer))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
        call(get("/api/v1/union/activities/" + id + "/photos"), officer, null).andExpect(jsonPath("$.length()").value(1));

        Map<String, Object> spend = activity(h.hospital().id(), today(), 10, null);
        spend.put("title", held.get("title").asText());
        spend.put("spentYuan", "980.00");
        spend.put("version", held.get("version").asLong());
        call(put("/api/v1/union/activities/" + id), officer, spend).andExpect(status().isOk())
                .andExpect(jsonPath("$.spentFen").value(98000));
        // a stale version is refused
        call(put("/api/v1/union/activities/" + id), officer, spend).andExpect(status().isConflict());

        byte[] xlsx = mvc.perform(get("/api/v1/union/activities/export").header("Authorization", officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(xlsx.length).isGreaterThan(100);
    }

    @Test
    void attendanceCannotBeRecordedBeforeTheDay() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String officer = officer(h.hospital().id());
        JsonNode a = read(call(post("/api/v1/union/activities"), officer, activity(h.hospital().id(), today().plusDays(2), 10, null)));
        call(post("/api/v1/union/activities/" + a.get("id").asLong() + "/attendance"), officer,
                Map.of("attendedStaffIds", List.of(), "version", a.get("version").asLong())).andExpect(status().isConflict());
    }

    @Test
    void aMemberJoiningAClubTwiceIsRefused() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String officer = officer(h.hospital().id());
        long club = read(call(post("/api/v1/union/clubs"), officer, Map.of("name", TestFixtures.unique("摄影协会")))
                .andExpect(status().isCreated())).get("id").asLong();
        StaffView s = fixtures.staff(h.wardA().id());
        call(post("/api/v1/union/clubs/" + club + "/members"), officer, Map.of("staffId", s.id(), "leader", true))
                .andExpect(status().isCreated());
        call(post("/api/v1/union/clubs/" + club + "/members"), officer, Map.of("staffId", s.id(), "leader", false))
                .andExpect(status().isConflict());
        call(get("/api/v1/union/clubs/" + club), officer, null).andExpect(jsonPath("$.members").value(1))
                .andExpect(jsonPath("$.leaders[0]").value(s.name()));
        call(post("/api/v1/union/clubs/" + club + "/members/" + s.id() + "/leave"), officer, null).andExpect(status().isNoContent());
        call(get("/api/v1/union/clubs/" + club), officer, null).andExpect(jsonPath("$.members").value(0));
    }

    @Test
    void contestResultsRankTiesTogetherAndGiveTheTopNTheirPrizes() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String officer = officer(h.hospital().id());
        JsonNode c = read(call(post("/api/v1/union/contests"), officer, Map.of("title", "护士节技能竞赛", "heldOn",
                today().toString(), "organiserUnitId", h.hospital().id(), "rounds", 2, "prizeCount", 2))
                .andExpect(status().isCreated()));
        long id = c.get("id").asLong();
        StaffView[] people = {fixtures.staff(h.wardA().id()), fixtures.staff(h.wardA().id()), fixtures.staff(h.wardB().id()),
                fixtures.staff(h.wardB().id())};
        String[][] points = {{"90", "95"}, {"88", "94"}, {"88", "94"}, {"70", "80"}};
        for (int i = 0; i < people.length; i++) {
            call(post("/api/v1/union/contests/" + id + "/entrants"), officer, Map.of("staffId", people[i].id()))
                    .andExpect(status().isCreated());
            for (int round = 1; round <= 2; round++) {
                call(post("/api/v1/union/contests/" + id + "/scores"), officer, Map.of("staffId", people[i].id(),
                        "round", round, "judge", "评委甲", "points", points[i][round - 1])).andExpect(status().isNoContent());
            }
        }
        call(post("/api/v1/union/contests/" + id + "/entrants"), officer, Map.of("staffId", people[0].id()))
                .andExpect(status().isConflict());
        call(post("/api/v1/union/contests/" + id + "/scores"), officer, Map.of("staffId", people[0].id(), "round", 3,
                "judge", "评委甲", "points", "90")).andExpect(status().isBadRequest());
        call(get("/api/v1/union/contests/" + id + "/standings"), officer, null)
                .andExpect(jsonPath("$[0].staffId").value(people[0].id())).andExpect(jsonPath("$[0].rank").value(1))
                .andExpect(jsonPath("$[1].rank").value(2)).andExpect(jsonPath("$[2].rank").value(2))
                .andExpect(jsonPath("$[1].prize").value(true)).andExpect(jsonPath("$[2].prize").value(true))
                .andExpect(jsonPath("$[3].rank").value(4)).andExpect(jsonPath("$[3].prize").value(false))
                .andExpect(jsonPath("$[0].total").value(185.0));
        call(post("/api/v1/union/contests/" + id + "/finish"), officer, Map.of("version", c.get("version").asLong()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("FINISHED"));
        call(post("/api/v1/union/contests/" + id + "/scores"), officer, Map.of("staffId", people[3].id(), "round", 1,
                "judge", "评委甲", "points", "99")).andExpect(status().isConflict());
    }
}
