package org.yuanwu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.yuanwu.common.DataScope;
import org.yuanwu.identity.Role;
import org.yuanwu.identity.UserAccounts;
import org.yuanwu.identity.UserForm;
import org.yuanwu.organization.StaffView;
import org.yuanwu.support.TestFixtures;

/**
 * The union officer plans an activity for today, a nurse signs herself up, the officer records that she came;
 * then the officer registers an honour, recommends it and records it awarded, and the honours list shows it.
 */
class UnionActivityBrowserIT extends BrowserTest {

    private static final String PASSWORD = "Passw0rd-Browser";

    @Autowired
    UserAccounts users;

    private void setDate(String id, LocalDate value) {
        WebElement input = browser.findElement(By.id(id));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", input, value.toString());
    }

    @Test
    void anOfficerPlansAnActivityANurseSignsUpAttendanceIsRecordedAndAnAwardedHonourIsListed() {
        TestFixtures.Hospital h = fixtures.hospital();
        StaffView nurse = fixtures.staff(h.wardA().id());
        String officer = TestFixtures.unique("uo").toLowerCase();
        users.create(UserForm.of(officer, "工会干事", null, h.hospital().id(), DataScope.SUBTREE, EnumSet.of(Role.UNION_OFFICER)),
                PASSWORD);
        String nurseUser = TestFixtures.unique("nu").toLowerCase();
        users.create(UserForm.of(nurseUser, nurse.name(), nurse.id(), h.wardA().id(), DataScope.OWN_UNIT,
                EnumSet.of(Role.STAFF_MEMBER)), PASSWORD);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String title = "病区趣味运动会 " + TestFixtures.unique("B");

        signInAs(officer, PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
        openMenu("menu-union", "nav-activities");
        clickCentered(By.id("btn-new-activity"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("title"))).sendKeys(title);
        new Select(browser.findElement(By.id("kind"))).selectByValue("SPORTS_CULTURE");
        setDate("heldOn", today);
        browser.findElement(By.id("place")).sendKeys("院内运动场");
        new Select(browser.findElement(By.id("organiserUnitId"))).selectByValue(String.valueOf(h.hospital().id()));
        browser.findElement(By.id("capacity")).sendKeys("20");
        clickCentered(By.id("activity-save"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("activity-title"))).getText()).isEqualTo(title);
        String activityUrl = browser.getCurrentUrl();
        signOut();

        signInAs(nurseUser, PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
        openMenu("menu-union", "nav-activities");
        clickCentered(By.linkText(title));
        clickCentered(By.id("btn-signup"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-up-badge")));
        assertThat(browser.findElement(By.id("signup-count")).getText()).isEqualTo("1 / 20");
        signOut();

        signInAs(officer, PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
        browser.get(activityUrl);
        clickCentered(By.id("attended-" + nurse.id()));
        clickCentered(By.id("btn-save-attendance"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
        assertThat(browser.findElement(By.id("attended-count")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("activity-status")).getText()).isEqualTo("已举办");

        String honour = "优秀护士 " + TestFixtures.unique("H");
        open("/union/activities/honours/new");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("title"))).sendKeys(honour);
        new Select(browser.findElement(By.id("level"))).selectByValue("CITY");
        browser.findElement(By.id("awardingBody")).sendKeys("市卫生健康委员会");
        new Select(browser.findElement(By.id("staffId"))).selectByValue(String.valueOf(nurse.id()));
        clickCentered(By.id("honour-save"));
        clickCentered(By.id("btn-recommend"));
        clickCentered(By.id("btn-award"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("honour-status"), "已授予"));
        open("/union/activities/honours");
        WebElement table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("honours-table")));
        assertThat(table.getText()).contains(honour).contains(nurse.name()).contains("已授予");
    }
}
