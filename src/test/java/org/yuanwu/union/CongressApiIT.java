package org.yuanwu.union;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.yuanwu.organization.OrgUnitKind;
import org.yuanwu.organization.UnitView;
import org.yuanwu.support.TestFixtures;
import tools.jackson.databind.JsonNode;

/** The congress over the API: quotas, quorum, voting once, only delegates present, majorities, the session fact. */
class CongressApiIT extends UnionApiTest {

    @Test
    void delegatesVoteOnceOnlyWhenPresentAndItemsPassByTheirKindsMajority() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String admin = "Bearer " + fixtures.adminToken();
        UnionPeople.Person a = people().staffMember(h.wardA().id());
        UnionPeople.Person b = people().staffMember(h.wardA().id());
        UnionPeople.Person c = people().staffMember(h.wardB().id());
        UnionPeople.Person outsider = people().staffMember(h.wardB().id());
        long termId = term(admin, h.hospital().id(), 1).get("id").asLong();
        long da = elect(admin, termId, a.staffId());
        long db = elect(admin, termId, b.staffId());
        elect(admin, termId, c.staffId());
        JsonNode s = session(admin, termId);
        long sessionId = s.get("id").asLong();

        s = attendance(admin, s, List.of(da));
        assertThat(s.get("quorate").asBoolean()).isFalse();
        call(post("/api/v1/union/congress/sessions/" + sessionId + "/convene?version=" + s.get("version").asLong()), admin, null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("1 present, below the quorum of 2 (of 3 delegates): the session cannot be convened."));
        s = attendance(admin, s, List.of(da, db));
        assertThat(s.get("quorate").asBoolean()).isTrue();

        JsonNode major = read(call(post("/api/v1/union/congress/sessions/" + sessionId + "/items"), admin,
                Map.of("title", "绩效工资分配方案", "kind", "MAJOR_MATTER")).andExpect(status().isCreated()));
        JsonNode report = read(call(post("/api/v1/union/congress/sessions/" + sessionId + "/items"), admin,
                Map.of("title", "院长工作报告", "kind", "REPORT_REVIEW")).andExpect(status().isCreated()));
        assertThat(major.get("majorityBasis").asText()).isEqualTo("ALL");
        assertThat(report.get("majorityBasis").asText()).isEqualTo("PRESENT");
        long majorId = major.get("id").asLong();
        long reportId = report.get("id").asLong();

        call(post("/api/v1/union/congress/items/" + majorId + "/votes"), a.auth(), Map.of("choice", "FOR"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("The session is not in progress; no voting."));
        JsonNode convened = read(call(post("/api/v1/union/congress/sessions/" + sessionId + "/convene?version="
                + s.get("version").asLong()), admin, null).andExpect(status().isOk()));
        assertThat(convened.get("status").asText()).isEqualTo("CONVENED");

        call(post("/api/v1/union/congress/items/" + majorId + "/votes"), a.auth(), Map.of("choice", "FOR")).andExpect(status().isOk());
        call(post("/api/v1/union/congress/items/" + majorId + "/votes"), a.auth(), Map.of("choice", "AGAINST"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("You have already voted on this item; a second vote is refused."));
        call(post("/api/v1/union/congress/items/" + majorId + "/votes"), outsider.auth(), Map.of("choice", "FOR"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("You are not a delegate of this congress term and cannot vote."));
        call(post("/api/v1/union/congress/items/" + majorId + "/votes"), c.auth(), Map.of("choice", "FOR"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("You are not registered as present at this session and cannot vote."));
        call(post("/api/v1/union/congress/items/" + majorId + "/votes"), b.auth(), Map.of("choice", "ABSTAIN")).andExpect(status().isOk());
        call(post("/api/v1/union/congress/items/" + reportId + "/votes"), a.auth(), Map.of("choice", "FOR")).andExpect(status().isOk());
        call(post("/api/v1/union/congress/items/" + reportId + "/votes"), b.auth(), Map.of("choice", "FOR")).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from union_congress_vote where item_id = ?", Integer.class, majorId)).isEqualTo(2);

        call(post("/api/v1/union/congress/sessions/" + sessionId + "/close?version=" + convened.get("version").asLong()), admin, null)
                .andExpect(status().isConflict());
        JsonNode majorDecided = read(call(post("/api/v1/union/congress/items/" + majorId + "/decide?version="
                + major.get("version").asLong()), admin, null).andExpect(status().isOk()));
        // one for out of all three delegates is not more than half
        assertThat(majorDecided.get("baseCount").asInt()).isEqualTo(3);
        assertThat(majorDecided.get("passed").asBoolean()).isFalse();
        JsonNode reportDecided = read(call(post("/api/v1/union/congress/items/" + reportId + "/decide?version="
                + report.get("version").asLong()), admin, null).andExpect(status().isOk()));
        assertThat(reportDecided.get("baseCount").asInt()).isEqualTo(2);
        assertThat(reportDecided.get("passed").asBoolean()).isTrue();
        call(post("/api/v1/union/congress/items/" + reportId + "/votes"), a.auth(), Map.of("choice", "FOR")).andExpect(status().isConflict());

        call(post("/api/v1/union/congress/sessions/" + sessionId + "/close?version=" + convened.get("version").asLong()), admin, null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));
        assertThat(jdbc.queryForObject("select count(*) from indicator_fact where measure_code = 'union.congress_sessions' "
                + "and source_id = ? and unit_id = ?", Integer.class, String.valueOf(sessionId), h.hospital().id())).isEqualTo(1);
        call(get("/api/v1/union/congress/sessions/" + sessionId + "/resolution"), a.auth(), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(2)).andExpect(jsonPath("$.present.length()").value(2));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'union_congress_item' and record_id = ?",
                Integer.class, String.valueOf(majorId))).isEqualTo(2);
    }

