package org.yuanwu.union;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yuanwu.common.DataScope;
import org.yuanwu.identity.Role;
import org.yuanwu.organization.OrgUnitKind;
import org.yuanwu.organization.UnitView;
import org.yuanwu.support.TestFixtures;
import tools.jackson.databind.JsonNode;

/** Proposals over the API: co-signing, acceptance, the party committee, assignment, answers, ratings, the second request. */
class ProposalApiIT extends UnionApiTest {

    private long version(JsonNode p) {
        return p.get("version").asLong();
    }

    @Test
    void aProposalGoesFromSubmissionThroughTwoAnswerRoundsAndAThirdIsRefused() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        UnitView logistics = fixtures.unit("总务科", OrgUnitKind.DEPARTMENT, h.hospital().id());
        String admin = "Bearer " + fixtures.adminToken();
        UnionPeople.Person proposer = people().staffMember(h.wardA().id());
        UnionPeople.Person cosigner = people().staffMember(h.wardB().id());
        UnionPeople.Person notDelegate = people().staffMember(h.wardB().id());
        UnionPeople.Person logisticsHead = people().person(logistics.id(), Role.DEPARTMENT_HEAD, DataScope.OWN_UNIT);
        UnionPeople.Person medicineHead = people().person(h.department().id(), Role.DEPARTMENT_HEAD, DataScope.OWN_UNIT);
        long termId = term(admin, h.hospital().id(), 1).get("id").asLong();
        elect(admin, termId, proposer.staffId());
        elect(admin, termId, cosigner.staffId());
        long sessionId = session(admin, termId).get("id").asLong();

