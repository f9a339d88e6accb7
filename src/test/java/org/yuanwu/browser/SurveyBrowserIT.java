package org.yuanwu.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.yuanwu.common.DataScope;
import org.yuanwu.identity.Role;
import org.yuanwu.identity.UserAccounts;
import org.yuanwu.identity.UserForm;
import org.yuanwu.support.TestFixtures;

/**
 * A patient, not signed in, answers the ready-made inpatient satisfaction questionnaire on the
 * ward's public link; the quality officer then finds the response and the ward's satisfaction rate.
 */
class SurveyBrowserIT extends BrowserTest {

    private static final String PASSWORD = "Quality-Test-2026";

    @Autowired
    UserAccounts users;

    /** A tap on a phone: the element is brought to the middle of the screen first (at once: Bootstrap scrolls smoothly). */
    private void tap(By by) {
        WebElement element = browser.findElement(by);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    @Test
    void aPatientAnswersThroughTheWardLinkAndTheQualityOfficerSeesTheWardsSatisfaction() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        long survey = jdbc.queryForObject("select id from survey_questionnaire where builtin_code = 'inpatient_satisfaction'",
                Long.class);
        mvc.perform(post("/api/v1/surveys/" + survey + "/links").header("Authorization", "Bearer " + fixtures.adminToken())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"unitId\":" + h.wardA().id() + "}"))
                .andExpect(status().isCreated());
        String code = jdbc.queryForObject("select code from survey_link where questionnaire_id = ? and unit_id = ?",
                String.class, survey, h.wardA().id());
        String officer = TestFixtures.unique("quality").toLowerCase();
        users.create(UserForm.of(officer, "质控办干事", null, h.hospital().id(), DataScope.SUBTREE,
                EnumSet.of(Role.QUALITY_OFFICER)), PASSWORD);

        // The patient opens the link on the ward's poster: no sign-in.
        open("/s/" + code);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("answer-title")));
        assertThat(browser.findElement(By.id("answer-unit")).getText()).contains("心内科病区");
        List<Map<String, Object>> questions = jdbc.queryForList(
                "select id, kind from survey_question where questionnaire_id = ? order by sort_order", survey);
        boolean firstRating = true;
        for (Map<String, Object> q : questions) {
            String id = "q" + q.get("id");
            switch ((String) q.get("kind")) {
                // all ratings 5, but the first 3: 11 of 12 rated answers satisfied
                case "RATING" -> tap(By.cssSelector("label[for='" + id + "-" + (firstRating ? 3 : 5) + "']"));
                case "SINGLE_CHOICE" -> tap(By.id(id + "-1"));
                case "TEXT" -> browser.findElement(By.id(id)).sendKeys("护士态度很好，就是晚上有点吵。");
                default -> { }
            }
            if ("RATING".equals(q.get("kind"))) {
                firstRating = false;
            }
        }
        tap(By.id("answer-submit"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("answer-thanks")));

        // The quality officer finds it.
        signInAs(officer, PASSWORD);
        openMenu("menu-quality", "nav-survey");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#survey-row-" + survey + " a"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("btn-results"))).click();
        new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unitId"))))
                .selectByValue(String.valueOf(h.wardA().id()));
        browser.findElement(By.id("btn-search")).click();
        wait.until(ExpectedConditions.textToBe(By.id("result-responses"), "1"));
        assertThat(browser.findElement(By.id("result-satisfaction")).getText()).isEqualTo("91.7 %");
        assertThat(browser.getPageSource()).contains("护士态度很好，就是晚上有点吵。");

        open("/surveys/" + survey + "/responses?unitId=" + h.wardA().id());
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#responses-table .response-unit")))
                .getText()).isEqualTo("心内科病区");
    }
}
