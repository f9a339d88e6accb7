package org.yuanwu.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.EnumSet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.yuanwu.common.DataScope;
import org.yuanwu.identity.Role;
import org.yuanwu.organization.UnitView;
import org.yuanwu.support.IntegrationTest;

class AuditTrailIT extends IntegrationTest {

    @Test
    void changesCanBeFoundByRecordTypeRecordAndDateThroughTheApi() throws Exception {
        UnitView ward = fixtures.hospital().wardA();
        String admin = "Bearer " + fixtures.adminToken();
        mvc.perform(get("/api/v1/audit").header("Authorization", admin).param("recordType", "org_unit")
                        .param("recordId", String.valueOf(ward.id())).param("from", LocalDate.now().minusDays(1).toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].action").value("CREATE"))
                .andExpect(jsonPath("$.items[0].actor").value("system"))
                .andExpect(jsonPath("$.items[0].after").value(org.hamcrest.Matchers.containsString(ward.code())));
        mvc.perform(get("/api/v1/audit").header("Authorization", admin).param("recordId", String.valueOf(ward.id()))
                        .param("recordType", "org_unit").param("to", LocalDate.now().minusDays(2).toString()))
                .andExpect(jsonPath("$.totalItems").value(0));
    }

    @Test
    void theTrailIsReadOnlyForThoseWithoutTheAuditPermission() throws Exception {
        String nurse = "Bearer " + fixtures.tokenFor(EnumSet.of(Role.HEAD_NURSE), DataScope.ALL, null);
        mvc.perform(get("/api/v1/audit").header("Authorization", nurse)).andExpect(status().isForbidden());
    }

    @Test
    void thePageFiltersAndExportsToExcel() throws Exception {
        UnitView ward = fixtures.hospital().wardB();
        var admin = adminSession();
        mvc.perform(get("/audit").session(admin).param("recordType", "org_unit").param("recordId", String.valueOf(ward.id())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(ward.code())));
        byte[] xlsx = mvc.perform(get("/audit/export").session(admin).param("recordType", "org_unit")
                        .param("recordId", String.valueOf(ward.id())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("时间");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("org_unit");
        }
    }
}
