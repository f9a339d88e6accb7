package org.yuanwu.union;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yuanwu.common.DataScope;
import org.yuanwu.identity.Role;
import org.yuanwu.support.TestFixtures;
import tools.jackson.databind.JsonNode;

/** Democratic evaluation: one anonymous ballot per person, nothing links a voter to a grade, results for the union after closing. */
class EvaluationApiIT extends UnionApiTest {

    @Test
    void ballotsAreCastOnceByEligibleStaffAndResultsFlagMoreThanThirtyPercentIncompetent() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String admin = "Bearer " + fixtures.adminToken();
        UnionPeople.Person unionOfficer = people().person(h.hospital().id(), Role.UNION_OFFICER, DataScope.SUBTREE);
        List<UnionPeople.Person> voters = List.of(people().staffMember(h.wardA().id()), people().staffMember(h.wardA().id()),
                people().staffMember(h.wardA().id()));
        UnionPeople.Person outsider = people().staffMember(h.wardB().id());
        Long headNurse = fixtures.staff(h.wardA().id()).id();
        Long director = fixtures.staff(h.department().id()).id();
        JsonNode round = read(call(post("/api/v1/union/evaluations"), admin, Map.of("hospitalUnitId", h.hospital().id(),
                "title", "中层干部民主评议", "electorate", "STAFF", "unitIds", List.of(h.wardA().id())))
                .andExpect(status().isCreated()));
        assertThat(round.get("flagPercent").asInt()).isEqualTo(30);
        long id = round.get("id").asLong();
        long nurse = read(call(post("/api/v1/union/evaluations/" + id + "/candidates"), admin,
                Map.of("staffId", headNurse, "post", "护士长"))).get("id").asLong();
        long chief = read(call(post("/api/v1/union/evaluations/" + id + "/candidates"), admin,
                Map.of("staffId", director, "post", "科主任"))).get("id").asLong();
        call(post("/api/v1/union/evaluations/" + id + "/ballots"), voters.get(0).auth(),
                Map.of("grades", Map.of(nurse, "EXCELLENT", chief, "COMPETENT"))).andExpect(status().isConflict());
        call(post("/api/v1/union/evaluations/" + id + "/open?version=" + round.get("version").asLong()), admin, null)
                .andExpect(status().isOk());

        call(post("/api/v1/union/evaluations/" + id + "/ballots"), voters.get(0).auth(),
                Map.of("grades", Map.of(nurse, "EXCELLENT"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("evaluation.error.gradeMissing"));
        String[] chiefGrades = {"INCOMPETENT", "INCOMPETENT", "COMPETENT"};
        for (int i = 0; i < 3; i++) {
            call(post("/api/v1/union/evaluations/" + id + "/ballots"), voters.get(i).auth(),
                    Map.of("grades", Map.of(nurse, i == 0 ? "INCOMPETENT" : "EXCELLENT", chief, chiefGrades[i])))
                    .andExpect(status().isNoContent());
        }
        call(post("/api/v1/union/evaluations/" + id + "/ballots"), voters.get(0).auth(),
                Map.of("grades", Map.of(nurse, "EXCELLENT", chief, "EXCELLENT"))).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("You have already voted; a second ballot is refused."));
        call(post("/api/v1/union/evaluations/" + id + "/ballots"), outsider.auth(),
                Map.of("grades", Map.of(nurse, "EXCELLENT", chief, "EXCELLENT"))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("You are not among the voters of this evaluation."));
        call(get("/api/v1/union/evaluations/" + id + "/my-ballot"), voters.get(1).auth(), null)
                .andExpect(jsonPath("$.voted").value(true));

        call(get("/api/v1/union/evaluations/" + id + "/results"), unionOfficer.auth(), null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("evaluation.error.resultsAfterClose"));
        JsonNode open = read(call(get("/api/v1/union/evaluations/" + id), admin, null));
        call(post("/api/v1/union/evaluations/" + id + "/close?version=" + open.get("version").asLong()), admin, null)
                .andExpect(status().isOk());
        call(get("/api/v1/union/evaluations/" + id + "/results"), voters.get(0).auth(), null).andExpect(status().isForbidden());
        JsonNode results = read(call(get("/api/v1/union/evaluations/" + id + "/results"), unionOfficer.auth(), null)
                .andExpect(status().isOk()));
        for (JsonNode r : results) {
            boolean isChief = r.get("candidate").get("id").asLong() == chief;
            assertThat(r.get("ballots").asInt()).isEqualTo(3);
            // chief: 2 of 3 incompetent (66.7 %) is flagged; nurse: 1 of 3 (33.3 %) is also above 30 %
            assertThat(r.get("counts").get("INCOMPETENT").asInt()).isEqualTo(isChief ? 2 : 1);
            assertThat(r.get("shares").get("INCOMPETENT").asDouble()).isEqualTo(isChief ? 66.7 : 33.3);
            assertThat(r.get("flagged").asBoolean()).isTrue();
        }
    }

