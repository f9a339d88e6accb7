package org.yuanwu.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.yuanwu.support.IntegrationTest;
import org.yuanwu.support.TestFixtures;

/** The quality pages: the seeded library, the tablet scoring page with messages beside the item, lists and exports. */
class QualityPagesIT extends IntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private long seeded(String family) {
        return jdbc.queryForObject("select id from quality_template where family_code = ? and status = 'ACTIVE'",
                Long.class, family);
    }

    private long itemId(long templateId, String code) {
        return jdbc.queryForObject("select id from quality_template_item where template_id = ? and item_code = ?",
                Long.class, templateId, code);
    }

    private long start(MockHttpSession admin, Long unitId, long templateId) throws Exception {
        String location = mvc.perform(post("/quality/inspections").session(admin).with(csrf())
                        .param("unitId", String.valueOf(unitId)).param("templateId", String.valueOf(templateId))
                        .param("inspectionDate", TODAY.toString()).param("deadlineDays", "7"))
                .andExpect(redirectedUrlPattern("/quality/inspections/*")).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private long version(long inspectionId) {
        return jdbc.queryForObject("select version from quality_inspection where id = ?", Long.class, inspectionId);
    }

    @Test
    void theLibraryPagesShowTheSeededChecklistsWithTheirItems() throws Exception {
        MockHttpSession admin = adminSession();
        mvc.perform(get("/quality/templates").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("护理质量检查表"), containsString("护理文书检查表"),
                        containsString("病区环境检查表"), containsString("食堂卫生检查表"), containsString("放射诊断报告检查表"))));
        mvc.perform(get("/quality/templates/" + seeded("CH")).session(admin)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("食品经营许可证"), containsString("否决项"))));
        mvc.perform(get("/quality/templates/" + seeded("CH") + "/edit").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("items[0].text")));
    }

    @Test
    void aDeductionMissingItsRequiredPhotoIsShownBesideTheItemAndAPhotoInTheSameFormSavesIt() throws Exception {
        MockHttpSession admin = adminSession();
        TestFixtures.Hospital h = fixtures.hospital();
        long template = seeded("NQ");
        mvc.perform(get("/quality/inspections/new").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + TODAY + "\"")));
        long id = start(admin, h.wardA().id(), template);
        long photoItem = itemId(template, "NQ-01");

        mvc.perform(multipart("/quality/inspections/" + id + "/scores").session(admin).with(csrf())
                        .param("version", String.valueOf(version(id))).param("occ_" + photoItem, "1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("class=\"invalid-feedback d-block item-error\""),
                        containsString("扣分时须上传照片"))));
        mvc.perform(multipart("/quality/inspections/" + id + "/scores").session(admin).with(csrf())
                        .param("version", String.valueOf(version(id))).param("pts_" + photoItem, "11"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("扣分须在0至10分之间")));
        mvc.perform(multipart("/quality/inspections/" + id + "/scores")
                        .file(new MockMultipartFile("photo_" + photoItem, "bed.png", "image/png", QualityApiIT.PNG))
                        .session(admin).with(csrf()).param("version", String.valueOf(version(id)))
                        .param("occ_" + photoItem, "1").param("remarks", "整体良好"))
                .andExpect(redirectedUrlPattern("/quality/inspections/*"));
        assertThat(jdbc.queryForObject("select percentage from quality_inspection where id = ?", Double.class, id)).isEqualTo(98.0);
        assertThat(jdbc.queryForObject("select count(*) from quality_inspection_line where inspection_id = ? and photo_id is not null",
                Long.class, id)).isEqualTo(1);
        mvc.perform(get("/quality/inspections/" + id).session(admin)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("98.0"), containsString("整体良好"))));
        mvc.perform(get("/quality/inspections?unitId=" + h.wardA().id()).session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("inspection-row-" + id)));
        byte[] xlsx = mvc.perform(get("/quality/inspections/export?unitId=" + h.wardA().id()).session(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(1);
            assertThat(wb.getSheetAt(0).getRow(1).getCell(5).getNumericCellValue()).isEqualTo(98.0);
        }
    }

    @Test
    void theFindingsListExportsToExcelAndTheRankingPageShowsTheChartData() throws Exception {
        MockHttpSession admin = adminSession();
        TestFixtures.Hospital h = fixtures.hospital();
        long template = seeded("WE");
        long id = start(admin, h.wardA().id(), template);
        long item = itemId(template, "WE-07");
        mvc.perform(multipart("/quality/inspections/" + id + "/scores").session(admin).with(csrf())
                .param("version", String.valueOf(version(id))).param("occ_" + item, "2"))
                .andExpect(redirectedUrlPattern("/quality/inspections/*"));
        for (String step : new String[] {"SUBMIT", "REVIEW", "SIGN_OFF"}) {
            mvc.perform(post("/quality/inspections/" + id + "/steps").session(admin).with(csrf())
                    .param("step", step).param("version", String.valueOf(version(id))))
                    .andExpect(redirectedUrlPattern("/quality/inspections/*"));
        }
        // The administrator is the inspector: reviewing their own inspection is refused, so it stays submitted.
        assertThat(jdbc.queryForObject("select status from quality_inspection where id = ?", String.class, id))
                .isEqualTo("SUBMITTED");

        byte[] xlsx = mvc.perform(get("/quality/findings/export?unitId=" + h.wardA().id()).session(admin))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", containsString("spreadsheetml")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("单位");
        }
        mvc.perform(get("/quality/rankings?templateId=" + template + "&period=" + TODAY.getYear()).session(admin))
                .andExpect(status().isOk()).andExpect(content().string(containsString("ranking-table")));
        mvc.perform(get("/quality/rankings/export?templateId=" + template + "&period=" + TODAY.getYear()).session(admin))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", containsString("spreadsheetml")));
        mvc.perform(get("/quality/findings?lang=en").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Findings")));
    }

    @Test
    void aCrossRoundAssigningAWardToItselfIsRefusedOnTheForm() throws Exception {
        MockHttpSession admin = adminSession();
        TestFixtures.Hospital h = fixtures.hospital();
        mvc.perform(post("/quality/rounds").session(admin).with(csrf()).param("kind", "CROSS")
                        .param("templateId", String.valueOf(seeded("NQ"))).param("parentUnitId", String.valueOf(h.department().id()))
                        .param("inspectionDate", TODAY.toString())
                        .param("assignments[0].inspectingUnitId", String.valueOf(h.wardB().id()))
                        .param("assignments[0].inspectedUnitId", String.valueOf(h.wardB().id())))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("病区不能检查自己")));
        mvc.perform(post("/quality/rounds").session(admin).with(csrf()).param("kind", "CROSS")
                        .param("templateId", String.valueOf(seeded("NQ"))).param("parentUnitId", String.valueOf(h.department().id()))
                        .param("inspectionDate", TODAY.toString())
                        .param("assignments[0].inspectingUnitId", String.valueOf(h.wardB().id()))
                        .param("assignments[0].inspectedUnitId", String.valueOf(h.wardA().id())))
                .andExpect(redirectedUrlPattern("/quality/rounds/*"));
        assertThat(jdbc.queryForObject("select count(*) from quality_inspection where unit_id = ? and inspecting_unit_id = ?",
                Long.class, h.wardA().id(), h.wardB().id())).isEqualTo(1);
    }

    @Test
    void aChecklistWrittenOnThePageIsVersionedWhenEditedAfterUse() throws Exception {
        MockHttpSession admin = adminSession();
        TestFixtures.Hospital h = fixtures.hospital();
        String name = TestFixtures.unique("手卫生检查表");
        String location = mvc.perform(post("/quality/templates").session(admin).with(csrf()).param("name", name)
                        .param("kind", "OTHER").param("items[0].section", "手卫生").param("items[0].text", "洗手指征掌握")
                        .param("items[0].maxPoints", "60").param("items[0].deductionPerTime", "10")
                        .param("items[1].text", "六步洗手法正确").param("items[1].maxPoints", "40")
                        .param("items[1].deductionPerTime", "5").param("items[1].veto", "true")
                        .param("items[2].text", "").param("items[2].maxPoints", ""))
                .andExpect(redirectedUrlPattern("/quality/templates/*")).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jdbc.queryForObject("select count(*) from quality_template_item where template_id = ?", Long.class, id))
                .isEqualTo(2);
        mvc.perform(post("/quality/templates/" + id + "/activate").session(admin).with(csrf()).param("version", "0"))
                .andExpect(redirectedUrlPattern("/quality/templates/*"));
        start(admin, h.wardA().id(), id);
        long version = jdbc.queryForObject("select version from quality_template where id = ?", Long.class, id);
        String next = mvc.perform(post("/quality/templates/" + id).session(admin).with(csrf()).param("name", name)
                        .param("kind", "OTHER").param("version", String.valueOf(version))
                        .param("items[0].text", "洗手指征掌握").param("items[0].maxPoints", "50").param("items[0].deductionPerTime", "10")
                        .param("items[1].text", "六步洗手法正确").param("items[1].maxPoints", "50").param("items[1].deductionPerTime", "5"))
                .andExpect(redirectedUrlPattern("/quality/templates/*")).andReturn().getResponse().getRedirectedUrl();
        assertThat(next).isNotEqualTo(location);
        assertThat(jdbc.queryForObject("select status from quality_template where id = ?", String.class, id)).isEqualTo("RETIRED");
        mvc.perform(post("/quality/templates/" + id).session(admin).with(csrf()).param("name", "").param("kind", "OTHER")
                        .param("version", String.valueOf(version + 1)))
                .andExpect(status().is4xxClientError());
    }
}
