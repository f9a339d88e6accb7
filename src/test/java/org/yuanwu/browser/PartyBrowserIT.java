package org.yuanwu.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.http.MediaType;
import org.yuanwu.common.DataScope;
import org.yuanwu.identity.Role;
import org.yuanwu.organization.StaffView;
import org.yuanwu.support.TestFixtures;

/**
 * The party officer sees a branch reminded of last month's committee meeting, records it, and the reminder is gone;
 * a department head records a refused red envelope and finds it in her ward's conduct total.
 */
class PartyBrowserIT extends BrowserTest {

    @Test
    void theOfficerRecordsTheMissedMeetingAndTheDepartmentHeadSeesTheRefusedEnvelopeInTheTotal() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        String admin = "Bearer " + fixtures.adminToken();
        String branchName = TestFixtures.unique("心内科党支部");
        String body = mvc.perform(post("/api/v1/party/branches").header("Authorization", admin)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"" + branchName
                                + "\",\"establishedOn\":\"2016-07-01\",\"unitIds\":[" + h.wardA().id() + "]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long branch = Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+),.*", "$1"));
        StaffView nurse = fixtures.staff(h.wardA().id());
        mvc.perform(post("/api/v1/party/members").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                .content("{\"branchId\":" + branch + ",\"staffId\":" + nurse.id()
                        + ",\"status\":\"FULL\",\"joinedOn\":\"2012-07-01\"}")).andExpect(status().isCreated());
        long member = jdbc.queryForObject("select id from party_member where staff_id = ?", Long.class, nurse.id());
        String officer = fixtures.userFor(EnumSet.of(Role.PARTY_OFFICER), DataScope.SUBTREE, h.hospital().id());
        LocalDate lastMonth = LocalDate.now(ZoneId.of("Asia/Shanghai")).withDayOfMonth(1).minusMonths(1);

        signInAs(officer, TestFixtures.PASSWORD);
        openMenu("menu-party", "nav-party");
        By reminder = By.id("reminder-" + branch + "-COMMITTEE");
        wait.until(ExpectedConditions.visibilityOfElementLocated(reminder));
        clickCentered(By.cssSelector("#reminder-" + branch + "-COMMITTEE a"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("meeting-form")));
        assertThat(new Select(browser.findElement(By.id("kind"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("COMMITTEE");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('heldOn').value = arguments[0]",
                lastMonth.plusDays(14).toString());
        browser.findElement(By.id("topic")).sendKeys("研究本月发展党员工作");
        browser.findElement(By.id("minutes")).sendKeys("支委会讨论通过两名入党积极分子。");
        clickCentered(By.id("present-" + member));
        clickCentered(By.id("meeting-save"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("meeting-topic")));
        assertThat(browser.findElement(By.id("meeting-present")).getText()).isEqualTo("1 / 1");

        clickCentered(By.id("tab-home"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reminders-table")));
        assertThat(browser.findElements(reminder)).isEmpty();
        assertThat(browser.findElements(By.id("reminder-" + branch + "-GROUP"))).hasSize(1);
        signOut();

        String head = fixtures.userFor(EnumSet.of(Role.DEPARTMENT_HEAD), DataScope.SUBTREE, h.department().id());
        signInAs(head, TestFixtures.PASSWORD);
        openMenu("menu-party", "nav-conduct");
        clickCentered(By.id("btn-new-conduct"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("conduct-form")));
        new Select(browser.findElement(By.id("kind"))).selectByValue("GIFT_REFUSED");
        new Select(browser.findElement(By.id("unitId"))).selectByValue(String.valueOf(h.wardA().id()));
        browser.findElement(By.id("description")).sendKeys("患者家属出院时塞红包，护士长当场婉拒");
        browser.findElement(By.id("amountYuan")).sendKeys("800");
        new Select(browser.findElement(By.id("handling"))).selectByValue("RETURNED");
        clickCentered(By.id("conduct-save"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("conduct-amount")));
        assertThat(browser.findElement(By.id("conduct-kind")).getText()).isEqualTo("拒收红包礼品");

        clickCentered(By.id("tab-totals"));
        By total = By.id("total-" + h.wardA().id());
        wait.until(ExpectedConditions.visibilityOfElementLocated(total));
        assertThat(browser.findElement(total).findElement(By.className("count-GIFT_REFUSED")).getText()).isEqualTo("1");
        assertThat(browser.findElement(total).findElement(By.className("yuan")).getText()).isEqualTo("800.00");
    }
}
