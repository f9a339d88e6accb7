package org.yuanwu.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.util.EnumSet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.yuanwu.common.DataScope;
import org.yuanwu.identity.Role;
import org.yuanwu.support.IntegrationTest;
import org.yuanwu.support.TestFixtures;

class IndicatorApiIT extends IntegrationTest {

    @Test
    void figuresEnteredByHandDriveTheIndicatorAndCanBeCorrectedAndWithdrawn() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String admin = "Bearer " + fixtures.adminToken();
        String body = "{\"measureCode\":\"education.lectures\",\"unitId\":%d,\"date\":\"2026-03-05\",\"value\":%s}";
        mvc.perform(post("/api/v1/facts").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(h.wardA().id(), "2"))).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/facts").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(h.wardA().id(), "4"))).andExpect(status().isCreated());
        mvc.perform(get("/api/v1/indicators/education.lectures/value").header("Authorization", admin)
                        .param("unitId", String.valueOf(h.hospital().id())).param("period", "2026-Q1"))
                .andExpect(jsonPath("$.current.value").value(4))
                .andExpect(jsonPath("$.current.status").value("NOT_MET"))
                .andExpect(jsonPath("$.lastYear.status").value("NO_DATA"));
        String sourceId = "education.lectures@" + h.wardA().id() + "@2026-03-05";
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'manual_fact' and record_id = ?",
                Long.class, sourceId)).isEqualTo(2);
        mvc.perform(delete("/api/v1/facts/" + sourceId).header("Authorization", admin)).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/indicators/education.lectures/value").header("Authorization", admin)
                        .param("unitId", String.valueOf(h.hospital().id())).param("period", "2026"))
                .andExpect(jsonPath("$.current.value").doesNotExist());
    }

    @Test
    void badExpressionsAreRefusedWithAMessageThatSaysWhere() throws Exception {
        String admin = "Bearer " + fixtures.adminToken();
        String form = "{\"code\":\"%s\",\"nameZh\":\"测试率\",\"numerator\":\"%s\",\"denominator\":\"%s\",\"factor\":100,\"decimals\":1,\"unit\":\"%%\",\"direction\":\"HIGHER\"}";
        String code = "test." + TestFixtures.unique("r").toLowerCase().replace("-", "_");
        mvc.perform(post("/api/v1/indicators").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                        .content(form.formatted(code, "#{training.exam_passed} +", "#{training.exam_taken}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("numerator"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("第 26 个字符")));
        mvc.perform(post("/api/v1/indicators").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                        .content(form.formatted(code, "#{training.exam_passed}", "#{no.such_measure}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("denominator"))
                .andExpect(jsonPath("$.detail").value("指标项“no.such_measure”不存在，请从列表中选择。"));
        mvc.perform(post("/api/v1/indicators").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                        .content(form.formatted(code, "#{training.exam_passed}", "(#{training.exam_taken}) / 0")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("表达式中出现了除以零。"));
        assertThat(jdbc.queryForObject("select count(*) from indicator_definition where code = ?", Long.class, code)).isZero();

        mvc.perform(post("/api/v1/indicators").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                        .content(form.formatted(code, "#{training.exam_passed}", "#{training.exam_taken}")))
                .andExpect(status().isCreated());
        String edit = "{\"nameZh\":\"测试率\",\"numerator\":\"#{training.exam_passed}\",\"denominator\":\"#{training.exam_taken}\",\"factor\":100,\"decimals\":1,\"unit\":\"%\",\"direction\":\"HIGHER\",\"target\":90,\"version\":0}";
        mvc.perform(put("/api/v1/indicators/" + code).header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                .content(edit)).andExpect(status().isOk()).andExpect(jsonPath("$.target").value(90));
        mvc.perform(put("/api/v1/indicators/" + code).header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                .content(edit)).andExpect(status().isConflict());
    }

    @Test
    void theBuiltInCatalogueIsLoaded() throws Exception {
        String admin = "Bearer " + fixtures.adminToken();
        mvc.perform(get("/api/v1/indicators/infection.hai_incidence").header("Authorization", admin))
                .andExpect(jsonPath("$.numerator").value("#{infection.hai_cases}"))
                .andExpect(jsonPath("$.target").value(8))
                .andExpect(jsonPath("$.direction").value("LOWER"));
        assertThat(jdbc.queryForObject("select count(*) from indicator_definition where built_in = true", Long.class)).isEqualTo(53);
    }

    @Test
    void aHeadNurseCannotReadOrEnterFiguresForAnotherWard() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String nurse = "Bearer " + fixtures.tokenFor(EnumSet.of(Role.HEAD_NURSE), DataScope.OWN_UNIT, h.wardA().id());
        mvc.perform(get("/api/v1/indicators/education.lectures/value").header("Authorization", nurse)
                .param("unitId", String.valueOf(h.wardB().id()))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/facts").header("Authorization", nurse).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"measureCode\":\"education.lectures\",\"unitId\":%d,\"date\":\"2026-03-05\",\"value\":1}".formatted(h.wardB().id())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/indicators/education.lectures/value").header("Authorization", nurse))
                .andExpect(status().isOk()).andExpect(jsonPath("$.current.unitId").value(h.wardA().id()));
        // Her ward as a whole is all she sees: no breakdown below it, and the indicator page opens for her.
        mvc.perform(get("/api/v1/indicators/education.lectures/by-child").header("Authorization", nurse))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        var session = signIn(fixtures.userFor(EnumSet.of(Role.HEAD_NURSE), DataScope.OWN_UNIT, h.wardA().id()), "Passw0rd-Test");
        mvc.perform(get("/indicators/education.lectures").session(session)).andExpect(status().isOk());
        // Her list of manual figures holds her own ward's only.
        String admin = "Bearer " + fixtures.adminToken();
        for (var ward : java.util.List.of(h.wardA(), h.wardB())) {
            mvc.perform(post("/api/v1/facts").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"measureCode\":\"education.lectures\",\"unitId\":%d,\"date\":\"2026-04-01\",\"value\":1}"
                            .formatted(ward.id()))).andExpect(status().isCreated());
        }
        mvc.perform(get("/api/v1/facts").header("Authorization", nurse))
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].unitId").value(h.wardA().id()));
    }

    @Test
    void badInputIsAClearErrorNotAServerError() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String admin = "Bearer " + fixtures.adminToken();
        mvc.perform(get("/api/v1/indicators/education.lectures/value").header("Authorization", admin).param("period", "2026-Q5"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/facts").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"measureCode\":\"education.lectures\",\"unitId\":987654321,\"date\":\"2026-03-05\",\"value\":1}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("unitId"));
        mvc.perform(post("/api/v1/facts").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"measureCode\":\"education.lectures\",\"unitId\":%d,\"date\":\"2026-03-05\",\"value\":-1}".formatted(h.wardA().id())))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/indicators/no.such/value").header("Authorization", admin)).andExpect(status().isNotFound());
    }

    @Test
    void aWorkbookWithOneBadRowSavesNothing() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String admin = "Bearer " + fixtures.adminToken();
        byte[] good = workbook(new String[][] {{"census.discharges", h.wardA().code(), "2026-01-31", "120"},
                {"census.patient_days", h.wardA().code(), "2026-01-31", "900"}});
        byte[] bad = workbook(new String[][] {{"census.discharges", h.wardB().code(), "2026-01-31", "120"},
                {"census.patient_days", "NO-SUCH-UNIT", "2026-01-31", "900"}});
        mvc.perform(multipart("/api/v1/facts/import").file(new MockMultipartFile("file", "f.xlsx", null, bad)).header("Authorization", admin))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].row").value(3));
        assertThat(jdbc.queryForObject("select count(*) from indicator_fact where unit_id = ?", Long.class, h.wardB().id())).isZero();
        mvc.perform(multipart("/api/v1/facts/import").file(new MockMultipartFile("file", "f.xlsx", null, good)).header("Authorization", admin))
                .andExpect(status().isOk()).andExpect(jsonPath("$.saved").value(true));
        mvc.perform(multipart("/api/v1/facts/import").file(new MockMultipartFile("file", "f.xlsx", null, good)).header("Authorization", admin))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from indicator_fact where unit_id = ?", Long.class, h.wardA().id())).isEqualTo(2);
    }

    @Test
    void theDashboardAndDrillDownPagesRender() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        var session = adminSession();
        mvc.perform(get("/indicators").session(session).param("unitId", String.valueOf(h.hospital().id())))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("医院感染发生率")));
        mvc.perform(get("/indicators/infection.hai_incidence").session(session).param("unitId", String.valueOf(h.hospital().id())))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("trend-chart")));
        mvc.perform(get("/indicators/infection.hai_incidence/export").session(session).param("unitId", String.valueOf(h.hospital().id()))
                .param("table", "children")).andExpect(status().isOk());
        mvc.perform(get("/facts").session(session)).andExpect(status().isOk());
    }

    private static byte[] workbook(String[][] rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var sheet = wb.createSheet();
            String[] header = {"指标项编码", "单位编码", "日期", "数值"};
            var r0 = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                r0.createCell(i).setCellValue(header[i]);
            }
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }
}