    @Test
    void noTableLinksAVoterToAGrade() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String admin = "Bearer " + fixtures.adminToken();
        List<UnionPeople.Person> voters = List.of(people().staffMember(h.wardB().id()), people().staffMember(h.wardB().id()));
        Long manager = fixtures.staff(h.wardB().id()).id();
        JsonNode round = read(call(post("/api/v1/union/evaluations"), admin, Map.of("hospitalUnitId", h.hospital().id(),
                "title", "工会主席民主评议", "electorate", "STAFF", "unitIds", List.of(h.wardB().id(), h.wardA().id()),
                "flagPercent", 50)).andExpect(status().isCreated()));
        long id = round.get("id").asLong();
        long candidate = read(call(post("/api/v1/union/evaluations/" + id + "/candidates"), admin,
                Map.of("staffId", manager, "post", "工会主席"))).get("id").asLong();
        call(post("/api/v1/union/evaluations/" + id + "/open?version=" + round.get("version").asLong()), admin, null)
                .andExpect(status().isOk());
        for (UnionPeople.Person v : voters) {
            call(post("/api/v1/union/evaluations/" + id + "/ballots"), v.auth(),
                    Map.of("grades", Map.of(candidate, "COMPETENT"))).andExpect(status().isNoContent());
        }

        // The voter table knows who voted and in which round, nothing else; the ballot and grade tables know no voter and no time.
        assertThat(columns("union_evaluation_voter")).containsExactlyInAnyOrder("round_id", "staff_id");
        assertThat(columns("union_evaluation_ballot")).containsExactlyInAnyOrder("id", "round_id");
        assertThat(columns("union_evaluation_choice")).containsExactlyInAnyOrder("ballot_id", "candidate_id", "grade");
        assertThat(jdbc.queryForObject("select count(*) from information_schema.referential_constraints rc "
                + "join information_schema.key_column_usage k on k.constraint_name = rc.constraint_name "
                + "where lower(k.table_name) = 'union_evaluation_voter' and lower(k.column_name) <> 'round_id'", Integer.class)).isZero();
        List<String> ballotIds = jdbc.queryForList("select id from union_evaluation_ballot where round_id = ?", String.class, id);
        assertThat(ballotIds).hasSize(2).allMatch(b -> b.matches("[0-9a-f-]{36}"));
        assertThat(jdbc.queryForObject("select count(*) from union_evaluation_voter where round_id = ?", Integer.class, id)).isEqualTo(2);
        // The audit trail names the voter, never the ballot or the grade.
        List<String> audits = jdbc.queryForList("select coalesce(after_json, '') from audit_entry where record_type = 'union_evaluation_voter' "
                + "and record_id like ?", String.class, id + "-%");
        assertThat(audits).hasSize(2);
        for (String a : audits) {
            assertThat(a).doesNotContain("COMPETENT");
            ballotIds.forEach(b -> assertThat(a).doesNotContain(b));
        }
        Set<String> auditedTypes = new HashSet<>(jdbc.queryForList("select distinct record_type from audit_entry "
                + "where record_type like 'union_evaluation%'", String.class));
        assertThat(auditedTypes).doesNotContain("union_evaluation_ballot", "union_evaluation_choice");
    }

    private List<String> columns(String table) {
        return jdbc.queryForList("select lower(column_name) from information_schema.columns where lower(table_name) = ? "
                + "and lower(table_schema) = 'public'", String.class, table);
    }
}
