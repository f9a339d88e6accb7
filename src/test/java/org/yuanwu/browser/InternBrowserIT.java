package org.yuanwu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
import org.yuanwu.organization.ProfessionalTitle;
import org.yuanwu.organization.StaffForm;
import org.yuanwu.organization.StaffService;
import org.yuanwu.organization.StaffView;
import org.yuanwu.support.TestFixtures;
import org.yuanwu.training.InternScenario;

/**
 * The nursing department creates an intake, adds an intern, generates the rotations and assigns a tutor; the tutor
 * signs in and records a week's teaching; the intern, without an account, votes by her code; the results show.
 */
class InternBrowserIT extends BrowserTest {

    @Autowired
    UserAccounts users;
    @Autowired
    StaffService staff;

    private void setValue(By by, String value) {
        WebElement element = browser.findElement(by);
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", element, value);
    }

    @Test
    void anIntakeGoesFromScheduleToTutorTeachingToTheInternsVote() {
        TestFixtures.Hospital h = fixtures.hospital();
        StaffForm tf = fixtures.staffForm(h.wardA().id());
        tf.setTitle(ProfessionalTitle.NURSE_PRACTITIONER);
        StaffView tutor = staff.create(tf);
        String nursing = TestFixtures.unique("nd").toLowerCase();
        users.create(UserForm.of(nursing, "护理部干事", null, h.hospital().id(), DataScope.SUBTREE,
                EnumSet.of(Role.NURSING_DEPARTMENT)), TestFixtures.PASSWORD);
        String tutorUser = TestFixtures.unique("tu").toLowerCase();
        users.create(UserForm.of(tutorUser, tutor.name(), tutor.id(), h.wardA().id(), DataScope.OWN_UNIT,
                EnumSet.of(Role.STAFF_MEMBER)), TestFixtures.PASSWORD);
        LocalDate start = InternScenario.start();
        String intakeName = TestFixtures.unique("护理实习");

        // the nursing department creates the intake
        signInAs(nursing, TestFixtures.PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
        openMenu("menu-training", "nav-interns");
        clickCentered(By.id("btn-new-intake"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("name"))).sendKeys(intakeName);
        new Select(browser.findElement(By.id("unitId"))).selectByValue(String.valueOf(h.hospital().id()));
        browser.findElement(By.id("school")).sendKeys("湘潭医卫职业技术学院");
        browser.findElement(By.id("specialty")).sendKeys("护理");
        setValue(By.id("startOn"), start.toString());
        setValue(By.id("endOn"), start.plusWeeks(8).minusDays(1).toString());
        setValue(By.id("voteClosesOn"), InternScenario.today().plusDays(7).toString());
        clickCentered(By.id("btn-save-intake"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("intake-name"))).getText()).isEqualTo(intakeName);

        // an intern, then the round-robin schedule over two wards
        browser.findElement(By.id("intern-name")).sendKeys("李小红");
        browser.findElement(By.id("intern-studentNo")).sendKeys("B001");
        clickCentered(By.id("btn-add-intern"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("interns-table"), "李小红"));
        String code = browser.findElement(By.cssSelector("#interns-table .intern-code")).getText();
        assertThat(code).hasSize(8);
        Select wards = new Select(browser.findElement(By.id("generate-wards")));
        wards.selectByValue(String.valueOf(h.wardA().id()));
        wards.selectByValue(String.valueOf(h.wardB().id()));
        WebElement weeks = browser.findElement(By.id("weeksPerWard"));
        weeks.clear();
        weeks.sendKeys("4");
        clickCentered(By.id("btn-generate"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rotation-grid")));
        assertThat(browser.findElement(By.id("grid-row-" + h.wardA().id())).getText()).contains("李小红");

        // the tutor of the ward-A block
        long rotationId = jdbc.queryForObject("select id from training_intern_rotation where unit_id = ?", Long.class, h.wardA().id());
        new Select(browser.findElement(By.cssSelector("#rotation-row-" + rotationId + " .tutor-select")))
                .selectByValue(String.valueOf(tutor.id()));
        clickCentered(By.cssSelector("#rotation-row-" + rotationId + " .tutor-assign"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#rotation-row-" + rotationId + " .tutor-name"), tutor.name()));
        signOut();

        // the tutor records the first week
        signInAs(tutorUser, TestFixtures.PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
        open("/training/interns/teaching");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("teaching-form")));
        setValue(By.id("week"), start.plusDays(1).toString());
        browser.findElement(By.id("topic")).sendKeys("无菌技术操作示教");
        WebElement hours = browser.findElement(By.id("hours"));
        hours.clear();
        hours.sendKeys("2");
        new Select(browser.findElement(By.id("method"))).selectByValue("DEMONSTRATION");
        clickCentered(By.id("present-" + rotationId));
        clickCentered(By.id("btn-record"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("my-records"), "无菌技术操作示教"));
        assertThat(browser.findElement(By.id("my-records")).getText()).contains("李小红", start.toString());
        signOut();

        // the intern votes with her code, no account
        open("/training/interns/by-code");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("code"))).sendKeys(code.toLowerCase());
        clickCentered(By.id("btn-code"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("vote-form")));
        clickCentered(By.id("vote-" + tutor.id()));
        clickCentered(By.id("btn-vote"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("vote-state"))).getText()).contains("已投票");

        // the nursing department sees the result
        signInAs(nursing, TestFixtures.PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
        long intakeId = jdbc.queryForObject("select intake_id from training_intern_rotation where id = ?", Long.class, rotationId);
        open("/training/interns/" + intakeId);
        WebElement rank = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rank-" + tutor.id())));
        assertThat(rank.findElement(By.className("votes")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("votes-cast")).getText()).contains("1");
        assertThat(jdbc.queryForObject("select count(*) from training_intern_teaching where tutor_staff_id = ?", Long.class,
                tutor.id())).isEqualTo(1);
    }
}
