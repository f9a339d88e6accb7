package org.yuanwu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.yuanwu.common.HospitalTime;
import org.yuanwu.support.TestFixtures;
import org.yuanwu.training.CreditEntryForm;
import org.yuanwu.training.CreditEntryKind;
import org.yuanwu.training.CreditService;
import org.yuanwu.training.ExamForm;
import org.yuanwu.training.ExamInvitation;
import org.yuanwu.training.ExamKind;
import org.yuanwu.training.ExamMode;
import org.yuanwu.training.ExamScenario;
import org.yuanwu.training.ExamScoreImportService;
import org.yuanwu.training.ExamService;
import org.yuanwu.training.ExamView;

/**
 * An officer imports a paper exam's scores from the filled-in template on the exam's page; the nurse then opens
 * her technical file from the training menu and finds the exam with her score and her credits of the year.
 */
class TechnicalFileBrowserIT extends BrowserTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ExamService exams;
    @Autowired
    ExamScoreImportService scores;
    @Autowired
    CreditService credits;

    @Test
    void anOfficerImportsPaperScoresAndTheNurseSeesTheExamAndHerCreditsInHerTechnicalFile() throws Exception {
        ExamScenario scenario = new ExamScenario(context);
        TestFixtures.Hospital h = fixtures.hospital();
        ExamScenario.Person nurse = scenario.nurse(h.wardA().id());
        ExamScenario.Person headNurse = scenario.headNurse(h.wardA().id());
        ExamForm form = scenario.examForm(h.wardA().id(), ExamKind.INFECTION_CONTROL, 30);
        form.setMode(ExamMode.PAPER);
        ExamView exam = exams.create(form);
        ExamInvitation invitation = new ExamInvitation();
        invitation.setStaffIds(new LinkedHashSet<>(List.of(nurse.staff().id())));
        exam = exams.invite(exam.id(), invitation);
        exam = exams.publish(exam.id(), exam.version());
        CreditEntryForm conference = new CreditEntryForm();
        conference.setKind(CreditEntryKind.CONFERENCE);
        conference.setTitle("医院感染管理学术会议");
        conference.setInstitution("省医院协会");
        LocalDate today = LocalDate.now(HospitalTime.ZONE);
        conference.setStartsOn(today.withDayOfMonth(1));
        conference.setEndsOn(today.withDayOfMonth(1));
        conference.setCreditHours(new BigDecimal("6"));
        conference.setEvidence("继教证书 2026-0001");
        credits.addEntry(nurse.staff().id(), conference);

        Path file = Files.createTempFile("scores", ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(scores.template(exam.id())))) {
            wb.getSheetAt(0).getRow(1).createCell(3).setCellValue(92);
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }

        signInAs(headNurse.username(), ExamScenario.PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("menu-training")));
        open("/exams/" + exam.id());
        clickCentered(By.id("btn-import-scores"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-form")));
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        new Select(browser.findElement(By.id("mode"))).selectByValue("ALL_OR_NOTHING");
        clickCentered(By.id("btn-import"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-summary")));
        assertThat(browser.findElement(By.id("import-summary")).getText()).contains("已录入 1 行");
        Files.deleteIfExists(file);

        signOut();
        signInAs(nurse.username(), ExamScenario.PASSWORD);
        openMenu("menu-training", "nav-technical-file");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("exams-table")));
        String exams = browser.findElement(By.id("exams-table")).getText();
        assertThat(exams).contains(exam.title()).contains("92.00 / 100.00").contains("合格");
        String year = String.valueOf(today.getYear());
        assertThat(browser.findElement(By.cssSelector("#credits-" + year + " .total")).getText()).isEqualTo("6.0");
        assertThat(browser.findElement(By.id("external-table")).getText()).contains("医院感染管理学术会议");
        assertThat(browser.findElements(By.id("entry-form"))).isEmpty();
    }
}
