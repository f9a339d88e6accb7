package org.yuanwu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.yuanwu.common.DataScope;
import org.yuanwu.identity.Role;
import org.yuanwu.identity.UserAccounts;
import org.yuanwu.identity.UserForm;
import org.yuanwu.support.TestFixtures;

/**
 * The records hold in a real browser: the auditor audits a discharged record, which fails on the weighted score and
 * is held from the archive; the ward's head nurse corrects it; the auditor releases it; the archive list lets it
 * through and the month's Pareto chart shows its defect.
 */
class RecordAuditBrowserIT extends BrowserTest {

    private static final String PASSWORD = "Passw0rd-Test";

    @Autowired
    UserAccounts users;

    private String user(Role role, DataScope scope, Long unitId) {
        String name = TestFixtures.unique("r").toLowerCase();
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

    private void click(String id) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].click()", browser.findElement(By.id(id)));
    }

    @Test
    void aDischargedRecordIsHeldCorrectedReleasedAndItsDefectShowsOnThePareto() {
        TestFixtures.Hospital h = fixtures.hospital();
        String month = YearMonth.from(LocalDate.now(ZoneId.of("Asia/Shanghai"))).toString();
        String auditor = user(Role.QUALITY_OFFICER, DataScope.SUBTREE, h.hospital().id());
        String headNurse = user(Role.HEAD_NURSE, DataScope.OWN_UNIT, h.wardA().id());
        long rescueItem = jdbc.queryForObject("select i.id from quality_template_item i join quality_template t "
                + "on t.id = i.template_id where t.family_code = 'NR' and t.status = 'ACTIVE' and i.item_code = 'NR-04'", Long.class);

        // The auditor opens a round for ward A from the menu and audits a discharged record.
        as(auditor);
        openMenu("menu-quality", "nav-record-audits");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("btn-new-round")));
        click("btn-new-round");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("round-form")));
        new Select(browser.findElement(By.id("unitId"))).selectByValue(String.valueOf(h.wardA().id()));
        click("btn-create-round");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("audit-form")));
        assertThat(browser.findElement(By.id("round-weight")).getText()).contains("1.5");
        browser.findElement(By.id("recordNo")).sendKeys("ZY-2026-001");
        browser.findElement(By.id("patientName")).sendKeys("李某");
        new Select(browser.findElement(By.id("discharged"))).selectByValue("true");
        var occurrences = browser.findElement(By.id("occ_" + rescueItem));
        occurrences.clear();
        occurrences.sendKeys("2");
        browser.findElement(By.id("note_" + rescueItem)).sendKeys("抢救记录未在6小时内补记");
        click("btn-audit");
        wait.until(ExpectedConditions.textToBe(By.id("audit-status"), "暂缓归档"));
        assertThat(browser.findElement(By.id("audit-score")).getText()).isEqualTo("85.00");
        assertThat(browser.findElements(By.id("hold-banner"))).hasSize(1);
        String auditUrl = browser.getCurrentUrl();

        // The archive list holds it.
        open("/quality/record-audits/archive?unitId=" + h.wardA().id());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#archive-row-ZY-2026-001 .archive-hold")));

        // The head nurse of ward A corrects it.
        as(headNurse);
        browser.get(auditUrl);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("correct-form")));
        browser.findElement(By.id("correction")).sendKeys("已补记抢救记录并注明补记时间");
        click("btn-correct");
        wait.until(ExpectedConditions.textToBe(By.id("audit-status"), "已整改待复查"));

        // The auditor re-checks it and lifts the hold.
        as(auditor);
        browser.get(auditUrl);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recheck-form")));
        click("btn-release");
        wait.until(ExpectedConditions.textToBe(By.id("audit-status"), "复查通过可归档"));
        assertThat(browser.findElements(By.id("hold-banner"))).isEmpty();
        open("/quality/record-audits/archive?unitId=" + h.wardA().id());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#archive-row-ZY-2026-001 .archive-may")));

        // The month's Pareto chart draws the defect.
        open("/quality/record-audits/pareto?unitId=" + h.wardA().id() + "&month=" + month);
        wait.until(ExpectedConditions.attributeToBe(By.id("pareto-chart"), "data-rendered", "true"));
        assertThat(browser.findElements(By.cssSelector("#pareto-chart canvas"))).isNotEmpty();
        assertThat(browser.findElement(By.id("pareto-row-NR-04")).getText()).contains("2").contains("100.0%");
    }
}
