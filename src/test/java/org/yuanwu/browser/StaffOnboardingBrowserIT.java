package org.yuanwu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.yuanwu.support.IntegrationTest;
import org.yuanwu.support.StaffWorkbookFile;
import org.yuanwu.support.TestFixtures;

/**
 * An administrator's first hour, in a real browser (Debian's headless Chromium): sign in, create
 * a ward, import a 50-row staff workbook with 3 bad rows, see 3 errors and 47 staff saved.
 */
class StaffOnboardingBrowserIT extends IntegrationTest {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    @LocalServerPort
    int port;

    private WebDriver browser;
    private WebDriverWait wait;
    private Path profile;

    @BeforeEach
    void startBrowser() throws Exception {
        boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (!installed && "true".equalsIgnoreCase(System.getenv("YUANWU_TEST_REQUIRE_BROWSER"))) {
            throw new IllegalStateException("chromium and chromium-driver are required (apt-get install chromium chromium-driver)");
        }
        Assumptions.assumeTrue(installed, "Debian chromium / chromium-driver not installed");
        profile = Files.createTempDirectory("yuanwu-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--lang=zh-CN", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    @Test
    void administratorCreatesAWardAndImportsFiftyStaffOfWhichThreeAreBad() throws Exception {
        var hospital = fixtures.hospital();

        open("/login");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(ADMIN_PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
        assertThat(browser.findElement(By.id("nav-org")).getText()).isEqualTo("组织机构");

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
        browser.findElement(By.cssSelector("#unit-" + hospital.hospital().id() + " > .toggle")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unit-" + hospital.department().id())));
        browser.findElement(By.cssSelector("#unit-" + hospital.department().id() + " > .toggle")).click();
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
