package org.yuanwu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
 * A head nurse runs a ward training in a real browser: she adds a course and a session for her
 * ward, ticks attendance on the tablet sheet, and the course page and the attendance-rate
 * indicator of her ward follow.
 */
class TrainingSessionBrowserIT extends BrowserTest {

    @Autowired
    UserAccounts users;

    @Test
    void aHeadNurseRunsAWardTrainingAndSeesItsAttendanceRate() {
        TestFixtures.Hospital h = fixtures.hospital();
        StaffView first = fixtures.staff(h.wardA().id());
        StaffView second = fixtures.staff(h.wardA().id());
        StaffView third = fixtures.staff(h.wardA().id());
        String username = TestFixtures.unique("hn").toLowerCase();
        users.create(UserForm.of(username, "护士长", null, h.wardA().id(), DataScope.OWN_UNIT, EnumSet.of(Role.HEAD_NURSE)),
                "Passw0rd-Browser");

        signInAs(username, "Passw0rd-Browser");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
        openMenu("menu-training", "nav-training");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("btn-new-course"))).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("topic"))).sendKeys("心内科病区急救技能培训");
        new Select(browser.findElement(By.id("category"))).selectByValue("SPECIALTY");
        WebElement hours = browser.findElement(By.id("creditHours"));
        hours.clear();
        hours.sendKeys("1.5");
        new Select(browser.findElement(By.id("unitId"))).selectByValue(String.valueOf(h.wardA().id()));
        browser.findElement(By.id("course-save")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("btn-new-session"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("place"))).sendKeys("示教室");
        browser.findElement(By.id("lecturerName")).sendKeys("张主任");
        browser.findElement(By.id("session-save")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-code"))).getText()).hasSize(6);
        assertThat(browser.findElement(By.id("invitees-table")).getText()).contains(first.name(), second.name(), third.name());

        browser.findElement(By.id("btn-attendance")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("label[for='present-" + first.id() + "']"))).click();
        browser.findElement(By.cssSelector("label[for='present-" + second.id() + "']")).click();
        browser.findElement(By.cssSelector("label[for='absent-" + third.id() + "']")).click();
        new Select(browser.findElement(By.id("reason-" + third.id()))).selectByValue("NIGHT_SHIFT");
        browser.findElement(By.id("attendance-save")).click();

        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice"))).getText()).contains("出勤已保存");
        assertThat(browser.findElement(By.id("session-status")).getText()).isEqualTo("已举办");
        browser.findElement(By.id("back-to-course")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("course-attendance"))).getText())
                .contains("应到 3 人次，实到 2 人次");

        browser.findElement(By.id("attendance-indicator")).click();
        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("row-nursing.training_attendance_rate")));
        // The session is tomorrow; on 31 December that is next year, outside the year the page shows.
        if (LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(1).getYear() == LocalDateTime.now(ZoneId.of("Asia/Shanghai")).getYear()) {
            assertThat(row.findElement(By.className("value")).getText()).startsWith("66.7");
        }
    }
}
