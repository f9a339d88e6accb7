package org.yuanwu.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.web.servlet.FlashMap;
import org.yuanwu.common.DataScope;
import org.yuanwu.identity.Role;
import org.yuanwu.support.IntegrationTest;
import org.yuanwu.support.TestFixtures;

/** The plan pages: what a person sees and what their form posts leave in the database. */
class PlanPagesIT extends IntegrationTest {

    private static final int THIS_YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    private long createPlanFromThePage(MockHttpSession session, Long unitId, String title) throws Exception {
        String location = mvc.perform(post("/plans").session(session).with(csrf()).param("kind", "ANNUAL")
                        .param("year", String.valueOf(THIS_YEAR)).param("unitId", String.valueOf(unitId))
                        .param("title", title).param("goals", "提高护理质量"))
                .andExpect(redirectedUrlPattern("/plans/*")).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void aPlanIsDraftedItemsAddedAndBadTargetsShownBesideTheField() throws Exception {
        MockHttpSession admin = adminSession();
        TestFixtures.Hospital h = fixtures.hospital();
        long planId = createPlanFromThePage(admin, h.wardA().id(), "心内科病区护理工作计划");

        mvc.perform(post("/plans/" + planId + "/items").session(admin).with(csrf()).param("text", "健康讲座")
                        .param("kind", "INDICATOR").param("indicatorCode", "education.lectures")
                        .param("comparator", "AT_LEAST").param("target", "十二"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"target-error\""), containsString("不是数字"))));
        mvc.perform(post("/plans/" + planId + "/items").session(admin).with(csrf()).param("text", "健康讲座")
                        .param("kind", "INDICATOR").param("indicatorCode", "education.lectures")
                        .param("comparator", "AT_LEAST").param("target", "12")
                        .param("coveredUnitIds", String.valueOf(h.wardB().id())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"coveredUnitIds-error\"")));
        assertThat(jdbc.queryForObject("select count(*) from plan_item where plan_id = ?", Long.class, planId)).isZero();

        mvc.perform(post("/plans/" + planId + "/items").session(admin).with(csrf()).param("text", "全年健康讲座不少于12次")
                        .param("category", "健康教育").param("kind", "INDICATOR").param("indicatorCode", "education.lectures")
                        .param("comparator", "AT_LEAST").param("target", "12"))
                .andExpect(redirectedUrlPattern("/plans/*"));
        mvc.perform(post("/plans/" + planId + "/items").session(admin).with(csrf()).param("text", "完成手卫生培训")
                        .param("kind", "DELIVERABLE").param("dueDate", THIS_YEAR + "-12-31"))
                .andExpect(redirectedUrlPattern("/plans/*"));

        mvc.perform(get("/plans/" + planId).session(admin)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"items-table\""), containsString("全年健康讲座不少于12次"),
                        containsString("≥ 12"), containsString("完成手卫生培训"), containsString("id=\"plan-progress\""),
                        containsString("id=\"btn-submit\""), containsString("草稿"))));
        mvc.perform(get("/plans").param("year", String.valueOf(THIS_YEAR)).param("unitId", String.valueOf(h.hospital().id()))
                        .session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("plan-row-" + planId), containsString("心内科病区护理工作计划"))));
        mvc.perform(get("/plans/" + planId).param("lang", "en").session(admin))
                .andExpect(content().string(allOf(containsString("Items"), containsString("Draft"), containsString("Submit for approval"))));
        mvc.perform(get("/plans/" + planId).param("lang", "zh-CN").session(admin)).andExpect(status().isOk());

        // The dashboard of the department loads the plan panel, which lists the ward's plan with its progress.
        mvc.perform(get("/indicators").param("unitId", String.valueOf(h.department().id()))
                        .param("period", String.valueOf(THIS_YEAR)).session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/plans/panel?unitId=" + h.department().id() + "&amp;year=" + THIS_YEAR)));
        mvc.perform(get("/plans/panel").param("unitId", String.valueOf(h.department().id()))
                        .param("year", String.valueOf(THIS_YEAR)).session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(THIS_YEAR + "年工作计划进度"),
                        containsString("id=\"plan-panel-row-" + planId + "\""),
                        containsString("心内科病区护理工作计划"), containsString("草稿"), containsString("plan-panel-percent"))));
        // A ward beside it has no plans: the panel says so rather than showing an empty table.
        mvc.perform(get("/plans/panel").param("unitId", String.valueOf(h.wardB().id()))
                        .param("year", String.valueOf(THIS_YEAR)).session(admin))
                .andExpect(content().string(allOf(containsString("plan-panel-empty"), not(containsString("plan-panel-row-")))));
        // The dashboard's table exports to Excel, one row per indicator shown.
        byte[] xlsx = mvc.perform(get("/indicators/export").param("unitId", String.valueOf(h.department().id()))
                        .param("period", String.valueOf(THIS_YEAR)).param("q", "education.lectures").session(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("指标");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("education.lectures");
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("无数据");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
        }
    }

    @Test
    void theAuthorSeesWhyTheyCannotApproveTheirOwnPlanAndReturningNeedsAComment() throws Exception {
        MockHttpSession admin = adminSession();
        TestFixtures.Hospital h = fixtures.hospital();
        long planId = createPlanFromThePage(admin, h.wardA().id(), "病区计划");
        mvc.perform(post("/plans/" + planId + "/items").session(admin).with(csrf()).param("text", "院感自查")
                .param("kind", "DELIVERABLE")).andExpect(redirectedUrlPattern("/plans/*"));
        long version = jdbc.queryForObject("select version from plan_plan where id = ?", Long.class, planId);
        mvc.perform(post("/plans/" + planId + "/transition").session(admin).with(csrf()).param("action", "submit")
                .param("version", String.valueOf(version))).andExpect(redirectedUrlPattern("/plans/*"));

        mvc.perform(get("/plans/" + planId).session(admin))
                .andExpect(content().string(allOf(containsString("id=\"approval-blocked\""), not(containsString("id=\"btn-approve\"")))));
        version = jdbc.queryForObject("select version from plan_plan where id = ?", Long.class, planId);
        FlashMap flash = mvc.perform(post("/plans/" + planId + "/transition").session(admin).with(csrf())
                        .param("action", "approve").param("version", String.valueOf(version)))
                .andExpect(redirectedUrlPattern("/plans/*")).andReturn().getFlashMap();
        mvc.perform(get("/plans/" + planId).session(admin).flashAttrs(flash))
                .andExpect(content().string(containsString("不能审批自己制定或提交的计划")));
        // The nursing department returns it: not without a comment.
        fixtures.tokenFor(EnumSet.of(Role.NURSING_DEPARTMENT), DataScope.ALL, null);
        MockHttpSession director = signIn(jdbc.queryForObject(
                "select username from identity_user where id = (select max(id) from identity_user)", String.class), "Passw0rd-Test");
        mvc.perform(get("/plans/" + planId).session(director))
                .andExpect(content().string(allOf(containsString("id=\"btn-approve\""), containsString("id=\"btn-return\""))));
        flash = mvc.perform(post("/plans/" + planId + "/transition").session(director).with(csrf())
                        .param("action", "return").param("version", String.valueOf(version)).param("comment", ""))
                .andExpect(redirectedUrlPattern("/plans/*")).andReturn().getFlashMap();
        mvc.perform(get("/plans/" + planId).session(director).flashAttrs(flash))
                .andExpect(content().string(containsString("退回计划时必须填写意见")));
        assertThat(jdbc.queryForObject("select status from plan_plan where id = ?", String.class, planId)).isEqualTo("SUBMITTED");

        mvc.perform(post("/plans/" + planId + "/comments").session(admin).with(csrf()).param("text", "请各病区按时上报"))
                .andExpect(redirectedUrlPattern("/plans/*"));
        mvc.perform(get("/plans/" + planId).session(admin))
                .andExpect(content().string(allOf(containsString("请各病区按时上报"), containsString("id=\"plan-history\""))));
    }

    @Test
    void anEvidenceUploadThroughThePageIsTypeCheckedAndListed() throws Exception {
        MockHttpSession admin = adminSession();
        TestFixtures.Hospital h = fixtures.hospital();
        long planId = createPlanFromThePage(admin, h.department().id(), "内科院感计划");
        mvc.perform(post("/plans/" + planId + "/items").session(admin).with(csrf()).param("text", "环境卫生学监测")
                .param("kind", "DELIVERABLE")).andExpect(redirectedUrlPattern("/plans/*"));
        long itemId = jdbc.queryForObject("select id from plan_item where plan_id = ?", Long.class, planId);
        // Approved by the system itself (the admin drafted it): straight in the database, as a fixture.
        jdbc.update("update plan_plan set status = 'IN_PROGRESS' where id = ?", planId);

        String upload = "/plans/" + planId + "/items/" + itemId + "/attachments";
        FlashMap flash = mvc.perform(multipart(upload).file(new MockMultipartFile("file", "run.sh", "text/plain",
                        "#!/bin/sh\necho hi\n".getBytes())).session(admin).with(csrf()))
                .andExpect(redirectedUrlPattern("/plans/*/items/*")).andReturn().getFlashMap();
        mvc.perform(get("/plans/" + planId + "/items/" + itemId).session(admin).flashAttrs(flash))
                .andExpect(content().string(allOf(containsString("可执行程序或脚本"), containsString("id=\"attachments-empty\""))));
        assertThat(jdbc.queryForObject("select count(*) from plan_attachment where item_id = ?", Long.class, itemId)).isZero();

        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
        mvc.perform(multipart(upload).file(new MockMultipartFile("file", "监测报告", "image/png", png)).session(admin).with(csrf()))
                .andExpect(redirectedUrlPattern("/plans/*/items/*"));
        mvc.perform(get("/plans/" + planId + "/items/" + itemId).session(admin))
                .andExpect(content().string(allOf(containsString("监测报告.png"), containsString("12 B"), containsString("id=\"btn-done\""))));
    }
}
