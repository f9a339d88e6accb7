package org.yuanwu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.yuanwu.training.ExamKind;
import org.yuanwu.training.ExamScenario;
import org.yuanwu.training.ExamView;
import org.yuanwu.training.QuestionCategory;
import org.yuanwu.training.QuestionType;
import org.yuanwu.training.QuestionView;
import org.yuanwu.support.TestFixtures;

/**
 * A nurse sits a timed exam in the browser, reloads half-way (her answers and the remaining time
 * come back from the server), finishes and submits; her head nurse then sees the result and the
 * ward's pass rate.
 */
class ExamBrowserIT extends BrowserTest {

    @Autowired
    ApplicationContext context;

    private void waitSaved(int position) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status-" + position), "已保存"));
    }

    @Test
    void aNurseReloadsMidExamKeepsHerAnswersFinishesAndTheHeadNurseSeesTheResult() {
        ExamScenario scenario = new ExamScenario(context);
        TestFixtures.Hospital h = fixtures.hospital();
        ExamScenario.Person nurse = scenario.nurse(h.wardA().id());
        ExamScenario.Person headNurse = scenario.headNurse(h.wardA().id());
        QuestionView single = scenario.single(h.wardA().id(), "B", 4);
        QuestionView multiple = scenario.question(h.wardA().id(), QuestionType.MULTIPLE, QuestionCategory.BASICS, 3, "AC", 4,
                "洗手", "戴首饰", "戴手套");
        QuestionView fill = scenario.question(h.wardA().id(), QuestionType.FILL_IN, QuestionCategory.INFECTION_CONTROL, 2,
                "75%|百分之七十五", 2);
        ExamView exam = scenario.publishedExam(scenario.examForm(h.wardA().id(), ExamKind.THEORY, 15),
                List.of(single.id(), multiple.id(), fill.id()), List.of(nurse.staff().id()));

        signInAs(nurse.username(), ExamScenario.PASSWORD);
        openMenu("menu-training", "nav-exams");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#my-exam-" + exam.id() + " .take-link"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("btn-start"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("timer")));

        browser.findElement(By.id("q1-1")).click();
        waitSaved(1);
        browser.findElement(By.id("q2-0")).click();
        waitSaved(2);

        browser.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("timer")));
        assertThat(browser.findElement(By.id("q1-1")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("q2-0")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("q2-2")).isSelected()).isFalse();
        String timer = browser.findElement(By.id("timer")).getText();
        assertThat(timer).matches("1[0-4]:[0-5]\\d");

        browser.findElement(By.id("q2-2")).click();
        waitSaved(2);
        browser.findElement(By.id("q3-b0")).sendKeys(" 75% ");
        waitSaved(3);
        browser.findElement(By.id("btn-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("attempt-status")));
        assertThat(browser.findElement(By.id("attempt-score")).getText()).isEqualTo("10.00 / 10.00");
        assertThat(browser.findElement(By.id("attempt-outcome")).getText()).isEqualTo("合格");

        signOut();
        signInAs(headNurse.username(), ExamScenario.PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("menu-training")));
        open("/exams");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#exam-row-" + exam.id() + " .results-link"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("candidate-results")));
        assertThat(browser.findElement(By.cssSelector("#result-" + nurse.staff().id() + " .result-outcome")).getText())
                .isEqualTo("合格");
        assertThat(browser.findElement(By.cssSelector("#unit-result-" + h.wardA().id() + " .unit-pass-rate")).getText())
                .isEqualTo("100.0%");
        assertThat(browser.findElement(By.id("item-chart")).isDisplayed()).isTrue();
    }
}