        call(post("/api/v1/union/proposals"), notDelegate.auth(), Map.of("sessionId", sessionId, "title", "停车难",
                "content", "职工停车位不足", "cosignerStaffIds", List.of())).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("You are not a delegate of this term and cannot submit proposals."));
        call(post("/api/v1/union/proposals"), proposer.auth(), Map.of("sessionId", sessionId, "title", " ",
                "content", "x")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("title"));
        call(post("/api/v1/union/proposals"), proposer.auth(), Map.of("sessionId", sessionId, "title", "停车难",
                "content", "x", "cosignerStaffIds", List.of(notDelegate.staffId()))).andExpect(status().isBadRequest());

        JsonNode p = read(call(post("/api/v1/union/proposals"), proposer.auth(), Map.of("sessionId", sessionId,
                "title", "解决职工停车难问题", "content", "建议在后院增设职工停车位", "cosignerStaffIds",
                List.of(cosigner.staffId()))).andExpect(status().isCreated()));
        long id = p.get("id").asLong();
        assertThat(p.get("status").asText()).isEqualTo("SUBMITTED");
        String base = "/api/v1/union/proposals/" + id;

        call(post(base + "/accept"), admin, Map.of("partyReview", true, "version", version(p)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("proposal.error.cosignPending"));
        p = read(call(post(base + "/cosign"), cosigner.auth(), null).andExpect(status().isOk()));
        p = read(call(post(base + "/accept"), proposer.auth(), Map.of("partyReview", true, "version", version(p)))
                .andExpect(status().isForbidden()));
        p = read(call(get(base), admin, null));
        p = read(call(post(base + "/accept"), admin, Map.of("partyReview", true, "version", version(p))).andExpect(status().isOk()));
        assertThat(p.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(jdbc.queryForObject("select count(*) from indicator_fact where measure_code = 'union.proposals_accepted' "
                + "and source_id = ? and unit_id = ?", Integer.class, String.valueOf(id), h.hospital().id())).isEqualTo(1);

        Map<String, Object> assignment = Map.of("leadUnitId", logistics.id(), "coUnitIds", List.of(h.department().id()),
                "dueOn", today().plusDays(20).toString(), "version", version(p));
        call(post(base + "/assign"), admin, assignment).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("proposal.error.partyPending"));
        p = read(call(post(base + "/party"), admin, Map.of("meetingOn", today().toString(), "decision", "同意，由总务科牵头办理",
                "version", version(p))).andExpect(status().isOk()));
        p = read(call(post(base + "/assign"), admin, Map.of("leadUnitId", logistics.id(), "coUnitIds", List.of(h.department().id()),
                "dueOn", today().plusDays(20).toString(), "version", version(p))).andExpect(status().isOk()));
        assertThat(p.get("status").asText()).isEqualTo("ASSIGNED");

        call(post(base + "/answer"), medicineHead.auth(), Map.of("answer", "我科协助", "version", version(p)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("This proposal is assigned to 总务科; your department cannot answer it."));
        call(post(base + "/rate"), proposer.auth(), Map.of("rating", "SATISFIED", "version", version(p))).andExpect(status().isConflict());
        p = read(call(post(base + "/answer"), logisticsHead.auth(), Map.of("answer", "已规划后院停车位 40 个", "version", version(p)))
                .andExpect(status().isOk()));
        assertThat(p.get("status").asText()).isEqualTo("ANSWERED");
        assertThat(jdbc.queryForObject("select count(*) from indicator_fact where measure_code = 'union.proposals_answered' "
                + "and source_id = ? and unit_id = ?", Integer.class, String.valueOf(id), logistics.id())).isEqualTo(1);

        call(post(base + "/rate"), cosigner.auth(), Map.of("rating", "SATISFIED", "version", version(p)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("proposal.error.notProposer"));
        call(post(base + "/again"), proposer.auth(), Map.of("version", version(p))).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("proposal.error.againNeedsNotSatisfied"));
        p = read(call(post(base + "/rate"), proposer.auth(), Map.of("rating", "NOT_SATISFIED", "version", version(p)))
                .andExpect(status().isOk()));
        assertThat(p.get("status").asText()).isEqualTo("ANSWERED");
        p = read(call(post(base + "/again"), proposer.auth(), Map.of("version", version(p))).andExpect(status().isOk()));
        assertThat(p.get("status").asText()).isEqualTo("REOPENED");
        p = read(call(post(base + "/answer"), logisticsHead.auth(), Map.of("answer", "已开工建设，年底完工", "version", version(p)))
                .andExpect(status().isOk()));
        assertThat(p.get("answerRound").asInt()).isEqualTo(2);
        p = read(call(post(base + "/rate"), proposer.auth(), Map.of("rating", "NOT_SATISFIED", "version", version(p)))
                .andExpect(status().isOk()));
        assertThat(p.get("status").asText()).isEqualTo("CLOSED");
        call(post(base + "/again"), proposer.auth(), Map.of("version", version(p))).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("The proposal has been answered twice; a third answer cannot be requested."));
        // the first answer still counts once, at the lead unit
        assertThat(jdbc.queryForObject("select count(*) from indicator_fact where measure_code = 'union.proposals_answered' "
                + "and source_id = ?", Integer.class, String.valueOf(id))).isEqualTo(1);

        call(get("/api/v1/union/proposals/progress/" + sessionId), notDelegate.auth(), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(1)).andExpect(jsonPath("$.answered").value(1))
                .andExpect(jsonPath("$.answerRate").value(100.0))
                .andExpect(jsonPath("$.ratings.NOT_SATISFIED").value(1)).andExpect(jsonPath("$.byStatus.CLOSED").value(1));
        call(get("/api/v1/union/proposals?sessionId=" + sessionId), notDelegate.auth(), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1));
        call(post(base + "/answer"), logisticsHead.auth(), Map.of("answer", "再答复", "version", version(p)))
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'union_proposal' and record_id = ?",
                Integer.class, String.valueOf(id))).isGreaterThanOrEqualTo(10);
    }

    @Test
    void theCommitteeMergesOrTurnsProposalsIntoOpinionsWithAReasonAndOverdueOnesAreFlagged() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String admin = "Bearer " + fixtures.adminToken();
        UnionPeople.Person proposer = people().staffMember(h.wardA().id());
        long termId = term(admin, h.hospital().id(), 1).get("id").asLong();
        elect(admin, termId, proposer.staffId());
        long sessionId = session(admin, termId).get("id").asLong();
        JsonNode[] ps = new JsonNode[3];
        for (int i = 0; i < 3; i++) {
            ps[i] = read(call(post("/api/v1/union/proposals"), proposer.auth(), Map.of("sessionId", sessionId,
                    "title", "食堂改进 " + i, "content", "食堂饭菜品种少")).andExpect(status().isCreated()));
        }
        long main = ps[0].get("id").asLong();
        JsonNode accepted = read(call(post("/api/v1/union/proposals/" + main + "/accept"), admin,
                Map.of("partyReview", false, "version", version(ps[0]))).andExpect(status().isOk()));
        call(post("/api/v1/union/proposals/" + ps[1].get("id").asLong() + "/merge"), admin,
                Map.of("mergeIntoId", main, "version", version(ps[1]))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        call(post("/api/v1/union/proposals/" + ps[1].get("id").asLong() + "/merge"), admin,
                Map.of("mergeIntoId", main, "reason", "内容相同", "version", version(ps[1]))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("MERGED")).andExpect(jsonPath("$.mergedIntoId").value(main));
        call(post("/api/v1/union/proposals/" + ps[2].get("id").asLong() + "/opinion"), admin,
                Map.of("reason", "属于个人意见", "version", version(ps[2]))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OPINION"));
        call(post("/api/v1/union/proposals/" + main + "/assign"), admin, Map.of("leadUnitId", h.department().id(),
                "dueOn", today().minusDays(1).toString(), "version", version(accepted))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dueOn"));
        call(post("/api/v1/union/proposals/" + main + "/assign"), admin, Map.of("leadUnitId", h.department().id(),
                "dueOn", today().toString(), "version", version(accepted))).andExpect(status().isOk());
        jdbc.update("update union_proposal set due_on = ? where id = ?", today().minusDays(3), main);
        call(get("/api/v1/union/proposals?overdue=true&sessionId=" + sessionId), admin, null)
                .andExpect(jsonPath("$.totalItems").value(1)).andExpect(jsonPath("$.items[0].overdue").value(true));
        call(get("/api/v1/union/proposals/progress/" + sessionId), admin, null)
                .andExpect(jsonPath("$.overdue").value(1)).andExpect(jsonPath("$.accepted").value(1))
                .andExpect(jsonPath("$.byStatus.MERGED").value(1)).andExpect(jsonPath("$.byStatus.OPINION").value(1));
        call(post("/api/v1/union/proposals/" + main + "/accept"), admin, Map.of("partyReview", false, "version", 0))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("error.staleEdit"));
    }
}
