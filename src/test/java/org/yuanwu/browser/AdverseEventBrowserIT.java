package org.yuanwu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.yuanwu.common.DataScope;
import org.yuanwu.identity.Role;
import org.yuanwu.identity.UserAccounts;
import org.yuanwu.identity.UserForm;
import org.yuanwu.support.TestFixtures;

/**
 * A nurse reports a fall in a real browser; the quality officer triages it, records the root-cause analysis and a
 * corrective action, and the action appears as a finding in the quality findings list.
 */
class AdverseEventBrowserIT extends BrowserTest {

    @Autowired
    UserAccounts users;

    @Test
    void aNurseReportsAndTheQualityOfficerTriagesAnalysesAndOpensAFinding() {
        TestFixtures.Hospital h = fixtures.hospital();
        String nurse = TestFixtures.unique("nurse").toLowerCase();
        users.create(UserForm.of(nurse, "护士", null, h.wardA().id(), DataScope.OWN_UNIT, EnumSet.of(Role.STAFF_MEMBER)),
                "Passw0rd-Browser");
        String officer = TestFixtures.unique("qo").toLowerCase();
        users.create(UserForm.of(officer, "质控员", null, h.hospital().id(), DataScope.SUBTREE, EnumSet.of(Role.QUALITY_OFFICER)),
                "Passw0rd-Browser");
        String description = TestFixtures.unique("患者夜间下床如厕时跌倒");
        String action = TestFixtures.unique("跌倒高危患者夜间巡视");

        signInAs(nurse, "Passw0rd-Browser");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
        openMenu("menu-quality", "nav-adverse-events");
        clickCentered(By.id("btn-new-event"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("level-help")));
        new Select(browser.findElement(By.id("unitId"))).selectByValue(String.valueOf(h.wardA().id()));
        new Select(browser.findElement(By.id("type"))).selectByValue("FALL");
        new Select(browser.findElement(By.id("level"))).selectByValue("III");
        browser.findElement(By.id("place")).sendKeys("卫生间");
        browser.findElement(By.id("description")).sendKeys(description);
        browser.findElement(By.id("immediateActions")).sendKeys("扶起患者，通知值班医生");
        clickCentered(By.id("event-save"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("event-status"))).getText()).isEqualTo("待核查");
        String eventUrl = browser.getCurrentUrl();
        signOut();

        signInAs(officer, "Passw0rd-Browser");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
        browser.get(eventUrl);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("triage-form")));
        new Select(browser.findElement(By.id("triage-decision"))).selectByValue("ACCEPT");
        clickCentered(By.id("btn-triage"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rca-form"))).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("event-status")).getText()).isEqualTo("已受理");

        browser.findElement(By.id("timelineAt-0")).sendKeys("02:10");
        browser.findElement(By.id("timelineEntry-0")).sendKeys("患者自行下床如厕");
        browser.findElement(By.id("cause_ENVIRONMENT")).sendKeys("卫生间地面湿滑");
        browser.findElement(By.id("why-0")).sendKeys("为什么跌倒？地面湿滑");
        browser.findElement(By.id("rca-summary-input")).sendKeys("夜间防跌倒措施未落实");
        clickCentered(By.id("btn-rca"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rca-view"))).getText())
                .contains("夜间防跌倒措施未落实");

        browser.findElement(By.id("action-description")).sendKeys(action);
        browser.findElement(By.id("action-text")).sendKeys("高危患者每2小时巡视");
        clickCentered(By.id("btn-add-action"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("tr[id^='action-row-']"))).getText())
                .contains(action, "待整改");

        open("/quality/findings?unitId=" + h.wardA().id());
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("findings-table"))).getText()).contains(action);
        clickCentered(By.linkText(action));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("finding-source"))).getText()).contains("不良事件");
    }
}
