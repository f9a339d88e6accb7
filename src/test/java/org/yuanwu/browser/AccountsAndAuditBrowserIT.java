package org.yuanwu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.yuanwu.support.TestFixtures;

/**
 * The administration screens in a real browser: hand out a head nurse's account, have her set
 * her own password and see only her ward, then find the change in the audit trail, in English.
 */
class AccountsAndAuditBrowserIT extends BrowserTest {

    @Test
    void administratorHandsOutAHeadNurseAccountAndFindsItInTheAuditTrail() {
        TestFixtures.Hospital h = fixtures.hospital();
        String username = TestFixtures.unique("nurse").toLowerCase();

        signInAs("admin", ADMIN_PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
        open("/admin/users/new");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("displayName")).sendKeys("刘护士长");
        new Select(browser.findElement(By.id("dataScope"))).selectByValue("OWN_UNIT");
        new Select(browser.findElement(By.id("scopeUnitId"))).selectByValue(String.valueOf(h.wardA().id()));
        browser.findElement(By.cssSelector("input[name=roles][value=HEAD_NURSE]")).click();
        browser.findElement(By.id("user-save")).click();
        String oneTimePassword = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("one-time-password"))).getText();
        assertThat(oneTimePassword).hasSize(16);
        signOut();

        // Her first sign-in asks for her own password before anything else.
        signInAs(username, oneTimePassword);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("must-change")));
        browser.findElement(By.id("currentPassword")).sendKeys(oneTimePassword);
        browser.findElement(By.id("newPassword")).sendKeys("HuShiZhang-2026");
        browser.findElement(By.id("confirmPassword")).sendKeys("HuShiZhang-2026");
        browser.findElement(By.id("password-submit")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("must-change")));

        // Her org tree starts at her ward; the other ward is nowhere.
        open("/org");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("org-tree")));
        assertThat(browser.findElements(By.id("unit-" + h.wardA().id()))).hasSize(1);
        assertThat(browser.findElements(By.id("unit-" + h.wardB().id()))).isEmpty();
        assertThat(browser.findElements(By.id("nav-users"))).isEmpty();
        signOut();

        // The administrator finds the new account in the audit trail, and reads it in English.
        signInAs("admin", ADMIN_PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
        open("/audit?recordType=user");
        assertThat(browser.findElement(By.id("audit-table")).getText()).contains(username, "新建");
        browser.findElement(By.id("lang-en")).click();
        wait.until(ExpectedConditions.textToBe(By.id("menu-admin"), "System"));
        assertThat(browser.findElement(By.id("nav-audit")).getAttribute("textContent")).isEqualTo("Audit trail");
        assertThat(browser.findElement(By.id("audit-table")).getText()).contains(username, "Created", "Password changed");
    }
}
