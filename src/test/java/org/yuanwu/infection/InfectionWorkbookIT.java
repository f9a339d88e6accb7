package org.yuanwu.infection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.yuanwu.support.IntegrationTest;
import org.yuanwu.support.TestFixtures;

/** The infection workbook: a template to fill, all or nothing, errors by sheet and row. */
class InfectionWorkbookIT extends IntegrationTest {

    private static byte[] workbook(List<List<String>> census, List<List<String>> stays, List<List<String>> events) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill(wb.createSheet("病区床日"), List.of("病区代码", "月份", "入院人数", "出院人数", "实际占用床日", "中心静脉插管日", "导尿管日",
                    "呼吸机日", "手术例数"), census);
            fill(wb.createSheet("住院"), List.of("住院号", "病案号", "病区代码", "入院时间", "出院时间"), stays);
            fill(wb.createSheet("临床数据"), List.of("数据编号", "住院号", "类型", "发生时间", "数值", "标本", "病原体", "阳性", "说明"), events);
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void fill(Sheet sheet, List<String> headers, List<List<String>> rows) {
        Row h = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            h.createCell(i).setCellValue(headers.get(i));
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            for (int i = 0; i < rows.get(r).size(); i++) {
                row.createCell(i).setCellValue(rows.get(r).get(i));
            }
        }
    }

    @Test
    void aWorkbookIsImportedWholeOrNotAtAllWithErrorsBySheetAndRow() throws Exception {
        MockHttpSession admin = adminSession();
        TestFixtures.Hospital h = fixtures.hospital();
        byte[] template = mvc.perform(get("/infection/import/template").session(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertThat(wb.getSheet("临床数据").getRow(0).getCell(2).getStringCellValue()).isEqualTo("类型");
            assertThat(wb.getSheet("病区床日")).isNotNull();
        }

        String code = h.wardA().code();
        String visit = TestFixtures.unique("ZY");
        List<List<String>> census = List.of(List.of(code, "2026-08", "50", "48", "400", "10", "30", "0", "5"));
        List<List<String>> stays = List.of(List.of(visit, "BA-" + visit, code, "2026-08-01 09:00", ""));
        List<List<String>> badEvents = List.of(
                List.of(visit + "-1", visit, "TEMPERATURE", "2026-08-03 10:00", "38.4", "", "", "", ""),
                List.of(visit + "-2", visit, "TEMPERATURE", "2026-08-03 18:00", "48.0", "", "", "", ""),
                List.of(visit + "-3", visit, "CULTURE", "2026-08-04 08:00", "", "血液", "大肠埃希菌", "是", ""));
        mvc.perform(multipart("/infection/import").file(new MockMultipartFile("file", "院感.xlsx", null,
                        workbook(census, stays, badEvents))).session(admin).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"import-failed\""), containsString("临床数据"),
                        containsString("第 3 条：体温 48.0 °C 不在 30–45 °C 范围内"))));
        assertThat(jdbc.queryForObject("select count(*) from infection_census where unit_id = ?", Long.class, h.wardA().id())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from infection_admission where visit_no = ?", Long.class, visit)).isZero();

        List<List<String>> badKind = List.of(List.of(visit + "-1", visit, "FEVER", "2026-08-03 10:00", "38.4", "", "", "", ""));
        mvc.perform(multipart("/infection/import").file(new MockMultipartFile("file", "院感.xlsx", null,
                        workbook(census, stays, badKind))).session(admin).with(csrf()))
                .andExpect(content().string(containsString("“FEVER”不是可识别的数据类型")));

        List<List<String>> events = List.of(badEvents.get(0), badEvents.get(2));
        String token = "Bearer " + fixtures.adminToken();
        mvc.perform(multipart("/api/v1/infection/workbook").file(new MockMultipartFile("file", "院感.xlsx", null,
                        workbook(census, stays, events))).header("Authorization", token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.saved").value(true))
                .andExpect(jsonPath("$.stays").value(1)).andExpect(jsonPath("$.events").value(2));
        assertThat(jdbc.queryForObject("select patient_days from infection_census where unit_id = ?", Integer.class, h.wardA().id()))
                .isEqualTo(400);
        assertThat(jdbc.queryForObject("select count(*) from infection_event e join infection_admission a on a.id = e.admission_id"
                + " where a.visit_no = ?", Long.class, visit)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select minutes_after_admission from infection_event where source_ref = ?", Integer.class,
                visit + "-1")).isEqualTo(49 * 60);

        mvc.perform(multipart("/infection/import").file(new MockMultipartFile("file", "notes.txt", null, "hello".getBytes()))
                        .session(admin).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("id=\"import-error\"")));
    }
}
