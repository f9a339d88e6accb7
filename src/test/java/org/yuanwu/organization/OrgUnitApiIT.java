package org.yuanwu.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.yuanwu.support.IntegrationTest;
import org.yuanwu.support.TestFixtures;

class OrgUnitApiIT extends IntegrationTest {

    private String admin;

    @BeforeEach
    void signIn() {
        admin = fixtures.adminToken();
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + admin).contentType(MediaType.APPLICATION_JSON);
    }

    private Map<String, Object> row(long id) {
        return jdbc.queryForMap("select * from org_unit where id = ?", id);
    }

    @Test
    void createdWardGetsItsMaterializedPathAndAnAuditEntry() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String code = TestFixtures.unique("W");
        mvc.perform(as(post("/api/v1/org-units")).content("""
                        {"code":"%s","name":"新生儿病区","kind":"WARD","parentId":%d,"bedCount":24,"hygieneClass":"II"}"""
                        .formatted(code, h.department().id())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.path").value(h.department().path() + jsonId(code) + "/"));
        Map<String, Object> stored = jdbc.queryForMap("select * from org_unit where code = ?", code);
        assertThat(stored.get("bed_count")).isEqualTo(24);
        assertThat(stored.get("hygiene_class")).isEqualTo("II");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'org_unit' and record_id = ? and action = 'CREATE'",
                Long.class, String.valueOf(stored.get("id")))).isEqualTo(1);
    }

    private Long jsonId(String code) {
        return jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
    }

    @Test
    void renameIsAuditedWithBeforeAndAfterValues() throws Exception {
        UnitView ward = fixtures.hospital().wardA();
        mvc.perform(as(put("/api/v1/org-units/" + ward.id())).content("""
                        {"code":"%s","name":"心血管内科病区","kind":"WARD","bedCount":30,"version":%d}"""
                        .formatted(ward.code(), ward.version())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("心血管内科病区"));
        Map<String, Object> audit = jdbc.queryForMap(
                "select * from audit_entry where record_type = 'org_unit' and record_id = ? and action = 'UPDATE'",
                String.valueOf(ward.id()));
        assertThat((String) audit.get("before_json")).contains("心内科病区").doesNotContain("bedCount");
        assertThat((String) audit.get("after_json")).contains("心血管内科病区");
    }

    @Test
    void moveCarriesTheWholeSubtree() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        UnitView other = fixtures.unit("外科", OrgUnitKind.DEPARTMENT, h.hospital().id());
        mvc.perform(as(post("/api/v1/org-units/" + h.department().id() + "/move"))
                        .content("{\"parentId\":%d,\"version\":%d}".formatted(other.id(), h.department().version())))
                .andExpect(status().isOk());
        assertThat(row(h.wardA().id()).get("path"))
                .isEqualTo(other.path() + h.department().id() + "/" + h.wardA().id() + "/");
        assertThat(row(h.wardA().id()).get("depth")).isEqualTo(3);
    }

    @Test
    void movingAUnitUnderItsOwnDescendantIsRefusedAndChangesNothing() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        Map<String, Object> before = row(h.department().id());
        mvc.perform(as(post("/api/v1/org-units/" + h.department().id() + "/move"))
                        .content("{\"parentId\":%d,\"version\":%d}".formatted(h.wardA().id(), h.department().version())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("不能把单位移动到它自己或它的下级单位之下。"))
                .andExpect(jsonPath("$.errors[0].field").value("parentId"));
        assertThat(row(h.department().id())).isEqualTo(before);
    }

    @Test
    void deactivatingAUnitWithActiveStaffIsRefused() throws Exception {
        UnitView ward = fixtures.hospital().wardA();
        fixtures.staff(ward.id());
        mvc.perform(as(post("/api/v1/org-units/" + ward.id() + "/deactivate"))
                        .content("{\"reason\":\"病区合并\",\"version\":%d}".formatted(ward.version())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("该单位（含下级）还有 1 名在岗人员，请先调整人员后再停用。"));
        assertThat(row(ward.id()).get("active")).isEqualTo(true);
    }

    @Test
    void deactivationNeedsAReasonAndCanBeUndone() throws Exception {
        UnitView ward = fixtures.hospital().wardB();
        mvc.perform(as(post("/api/v1/org-units/" + ward.id() + "/deactivate"))
                        .content("{\"reason\":\" \",\"version\":%d}".formatted(ward.version())))
                .andExpect(status().isBadRequest());
        mvc.perform(as(post("/api/v1/org-units/" + ward.id() + "/deactivate"))
                        .content("{\"reason\":\"病区撤并\",\"version\":%d}".formatted(ward.version())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false));
        assertThat(row(ward.id()).get("deactivated_reason")).isEqualTo("病区撤并");
        mvc.perform(as(post("/api/v1/org-units/" + ward.id() + "/reactivate")).content("{\"version\":%d}".formatted(ward.version() + 1)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(true));
    }

    @Test
    void aStaleEditGetsAConflictAndKeepsTheFirstEdit() throws Exception {
        UnitView ward = fixtures.hospital().wardA();
        String body = """
                {"code":"%s","name":"%s","kind":"WARD","bedCount":30,"version":%d}""";
        mvc.perform(as(put("/api/v1/org-units/" + ward.id())).content(body.formatted(ward.code(), "第一人修改", ward.version())))
                .andExpect(status().isOk());
        mvc.perform(as(put("/api/v1/org-units/" + ward.id())).content(body.formatted(ward.code(), "第二人修改", ward.version())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("该记录已被他人修改，请刷新后重新编辑。"));
        assertThat(row(ward.id()).get("name")).isEqualTo("第一人修改");
    }

    @Test
    void aThreeMegabyteNameIsRejectedWithAFieldMessage() throws Exception {
        UnitView h = fixtures.hospital().hospital();
        String huge = "院".repeat(3 * 1024 * 1024 / 3);
        long before = jdbc.queryForObject("select count(*) from org_unit", Long.class);
        mvc.perform(as(post("/api/v1/org-units")).content("""
                        {"code":"%s","name":"%s","kind":"OFFICE","parentId":%d}""".formatted(TestFixtures.unique("X"), huge, h.id())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        assertThat(jdbc.queryForObject("select count(*) from org_unit", Long.class)).isEqualTo(before);
    }

    @Test
    void malformedJsonAndUnknownKindsAreBadRequestsNotServerErrors() throws Exception {
        mvc.perform(as(post("/api/v1/org-units")).content("{\"code\": "))
                .andExpect(status().isBadRequest());
        mvc.perform(as(post("/api/v1/org-units")).content("{\"code\":\"K1\",\"name\":\"x\",\"kind\":\"CASTLE\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(as(get("/api/v1/org-units/abc"))).andExpect(status().isBadRequest());
        mvc.perform(as(get("/api/v1/org-units/987654321"))).andExpect(status().isNotFound());
    }

    @Test
    void errorsComeInEnglishWhenAsked() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        mvc.perform(as(post("/api/v1/org-units/" + h.department().id() + "/move")).header("Accept-Language", "en")
                        .content("{\"parentId\":%d,\"version\":%d}".formatted(h.wardA().id(), h.department().version())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("A unit cannot be moved under itself or under one of its own descendants."));
    }

    @Test
    void searchFindsUnitsByNameOrCode() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        mvc.perform(as(get("/api/v1/org-units")).param("q", h.wardB().code()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(h.wardB().id()));
        mvc.perform(as(get("/api/v1/org-units/" + h.department().id() + "/children")))
                .andExpect(jsonPath("$.length()").value(2));
    }
}
