package org.yuanwu.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.yuanwu.common.DataScope;
import org.yuanwu.identity.Role;
import org.yuanwu.support.IntegrationTest;
import org.yuanwu.support.StaffWorkbookFile;
import org.yuanwu.support.TestFixtures;
import tools.jackson.databind.json.JsonMapper;

class StaffApiIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

    private static String json(StaffForm form) {
        return JSON.writeValueAsString(form);
    }

    private long staffCount() {
        return jdbc.queryForObject("select count(*) from org_staff", Long.class);
    }

    @Test
    void aHeadNurseCannotReadOrChangeStaffOfAnotherWardThroughTheApi() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        StaffView own = fixtures.staff(h.wardA().id());
        StaffView other = fixtures.staff(h.wardB().id());
        String headNurse = "Bearer " + fixtures.tokenFor(EnumSet.of(Role.HEAD_NURSE), DataScope.OWN_UNIT, h.wardA().id());

        mvc.perform(get("/api/v1/staff/" + own.id()).header("Authorization", headNurse)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/staff/" + other.id()).header("Authorization", headNurse)).andExpect(status().isForbidden());

        StaffForm edit = StaffForm.of(fixtures.staffFormView(other.id()));
        edit.setName("被篡改");
        mvc.perform(put("/api/v1/staff/" + other.id()).header("Authorization", headNurse)
                        .contentType(MediaType.APPLICATION_JSON).content(json(edit)))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select name from org_staff where id = ?", String.class, other.id())).isEqualTo(other.name());

        // Nor can she move her own nurse into the other ward, or register staff there.
        StaffForm move = StaffForm.of(fixtures.staffFormView(own.id()));
        move.setUnitId(h.wardB().id());
        mvc.perform(put("/api/v1/staff/" + own.id()).header("Authorization", headNurse)
                        .contentType(MediaType.APPLICATION_JSON).content(json(move)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/staff").header("Authorization", headNurse)
                        .contentType(MediaType.APPLICATION_JSON).content(json(fixtures.staffForm(h.wardB().id()))))
                .andExpect(status().isForbidden());

        // Her list holds her ward only, whatever filter she asks for.
        mvc.perform(get("/api/v1/staff").param("unitId", String.valueOf(h.department().id())).header("Authorization", headNurse))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].id").value(own.id()));
    }

    @Test
    void aDepartmentHeadSeesEveryWardBelowTheDepartment() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        fixtures.staff(h.wardA().id());
        fixtures.staff(h.wardB().id());
        String head = "Bearer " + fixtures.tokenFor(EnumSet.of(Role.DEPARTMENT_HEAD), DataScope.SUBTREE, h.department().id());
        mvc.perform(get("/api/v1/staff").header("Authorization", head))
                .andExpect(jsonPath("$.totalItems").value(2));
    }

    @Test
    void createdStaffAreStoredWithTheirIdNumberShownMaskedInLists() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String admin = "Bearer " + fixtures.adminToken();
        StaffForm form = fixtures.staffForm(h.wardA().id());
        mvc.perform(post("/api/v1/staff").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON).content(json(form)))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"));
        Map<String, Object> row = jdbc.queryForMap("select * from org_staff where employee_no = ?", form.getEmployeeNo());
        assertThat(row.get("id_number")).isEqualTo(form.getIdNumber());
        assertThat(row.get("birth_date").toString()).isEqualTo(ResidentIdNumber.birthDate(form.getIdNumber()).orElseThrow().toString());
        mvc.perform(get("/api/v1/staff").param("q", form.getEmployeeNo()).header("Authorization", admin))
                .andExpect(jsonPath("$.items[0].idNumber").value(ResidentIdNumber.mask(form.getIdNumber())));
    }

    @Test
    void badInputGetsAFieldMessageAndChangesNothing() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String admin = "Bearer " + fixtures.adminToken();
        StaffView existing = fixtures.staff(h.wardA().id());
        long before = staffCount();

        StaffForm wrongCheckDigit = fixtures.staffForm(h.wardA().id());
        String id = wrongCheckDigit.getIdNumber();
        wrongCheckDigit.setIdNumber(id.substring(0, 17) + (id.charAt(17) == '1' ? "2" : "1"));
        StaffForm duplicate = fixtures.staffForm(h.wardA().id());
        duplicate.setEmployeeNo(existing.employeeNo());
        StaffForm malformedNumber = fixtures.staffForm(h.wardA().id());
        malformedNumber.setEmployeeNo("工号 01!");
        StaffForm hugeName = fixtures.staffForm(h.wardA().id());
        hugeName.setName("名".repeat(1_000_000));

        for (var bad : List.of(Map.entry(wrongCheckDigit, "idNumber"), Map.entry(duplicate, "employeeNo"),
                Map.entry(malformedNumber, "employeeNo"), Map.entry(hugeName, "name"))) {
            mvc.perform(post("/api/v1/staff").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                            .content(json(bad.getKey())))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value(bad.getValue()));
        }
        mvc.perform(post("/api/v1/staff").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                        .content(json(wrongCheckDigit)))
                .andExpect(jsonPath("$.detail").value("身份证号无效：校验位不符或其中的出生日期不存在，请核对是否输错。"));
        assertThat(staffCount()).isEqualTo(before);
    }

    @Test
    void aStaleStaffEditIsAConflict() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String admin = "Bearer " + fixtures.adminToken();
        StaffView s = fixtures.staff(h.wardA().id());
        StaffForm first = StaffForm.of(fixtures.staffFormView(s.id()));
        first.setPhone("13900000001");
        StaffForm second = StaffForm.of(fixtures.staffFormView(s.id()));
        second.setPhone("13900000002");
        mvc.perform(put("/api/v1/staff/" + s.id()).header("Authorization", admin).contentType(MediaType.APPLICATION_JSON).content(json(first)))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/staff/" + s.id()).header("Authorization", admin).contentType(MediaType.APPLICATION_JSON).content(json(second)))
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("select phone from org_staff where id = ?", String.class, s.id())).isEqualTo("13900000001");
    }

    @Test
    void importingKeepsValidRowsReportsBadOnesAndReimportChangesNothing() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String admin = "Bearer " + fixtures.adminToken();
        String prefix = TestFixtures.unique("I");
        byte[] xlsx = StaffWorkbookFile.fiftyWithThreeBad(prefix, h.wardA().code()).toXlsx();
        MockMultipartFile file = new MockMultipartFile("file", "staff.xlsx", "application/octet-stream", xlsx);

        mvc.perform(multipart("/api/v1/staff/import").file(file).param("mode", "VALID_ROWS").header("Authorization", admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(47))
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[0].row").value(11))
                .andExpect(jsonPath("$.errors[0].column").value("身份证号"));
        assertThat(jdbc.queryForObject("select count(*) from org_staff where employee_no like ?", Long.class, prefix + "%"))
                .isEqualTo(47);
        long audit = jdbc.queryForObject("select count(*) from audit_entry", Long.class);

        mvc.perform(multipart("/api/v1/staff/import").file(file).param("mode", "VALID_ROWS").header("Authorization", admin))
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.updated").value(0))
                .andExpect(jsonPath("$.unchanged").value(47));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action <> 'IMPORT'", Long.class))
                .isEqualTo(audit - jdbc.queryForObject("select count(*) from audit_entry where action = 'IMPORT'", Long.class) + 1);
    }

    @Test
    void allOrNothingSavesNothingWhenARowIsBad() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String admin = "Bearer " + fixtures.adminToken();
        String prefix = TestFixtures.unique("A");
        byte[] xlsx = StaffWorkbookFile.fiftyWithThreeBad(prefix, h.wardA().code()).toXlsx();
        mvc.perform(multipart("/api/v1/staff/import").file(new MockMultipartFile("file", "s.xlsx", null, xlsx))
                        .param("mode", "ALL_OR_NOTHING").header("Authorization", admin))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.saved").value(false));
        assertThat(jdbc.queryForObject("select count(*) from org_staff where employee_no like ?", Long.class, prefix + "%")).isZero();
    }

    @Test
    void aFileThatIsNotASpreadsheetIsRejectedWithAMessage() throws Exception {
        String admin = "Bearer " + fixtures.adminToken();
        long before = staffCount();
        mvc.perform(multipart("/api/v1/staff/import")
                        .file(new MockMultipartFile("file", "staff.xlsx", null, "工号,姓名\nE1,张三\n".getBytes()))
                        .param("mode", "VALID_ROWS").header("Authorization", admin))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").exists());
        assertThat(staffCount()).isEqualTo(before);
    }

    @Test
    void anExportedListCanBeImportedBackWithoutLosingIdNumbers() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String admin = "Bearer " + fixtures.adminToken();
        StaffView s = fixtures.staff(h.wardA().id());
        String stored = jdbc.queryForObject("select id_number from org_staff where id = ?", String.class, s.id());
        byte[] exported = mvc.perform(get("/api/v1/staff/export").param("unitId", String.valueOf(h.wardA().id()))
                        .header("Authorization", admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        mvc.perform(multipart("/api/v1/staff/import").file(new MockMultipartFile("file", "e.xlsx", null, exported))
                        .param("mode", "ALL_OR_NOTHING").header("Authorization", admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unchanged").value(1))
                .andExpect(jsonPath("$.errors.length()").value(0));
        assertThat(jdbc.queryForObject("select id_number from org_staff where id = ?", String.class, s.id())).isEqualTo(stored);
    }
}
