package org.yuanwu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.yuanwu.support.TestFixtures;

/**
 * The spine in a real browser: a ward's annual plan gets an item with an indicator target,
 * the office enters the figures, and the plan's progress and the indicator dashboard follow.
 */
class PlanAndDashboardBrowserIT extends BrowserTest {

    @Test
    void aPlanWithAnIndicatorTargetFollowsTheFiguresEnteredAndSoDoesTheDashboard() {
        TestFixtures.Hospital h = fixtures.hospital();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String title = "心内科病区" + today.getYear() + "年健康教育工作计划";

        signInAs("admin", ADMIN_PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));

        // Draft the ward's annual plan.
        open("/plans/new");
        new Select(browser.findElement(By.id("unitId"))).selectByValue(String.valueOf(h.wardA().id()));
        new Select(browser.findElement(By.id("kind"))).selectByValue("ANNUAL");
        WebElement year = browser.findElement(By.id("year"));
        year.clear();
        year.sendKeys(String.valueOf(today.getYear()));
        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.id("plan-save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("plan-status")));
        String planUrl = browser.getCurrentUrl();

        // An item: at least 12 health lectures this year.
        browser.findElement(By.id("btn-add-item")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("item-form")));
        browser.findElement(By.id("text")).sendKeys("全年开展健康教育讲座不少于12次");
        browser.findElement(By.cssSelector("input[name=kind][value=INDICATOR]")).click();
        new Select(browser.findElement(By.id("indicatorCode"))).selectByValue("education.lectures");
        new Select(browser.findElement(By.id("comparator"))).selectByValue("AT_LEAST");
        browser.findElement(By.id("target")).sendKeys("12");
        browser.findElement(By.id("item-save")).click();
        WebElement status = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#items-table .item-status")));
        assertThat(status.getText()).isEqualTo("暂无数据");

        // The office enters the lectures held so far.
        open("/facts");
        new Select(browser.findElement(By.id("measureCode"))).selectByValue("education.lectures");
        new Select(browser.findElement(By.id("fact-unit"))).selectByValue(String.valueOf(h.wardA().id()));
        ((JavascriptExecutor) browser).executeScript("document.getElementById('date').value = arguments[0]", today.toString());
        browser.findElement(By.id("value")).sendKeys("12");
        browser.findElement(By.id("fact-save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));

        // The plan item is achieved, and the ward's dashboard shows the 12 lectures.
        browser.get(planUrl);
        status = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#items-table .item-status")));
        assertThat(status.getText()).isEqualTo("已达成");
        open("/indicators?unitId=" + h.wardA().id() + "&period=" + today.getYear());
        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("row-education.lectures")));
        assertThat(row.findElement(By.className("value")).getText()).isEqualTo("12 次");
        assertThat(row.getText()).contains("达标");
        // Drill down to the department: the ward's lectures count there too.
        open("/indicators/education.lectures?unitId=" + h.department().id() + "&period=" + today.getYear());
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("indicator-value"))).getText()).startsWith("12");
        assertThat(browser.findElement(By.id("ranking-table")).getText()).contains("心内科病区");
    }
}
