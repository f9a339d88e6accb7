package org.yuanwu.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.yuanwu.common.DataScope;
import org.yuanwu.identity.Role;
import org.yuanwu.identity.UserAccounts;
import org.yuanwu.identity.UserForm;
import org.yuanwu.support.TestFixtures;

/**
 * The rectification loop in a real browser: an inspector scores a ward on the tablet page, the
 * head nurse reviews it, the nursing department signs it off, the head nurse answers the finding
 * with a photo, the inspector rejects once and then accepts, and the ward's score, its open
 * findings and the indicator dashboard follow.
 */
class QualityInspectionBrowserIT extends BrowserTest {

    private static final String PASSWORD = "Passw0rd-Test";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    @Autowired
    UserAccounts users;

    private String user(Role role, DataScope scope, Long unitId) {
        String name = TestFixtures.unique("q").toLowerCase();
        users.create(UserForm.of(name, "测试" + role, null, unitId, scope, EnumSet.of(role)), PASSWORD);
        return name;
    }

    private void as(String username) {
        if (!browser.findElements(By.id("logout")).isEmpty()) {
            signOut();
        }
        signInAs(username, PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("logout")));
    }

    /** Clicks through the DOM: on the long tablet page the button may lie below the headless window. */
    private void click(String id) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].click()", browser.findElement(By.id(id)));
    }

    private String text(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).getText();
    }

    @Test
    void anInspectionScoredOnTheTabletBecomesAFindingThatIsAnsweredRejectedAndAccepted() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String inspector = user(Role.QUALITY_OFFICER, DataScope.SUBTREE, h.hospital().id());
        String headNurse = user(Role.HEAD_NURSE, DataScope.OWN_UNIT, h.wardA().id());
        long template = jdbc.queryForObject("select id from quality_template where family_code = 'NQ' and status = 'ACTIVE'", Long.class);
        long educationItem = jdbc.queryForObject("select id from quality_template_item where template_id = ? and item_code = 'NQ-10'",
                Long.class, template);

        // The inspector starts an inspection of ward A and deducts one occurrence on the health-education item.
        as(inspector);
        open("/quality/inspections/new");
        new Select(browser.findElement(By.id("unitId"))).selectByValue(String.valueOf(h.wardA().id()));
        new Select(browser.findElement(By.id("templateId"))).selectByValue(String.valueOf(template));
        click("btn-create");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("score-form")));
        String inspectionUrl = browser.getCurrentUrl();
        var occurrences = browser.findElement(By.id("occ_" + educationItem));
        occurrences.clear();
        occurrences.sendKeys("1");
        browser.findElement(By.id("note_" + educationItem)).sendKeys("2床患者不知晓所用药物作用");
        click("btn-save-scores");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
        assertThat(text("inspection-score")).isEqualTo("98.0");
        click("btn-submit");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
        assertThat(text("inspection-status")).isEqualTo("待审核");

        // The head nurse reviews; the nursing department signs off (over the API), which publishes it.
        as(headNurse);
        browser.get(inspectionUrl);
        click("btn-review");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
        assertThat(text("inspection-status")).isEqualTo("待签发");
        long inspectionId = Long.parseLong(inspectionUrl.substring(inspectionUrl.lastIndexOf('/') + 1));
        long version = jdbc.queryForObject("select version from quality_inspection where id = ?", Long.class, inspectionId);
        String nursingDepartment = fixtures.tokenFor(EnumSet.of(Role.NURSING_DEPARTMENT), DataScope.SUBTREE, h.hospital().id());
        mvc.perform(post("/api/v1/quality/inspections/" + inspectionId + "/steps")
                        .header("Authorization", "Bearer " + nursingDepartment).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"step\":\"SIGN_OFF\",\"version\":" + version + "}"))
                .andExpect(status().isOk());

        // The head nurse sees the open finding of her ward and answers it with a photo.
        open("/quality/findings/mine");
        assertThat(text("finding-count")).isEqualTo("1");
        browser.findElement(By.cssSelector("#findings-table .finding-link")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("answer-form")));
        String findingUrl = browser.getCurrentUrl();
        browser.findElement(By.id("correctiveAction")).sendKeys("责任护士对2床患者重新进行用药宣教并复述确认");
        Path photo = Files.createTempFile("evidence", ".png");
        Files.write(photo, PNG);
        browser.findElement(By.id("evidence")).sendKeys(photo.toAbsolutePath().toString());
        click("btn-answer");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
        assertThat(text("finding-status")).isEqualTo("待验证");
        assertThat(browser.findElements(By.id("finding-evidence"))).hasSize(1);

        // The inspector rejects it once, with a reason.
        as(inspector);
        browser.get(findingUrl);
        browser.findElement(By.id("reject-reason")).sendKeys("宣教记录未签名");
        click("btn-reject");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
        assertThat(text("finding-status")).isEqualTo("待整改");
        assertThat(text("finding-reject-reason")).isEqualTo("宣教记录未签名");

        // The head nurse answers again (the photo stays attached), and the inspector accepts.
        as(headNurse);
        browser.get(findingUrl);
        var action = browser.findElement(By.id("correctiveAction"));
        action.clear();
        action.sendKeys("已补签宣教记录，护士长复查合格");
        click("btn-answer");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
        as(inspector);
        browser.get(findingUrl);
        click("btn-accept");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
        assertThat(text("finding-status")).isEqualTo("已关闭");

        // The ward's score, its open findings and the dashboard follow.
        browser.get(inspectionUrl);
        assertThat(text("inspection-score")).isEqualTo("98.0");
        assertThat(text("inspection-status")).isEqualTo("已发布");
        assertThat(browser.findElement(By.id("inspection-findings")).getText()).contains("已关闭");
        open("/quality/findings?unitId=" + h.wardA().id() + "&status=OPEN");
        assertThat(text("finding-count")).isEqualTo("0");
        open("/indicators?unitId=" + h.wardA().id() + "&period=" + today.getYear());
        var score = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("row-quality.inspection_score")));
        assertThat(score.findElement(By.className("value")).getText()).startsWith("98");
        var onTime = browser.findElement(By.id("row-quality.rectification_on_time_rate"));
        assertThat(onTime.findElement(By.className("value")).getText()).startsWith("100");
    }
}
