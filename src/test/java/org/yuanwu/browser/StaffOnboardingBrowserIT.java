package org.yuanwu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.yuanwu.support.StaffWorkbookFile;
import org.yuanwu.support.TestFixtures;

/**
 * An administrator's first hour, in a real browser (Debian's headless Chromium): sign in, create
 * a ward, import a 50-row staff workbook with 3 bad rows, see 3 errors and 47 staff saved.
 */
class StaffOnboardingBrowserIT extends BrowserTest {

    @Test
    void administratorCreatesAWardAndImportsFiftyStaffOfWhichThreeAreBad() throws Exception {
        var hospital = fixtures.hospital();

        signInAs("admin", ADMIN_PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
        assertThat(browser.findElement(By.id("nav-org")).getAttribute("textContent")).isEqualTo("组织机构");

        // Create a ward under the department through the unit form.
        String wardCode = TestFixtures.unique("BW");
        open("/org/new?parentId=" + hospital.department().id());
        browser.findElement(By.id("code")).sendKeys(wardCode);
        browser.findElement(By.id("name")).sendKeys("老年病科病区");
        new Select(browser.findElement(By.id("kind"))).selectByValue("WARD");
        browser.findElement(By.id("bedCount")).sendKeys("36");
        new Select(browser.findElement(By.id("hygieneClass"))).selectByValue("III");
        browser.findElement(By.id("unit-save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
        Long wardId = jdbc.queryForObject("select id from org_unit where code = ?", Long.class, wardCode);
        assertThat(jdbc.queryForObject("select path from org_unit where id = ?", String.class, wardId))
                .isEqualTo(hospital.department().path() + wardId + "/");

        // The tree shows the new ward after expanding the hospital and the department.
        open("/org");
        clickCentered(By.cssSelector("#unit-" + hospital.hospital().id() + " > .toggle"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unit-" + hospital.department().id())));
        clickCentered(By.cssSelector("#unit-" + hospital.department().id() + " > .toggle"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("unit-" + wardId), "老年病科病区"));

        // Import 50 rows, 3 of them bad, keeping the valid ones.
        Path workbook = Files.createTempFile("staff-", ".xlsx");
        String prefix = TestFixtures.unique("B");
        Files.write(workbook, StaffWorkbookFile.fiftyWithThreeBad(prefix, wardCode).toXlsx());
        open("/staff/import");
        browser.findElement(By.id("import-file")).sendKeys(workbook.toAbsolutePath().toString());
        browser.findElement(By.id("mode-valid-rows")).click();
        browser.findElement(By.id("import-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-report")));

        assertThat(browser.findElement(By.id("import-error-count")).getText()).contains("3");
        assertThat(browser.findElements(By.cssSelector("#import-errors tbody tr"))).hasSize(3);
        assertThat(browser.findElement(By.id("import-created")).getText()).contains("47");
        assertThat(browser.findElement(By.id("import-errors")).getText()).contains("11", "21", "31");
        assertThat(jdbc.queryForObject("select count(*) from org_staff where unit_id = ?", Long.class, wardId)).isEqualTo(47);

        // The staff list, filtered to the ward, shows the 47.
        open("/staff?unitId=" + wardId);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("staff-table")));
        assertThat(browser.findElement(By.id("staff-count")).getText()).contains("47");
        Files.deleteIfExists(workbook);
    }
}
