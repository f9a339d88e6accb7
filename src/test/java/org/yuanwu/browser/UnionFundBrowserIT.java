package org.yuanwu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.yuanwu.common.DataScope;
import org.yuanwu.identity.Role;
import org.yuanwu.organization.StaffView;
import org.yuanwu.support.TestFixtures;

/**
 * The union officer registers a member, records the member's dues, requests an expense; a hospital leader
 * approves it at the affairs meeting; the officer pays it; the month's statement shows the funds at hand.
 */
class UnionFundBrowserIT extends BrowserTest {

    @Test
    void anOfficerRecordsDuesAndAnExpenseALeaderApprovesItIsPaidAndTheStatementShowsTheBalance() {
        TestFixtures.Hospital h = fixtures.hospital();
        StaffView staff = fixtures.staff(h.wardA().id());
        String officer = fixtures.userFor(Set.of(Role.UNION_OFFICER), DataScope.SUBTREE, h.hospital().id());
        String leader = fixtures.userFor(Set.of(Role.LEADERSHIP), DataScope.SUBTREE, h.hospital().id());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        signInAs(officer, TestFixtures.PASSWORD);
        openMenu("menu-union", "nav-union-members");
        clickCentered(By.id("btn-new-member"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("employeeNo"))).sendKeys(staff.employeeNo());
        clickCentered(By.id("member-save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("member-title"), staff.name()));

        browser.findElement(By.id("monthlyBase")).sendKeys("6000");
        clickCentered(By.id("wage-save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#wage-table .monthly-dues"), "30.00"));

        openMenu("menu-union", "nav-union-members");
        clickCentered(By.id("tab-dues"));
        clickCentered(By.id("generate-save"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("generated")));
        clickCentered(By.cssSelector("#dues-table input[name=periodIds]"));
        clickCentered(By.id("pay-save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#dues-table .paid-on"), today.toString()));

        openMenu("menu-union", "nav-union-fund");
        clickCentered(By.id("btn-new-expense"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("purpose"))).sendKeys("三八妇女节健步走活动");
        browser.findElement(By.id("amount")).sendKeys("200");
        clickCentered(By.id("expense-save"));
        wait.until(ExpectedConditions.textToBe(By.id("expense-status"), "待审批"));
        String expensePage = browser.getCurrentUrl().replaceAll("^https?://[^/]+", "");
        signOut();

        signInAs(leader, TestFixtures.PASSWORD);
        open(expensePage);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("minuteNo"))).sendKeys("院务会〔2026〕8号");
        clickCentered(By.id("approve-save"));
        wait.until(ExpectedConditions.textToBe(By.id("expense-status"), "已批准待支付"));
        assertThat(browser.findElement(By.id("meeting")).getText()).contains("院务会〔2026〕8号");
        signOut();

        signInAs(officer, TestFixtures.PASSWORD);
        open(expensePage);
        clickCentered(By.id("pay-save"));
        wait.until(ExpectedConditions.textToBe(By.id("expense-status"), "已支付"));

        open("/union/fund/statement?year=" + today.getYear() + "&month=" + today.getMonthValue());
        String funds = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("statement-funds"))).getText();
        Long fenAtHand = jdbc.queryForObject("select coalesce(sum(l.debit_fen - l.credit_fen), 0) "
                + "from union_fund_line l where l.account_code in ('BANK', 'CASH')", Long.class);
        assertThat(new BigDecimal(funds)).isEqualByComparingTo(BigDecimal.valueOf(fenAtHand).movePointLeft(2));
        // this flow's own postings: dues 30.00 in, the activity's 200.00 out, both through the bank
        assertThat(jdbc.queryForObject("select count(*) from union_fund_line l join union_fund_expense x on x.entry_id = l.entry_id "
                + "where x.purpose = '三八妇女节健步走活动' and x.status = 'PAID' and ((l.account_code = 'EXP_ACTIVITY' and l.debit_fen = 20000) "
                + "or (l.account_code = 'BANK' and l.credit_fen = 20000))", Long.class)).isEqualTo(2);
        assertThat(browser.findElement(By.id("statement-EXP_ACTIVITY")).getText()).contains("200.00");
    }
}
