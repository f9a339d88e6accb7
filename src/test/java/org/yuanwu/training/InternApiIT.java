package org.yuanwu.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import org.yuanwu.organization.OrgUnitKind;
import org.yuanwu.organization.ProfessionalTitle;
import org.yuanwu.organization.StaffService;
import org.yuanwu.organization.StaffView;
import org.yuanwu.support.IntegrationTest;
import org.yuanwu.support.TestFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Interns and tutors over the API: intake, import, schedule, tutor rules, teaching, exit scores, evaluations, vote, scope. */
class InternApiIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();
    private static final String BASE = "/api/v1/training/interns";

    @Autowired
    StaffService staffService;
    @Autowired
    UserAccounts users;
    @Autowired
    ApiTokens tokens;

    private ResultActions call(MockHttpServletRequestBuilder request, String auth, Object body) throws Exception {
        if (auth != null) {
            request.header("Authorization", auth);
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
        }
        return mvc.perform(request);
    }

    private static JsonNode read(ResultActions result) throws Exception {
        return JSON.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private static Map<String, Object> intake(Long unitId, LocalDate start, LocalDate end, int maxPerTutor, LocalDate voteCloses) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", TestFixtures.unique("护理实习"));
        m.put("school", "湘潭医卫职业技术学院");
        m.put("specialty", "护理");
        m.put("unitId", unitId);
        m.put("startOn", start.toString());
        m.put("endOn", end.toString());
        m.put("maxInternsPerTutor", maxPerTutor);
        m.put("voteClosesOn", voteCloses == null ? null : voteCloses.toString());
        return m;
    }

    private static Map<String, Object> intern(String name, String studentNo) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("studentNo", studentNo);
        m.put("phone", "13800000000");
        return m;
    }

    private static Map<String, Object> rating(int... items) {
        List<Integer> list = new ArrayList<>();
        for (int i : items) {
            list.add(i);
        }
        return Map.of("items", list, "remark", "认真负责");
    }

    private String nursingToken(Long hospitalId) {
        return "Bearer " + fixtures.tokenFor(Set.of(Role.NURSING_DEPARTMENT), DataScope.SUBTREE, hospitalId);
    }

    @Test
    void theNursingDepartmentRunsAnIntakeFromImportToTheBestTutorVote() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String nd = nursingToken(h.hospital().id());
        LocalDate start = InternScenario.start();
        LocalDate end = start.plusWeeks(16).minusDays(1);
        LocalDate today = InternScenario.today();

        // bad dates are refused beside the field, in the caller's language
        call(post(BASE + "/intakes").header("Accept-Language", "en"), nd, intake(h.hospital().id(), end, start, 1, null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("endOn"))
                .andExpect(jsonPath("$.detail").value("The end date cannot be before the start date."));

        JsonNode in = read(call(post(BASE + "/intakes"), nd, intake(h.hospital().id(), start, end, 1, today.plusDays(7)))
                .andExpect(status().isCreated()));
        long intakeId = in.get("id").asLong();
        assertThat(in.get("voteOpen").asBoolean()).isTrue();

        // interns by hand, a duplicate student number refused, then an imported list with one bad row
        call(post(BASE + "/intakes/" + intakeId + "/interns"), nd, intern("李小红", "S001")).andExpect(status().isCreated());
        call(post(BASE + "/intakes/" + intakeId + "/interns"), nd, intern("李小兰", "S001"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("studentNo"));
        MockMultipartFile file = new MockMultipartFile("file", "interns.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                workbook(new String[][] {{"姓名", "学号", "学校", "电话"}, {"王小明", "S002", "", "13900000001"},
                        {"", "S003", "", ""}, {"赵小燕", "S004", "长沙卫校", ""}}));
        JsonNode report = read(mvc.perform(multipart(BASE + "/intakes/" + intakeId + "/interns/import").file(file)
                .header("Authorization", nd)).andExpect(status().isOk()));
        assertThat(report.get("added").asInt()).isEqualTo(2);
        assertThat(report.get("refused")).hasSize(1);
        assertThat(report.get("refused").get(0).get("row").asInt()).isEqualTo(3);
        assertThat(report.get("refused").get(0).get("field").asText()).isEqualTo("name");
        JsonNode interns = read(call(get(BASE + "/intakes/" + intakeId + "/interns"), nd, null).andExpect(status().isOk()));
        assertThat(interns).hasSize(3);
        Map<String, JsonNode> byNo = new LinkedHashMap<>();
        interns.forEach(i -> byNo.put(i.get("studentNo").asText(), i));
        assertThat(byNo.get("S002").get("school").asText()).isEqualTo("湘潭医卫职业技术学院");
        assertThat(byNo.get("S004").get("school").asText()).isEqualTo("长沙卫校");
        assertThat(byNo.get("S001").get("code").asText()).hasSize(8);

        // a round-robin schedule over two wards, four weeks each
        JsonNode generated = read(call(post(BASE + "/intakes/" + intakeId + "/rotations/generate"), nd,
                Map.of("unitIds", List.of(h.wardA().id(), h.wardB().id()), "weeksPerWard", 4)).andExpect(status().isOk()));
        assertThat(generated).hasSize(6);
        JsonNode grid = read(call(get(BASE + "/intakes/" + intakeId + "/grid"), nd, null).andExpect(status().isOk()));
        assertThat(grid.get("rows")).hasSize(2);
        assertThat(grid.get("weeks")).hasSize(16);
        call(post(BASE + "/intakes/" + intakeId + "/rotations/generate"), nd,
                Map.of("unitIds", List.of(h.wardA().id()), "weeksPerWard", 4)).andExpect(status().isConflict());

        // S001 is intern 0: ward A first; S002 ward B first; S004 ward A first
        long s1 = byNo.get("S001").get("id").asLong();
        long s4 = byNo.get("S004").get("id").asLong();
        JsonNode rotations = read(call(get(BASE + "/intakes/" + intakeId + "/rotations"), nd, null));
        JsonNode s1A = find(rotations, s1, h.wardA().id());
        JsonNode s1B = find(rotations, s1, h.wardB().id());
        JsonNode s4A = find(rotations, s4, h.wardA().id());
        assertThat(s1A.get("fromOn").asText()).isEqualTo(start.toString());

        // overlaps and dates outside the intake are refused
        call(post(BASE + "/" + s1 + "/rotations"), nd, Map.of("unitId", h.wardB().id(), "fromOn", start.plusDays(3).toString(),
                "toOn", start.plusDays(10).toString())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("intern.error.overlap"));
        call(post(BASE + "/" + s1 + "/rotations"), nd, Map.of("unitId", h.wardB().id(), "fromOn", end.minusDays(3).toString(),
                "toOn", end.plusDays(3).toString())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("intern.error.outsideIntake"));
        call(post(BASE + "/" + s1 + "/rotations"), nd, Map.of("unitId", h.wardB().id(), "fromOn", end.minusDays(6).toString(),
                "toOn", end.toString())).andExpect(status().isCreated());

        // tutors: 护士 refused, another ward's nurse refused, 护师 of the ward accepted, the cap of one enforced
        StaffView juniorA = InternScenario.staff(fixtures, staffService, h.wardA().id(), ProfessionalTitle.NURSE);
        StaffView tutorB = InternScenario.staff(fixtures, staffService, h.wardB().id(), ProfessionalTitle.NURSE_SUPERVISOR);
        StaffView tutorA = InternScenario.staff(fixtures, staffService, h.wardA().id(), ProfessionalTitle.NURSE_PRACTITIONER);
        call(put(BASE + "/rotations/" + s1A.get("id").asLong() + "/tutor").header("Accept-Language", "zh-CN"), nd,
                Map.of("tutorStaffId", juniorA.id(), "version", s1A.get("version").asLong()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tutorStaffId"))
                .andExpect(jsonPath("$.code").value("intern.error.tutorRank"));
        assertThat(read(call(put(BASE + "/rotations/" + s1A.get("id").asLong() + "/tutor").header("Accept-Language", "zh-CN"),
                nd, Map.of("tutorStaffId", juniorA.id(), "version", s1A.get("version").asLong()))).get("detail").asText())
                .contains("护师及以上");
        call(put(BASE + "/rotations/" + s1A.get("id").asLong() + "/tutor"), nd,
                Map.of("tutorStaffId", tutorB.id(), "version", s1A.get("version").asLong()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("intern.error.tutorNotInWard"));
        JsonNode assigned = read(call(put(BASE + "/rotations/" + s1A.get("id").asLong() + "/tutor"), nd,
                Map.of("tutorStaffId", tutorA.id(), "version", s1A.get("version").asLong())).andExpect(status().isOk()));
        assertThat(assigned.get("tutorName").asText()).isEqualTo(tutorA.name());
        call(put(BASE + "/rotations/" + s1A.get("id").asLong() + "/tutor"), nd,
                Map.of("tutorStaffId", tutorA.id(), "version", s1A.get("version").asLong()))
                .andExpect(status().isConflict());
        call(put(BASE + "/rotations/" + s4A.get("id").asLong() + "/tutor"), nd,
                Map.of("tutorStaffId", tutorA.id(), "version", s4A.get("version").asLong()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("intern.error.tutorFull"));

        // the tutor records the first week for her intern, not for someone else's
        InternScenario.Account tutor = InternScenario.accountFor(users, tokens, tutorA, Set.of(Role.STAFF_MEMBER), DataScope.OWN_UNIT);
        String ta = "Bearer " + tutor.token();
        Map<String, Object> week = new LinkedHashMap<>();
        week.put("unitId", h.wardA().id());
        week.put("week", start.plusDays(2).toString());
        week.put("topic", "静脉输液操作规范");
        week.put("hours", 2);
        week.put("method", "DEMONSTRATION");
        week.put("internIds", List.of(s1));
        JsonNode recorded = read(call(post(BASE + "/teaching"), ta, week).andExpect(status().isCreated()));
        assertThat(recorded.get("weekStart").asText()).isEqualTo(start.toString());
        week.put("internIds", List.of(s4));
        call(post(BASE + "/teaching"), ta, week).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("intern.error.notYourIntern"));
        JsonNode gaps = read(call(get(BASE + "/wards/" + h.wardA().id() + "/missing-weeks"), nd, null).andExpect(status().isOk()));
        assertThat(gaps).hasSize(3);
        gaps.forEach(g -> assertThat(g.get("weekStart").asText()).isNotEqualTo(start.toString()));

        // exit scores: above the maximum refused, a failed attempt, a passing retake, no third attempt
        Map<String, Object> score = new LinkedHashMap<>();
        score.put("internId", s1);
        score.put("rotationId", s1A.get("id").asLong());
        score.put("kind", "THEORY");
        score.put("score", 101);
        score.put("passMark", 80);
        score.put("examinedOn", start.plusWeeks(4).toString());
        call(post(BASE + "/exit-scores"), nd, score).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("score"));
        score.put("score", 70);
        assertThat(read(call(post(BASE + "/exit-scores"), nd, score).andExpect(status().isCreated())).get("passed").asBoolean()).isFalse();
        score.put("score", 88.5);
        JsonNode retake = read(call(post(BASE + "/exit-scores"), nd, score).andExpect(status().isCreated()));
        assertThat(retake.get("attempt").asInt()).isEqualTo(2);
        assertThat(retake.get("passed").asBoolean()).isTrue();
        call(post(BASE + "/exit-scores"), nd, score).andExpect(status().isConflict());
        JsonNode scores = read(call(get(BASE + "/intakes/" + intakeId + "/exit-scores"), nd, null));
        assertThat(scores).hasSize(2);
        assertThat(scores.get(0).get("latest").asBoolean()).isFalse();

        // two-way evaluation: the intern by her code (no sign-in), the tutor signed in; each once
        String code = byNo.get("S001").get("code").asText();
        call(post(BASE + "/by-code/" + code.toLowerCase() + "/evaluations/" + s1A.get("id").asLong()), null, rating(5, 5, 4, 5, 5))
                .andExpect(status().isCreated());
        call(post(BASE + "/by-code/" + code + "/evaluations/" + s1A.get("id").asLong()), null, rating(5, 5, 4, 5, 5))
                .andExpect(status().isConflict());
        call(post(BASE + "/by-code/" + code + "/evaluations/" + s1B.get("id").asLong()), null, rating(5, 5, 4, 5, 5))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("intern.error.noTutor"));
        call(post(BASE + "/by-code/WRONGCODE/evaluations/" + s1A.get("id").asLong()), null, rating(5, 5, 4, 5, 5))
                .andExpect(status().isNotFound());
        call(post(BASE + "/rotations/" + s1A.get("id").asLong() + "/evaluation"), ta, rating(4, 4, 6, 4, 4))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("items"));
        call(post(BASE + "/rotations/" + s1A.get("id").asLong() + "/evaluation"), ta, rating(4, 4, 5, 4, 4))
                .andExpect(status().isCreated());
        JsonNode evaluations = read(call(get(BASE + "/intakes/" + intakeId + "/evaluations"), nd, null));
        assertThat(evaluations).hasSize(2);

        // the vote: only for her own tutor, once
        String code4 = byNo.get("S004").get("code").asText();
        call(post(BASE + "/by-code/" + code4 + "/vote"), null, Map.of("tutorStaffId", tutorA.id()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("intern.error.notHerTutor"));
        call(post(BASE + "/by-code/" + code + "/vote"), null, Map.of("tutorStaffId", tutorA.id())).andExpect(status().isNoContent());
        call(post(BASE + "/by-code/" + code + "/vote"), null, Map.of("tutorStaffId", tutorA.id()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("intern.error.alreadyVoted"));
        JsonNode ranking = read(call(get(BASE + "/intakes/" + intakeId + "/tutor-ranking"), nd, null).andExpect(status().isOk()));
        assertThat(ranking.get(0).get("tutorStaffId").asLong()).isEqualTo(tutorA.id());
        assertThat(ranking.get(0).get("votes").asLong()).isEqualTo(1);
        assertThat(ranking.get(0).get("averageRating").decimalValue()).isEqualByComparingTo("24.0");
        JsonNode mine = read(call(get(BASE + "/by-code/" + code), null, null).andExpect(status().isOk()));
        assertThat(mine.get("voted").asBoolean()).isTrue();

        // the 评教评学 meeting
        call(post(BASE + "/intakes/" + intakeId + "/meetings"), nd, Map.of("heldOn", today.toString(), "summary", "学生反映带教认真"))
                .andExpect(status().isCreated());
        call(post(BASE + "/intakes/" + intakeId + "/meetings"), nd, Map.of("heldOn", today.plusDays(1).toString(), "summary", "x"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("heldOn"));

        // what the database keeps: one vote, every change in the audit trail
        assertThat(jdbc.queryForObject("select count(*) from training_intern_vote where intake_id = ?", Long.class, intakeId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from training_intern_evaluation e join training_intern_rotation r "
                + "on r.id = e.rotation_id where r.intake_id = ?", Long.class, intakeId)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'training_intern_rotation' "
                + "and record_id = ?", Long.class, String.valueOf(s1A.get("id").asLong()))).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'training_intern_vote'", Long.class))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void aHeadNurseSeesTheIntakeThroughHerWardAndAssignsHerWardsTutorButCannotManageTheIntake() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String nd = nursingToken(h.hospital().id());
        LocalDate start = InternScenario.start();
        long intakeId = read(call(post(BASE + "/intakes"), nd, intake(h.hospital().id(), start, start.plusWeeks(8).minusDays(1), 2, null))
                .andExpect(status().isCreated())).get("id").asLong();
        long internId = read(call(post(BASE + "/intakes/" + intakeId + "/interns"), nd, intern("周小雨", "P001"))).get("id").asLong();
        JsonNode r = read(call(post(BASE + "/" + internId + "/rotations"), nd, Map.of("unitId", h.wardB().id(),
                "fromOn", start.toString(), "toOn", start.plusWeeks(4).minusDays(1).toString())).andExpect(status().isCreated()));

        String headB = "Bearer " + fixtures.tokenFor(Set.of(Role.HEAD_NURSE), DataScope.OWN_UNIT, h.wardB().id());
        call(get(BASE + "/intakes/" + intakeId), headB, null).andExpect(status().isOk());
        call(get(BASE + "/intakes"), headB, null).andExpect(jsonPath("$.items[0].id").value(intakeId));
        call(post(BASE + "/intakes/" + intakeId + "/interns"), headB, intern("钱小多", "P002")).andExpect(status().isForbidden());
        StaffView tutorB = InternScenario.staff(fixtures, staffService, h.wardB().id(), ProfessionalTitle.NURSE_SUPERVISOR);
        call(put(BASE + "/rotations/" + r.get("id").asLong() + "/tutor"), headB,
                Map.of("tutorStaffId", tutorB.id(), "version", r.get("version").asLong())).andExpect(status().isOk());
        call(get(BASE + "/wards/" + h.wardB().id() + "/present?date=" + start.plusDays(1)), headB, null)
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].internName").value("周小雨"));

        String headA = "Bearer " + fixtures.tokenFor(Set.of(Role.HEAD_NURSE), DataScope.OWN_UNIT, h.wardA().id());
        call(get(BASE + "/intakes/" + intakeId), headA, null).andExpect(status().isForbidden());
        call(get(BASE + "/intakes"), headA, null).andExpect(jsonPath("$.totalItems").value(0));
        call(get(BASE + "/wards/" + h.wardB().id() + "/present"), headA, null).andExpect(status().isForbidden());

        TestFixtures.Hospital other = fixtures.hospital();
        call(get(BASE + "/intakes/" + intakeId), nursingToken(other.hospital().id()), null).andExpect(status().isForbidden());
    }

    @Test
    void aStaleIntakeEditIsRefusedAndARemovedIntakeStaysOnRecordWithItsReason() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String nd = nursingToken(h.hospital().id());
        LocalDate start = InternScenario.start();
        Map<String, Object> body = intake(h.hospital().id(), start, start.plusWeeks(8), 2, null);
        JsonNode created = read(call(post(BASE + "/intakes"), nd, body).andExpect(status().isCreated()));
        long id = created.get("id").asLong();
        body.put("version", created.get("version").asLong());
        body.put("specialty", "助产");
        call(put(BASE + "/intakes/" + id), nd, body).andExpect(status().isOk()).andExpect(jsonPath("$.specialty").value("助产"));
        call(put(BASE + "/intakes/" + id), nd, body).andExpect(status().isConflict());
        call(post(BASE + "/intakes/" + id + "/remove"), nd, Map.of("version", created.get("version").asLong() + 1))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        call(post(BASE + "/intakes/" + id + "/remove"), nd, Map.of("reason", "学校取消派出", "version", created.get("version").asLong() + 1))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select removed_reason from training_intern_intake where id = ?", String.class, id))
                .isEqualTo("学校取消派出");
        call(get(BASE + "/intakes?q=" + body.get("name")), nd, null).andExpect(jsonPath("$.totalItems").value(0));
        call(get(BASE + "/intakes/export"), nd, null).andExpect(status().isOk());
    }

    private static JsonNode find(JsonNode rotations, long internId, long unitId) {
        for (JsonNode r : rotations) {
            if (r.get("internId").asLong() == internId && r.get("unitId").asLong() == unitId) {
                return r;
            }
        }
        throw new AssertionError("no rotation of " + internId + " at " + unitId);
    }

    private static byte[] workbook(String[][] rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var sheet = wb.createSheet("interns");
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (!rows[r][c].isEmpty()) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }
}