    @Test
    void aUnitsQuotaOfDelegatesCannotBeExceededNorCanSomeoneBeElectedTwice() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        UnitView office = fixtures.unit("院办", OrgUnitKind.DEPARTMENT, h.hospital().id());
        String admin = "Bearer " + fixtures.adminToken();
        Long first = fixtures.staff(h.wardA().id()).id();
        Long second = fixtures.staff(h.wardB().id()).id();
        Long clerk = fixtures.staff(office.id()).id();
        long termId = term(admin, h.hospital().id(), 100).get("id").asLong();
        call(get("/api/v1/union/congress/terms/" + termId + "/quotas"), admin, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[?(@.unitId == " + h.department().id() + ")].quota").value(1));
        elect(admin, termId, first);
        call(post("/api/v1/union/congress/terms/" + termId + "/delegates"), admin, Map.of("staffId", second))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("The seats of 内科 (1) are all filled."));
        call(post("/api/v1/union/congress/terms/" + termId + "/delegates"), admin, Map.of("staffId", first))
                .andExpect(status().isConflict());
        elect(admin, termId, clerk);
        UnionPeople.Person plain = people().staffMember(h.wardA().id());
        call(post("/api/v1/union/congress/terms/" + termId + "/delegates"), plain.auth(), Map.of("staffId", second))
                .andExpect(status().isForbidden());
    }

    @Test
    void agendaDocumentsMustBePdfImagesOrOfficeFilesOfAtMostTenMegabytes() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String admin = "Bearer " + fixtures.adminToken();
        long termId = term(admin, h.hospital().id(), 10).get("id").asLong();
        long sessionId = session(admin, termId).get("id").asLong();
        long itemId = read(call(post("/api/v1/union/congress/sessions/" + sessionId + "/items"), admin,
                Map.of("title", "院长工作报告", "kind", "REPORT_REVIEW"))).get("id").asLong();
        MockMultipartFile pdf = new MockMultipartFile("file", "工作报告.pdf", "application/pdf",
                "%PDF-1.4 report".getBytes(StandardCharsets.US_ASCII));
        JsonNode doc = read(mvc.perform(multipart("/api/v1/union/congress/items/" + itemId + "/documents").file(pdf)
                .header("Authorization", admin)).andExpect(status().isCreated()));
        MockMultipartFile exe = new MockMultipartFile("file", "report.pdf", "application/pdf", new byte[]{'M', 'Z', 1, 2});
        mvc.perform(multipart("/api/v1/union/congress/items/" + itemId + "/documents").file(exe)
                .header("Authorization", admin).header("Accept-Language", "en")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Only PDF, PNG, JPEG, Word (.docx) and Excel (.xlsx) files are accepted."));
        call(get("/api/v1/union/congress/documents/" + doc.get("id").asLong()), admin, null).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from union_congress_document where item_id = ?", Integer.class, itemId)).isEqualTo(1);
    }
}
