package org.yuanwu.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.http.MediaType;
import org.yuanwu.support.TestFixtures;
import tools.jackson.databind.json.JsonMapper;

/**
 * Screening in a real browser: the HIS has sent a stay with a fever after 48 hours; the infection-control officer runs
 * the screening, confirms the suspected case, and the ward's monthly rate and the indicator dashboard follow.
 */
class InfectionScreeningBrowserIT extends BrowserTest {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

    private void send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String token,
                      Object body) throws Exception {
        mvc.perform(request.header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body))).andExpect(status().isOk());
    }

    @Test
    void anOfficerConfirmsASuspectedCaseAndTheWardsRateAndTheDashboardChange() throws Exception {
        TestFixtures.Hospital h = fixtures.hospital();
        YearMonth month = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1);
        String token = "Bearer " + fixtures.adminToken();
        Map<String, Object> census = new LinkedHashMap<>();
        census.put("unitId", h.wardA().id());
        census.put("granularity", "MONTH");
        census.put("date", month.atDay(1).toString());
        for (String field : List.of("admissions", "urinaryCatheterDays", "centralLineDays", "ventilatorDays", "operations")) {
            census.put(field, 0);
        }
        census.put("discharges", 40);
        census.put("patientDays", 300);
        census.put("urinaryCatheterDays", 50);
        send(put("/api/v1/infection/census"), token, census);
        String visit = TestFixtures.unique("ZY");
        send(post("/api/v1/infection/admissions"), token, List.of(Map.of("visitNo", visit, "patientNo", "BA" + visit,
                "unitCode", h.wardA().code(), "admittedAt", month.atDay(1) + "T08:00:00")));
        send(post("/api/v1/infection/events"), token, List.of(Map.of("sourceRef", visit + "-T1", "visitNo", visit,
                "kind", "TEMPERATURE", "occurredAt", month.atDay(4) + "T15:30:00", "amount", 38.6)));

        signInAs("admin", ADMIN_PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
        String period = month.toString();
        open("/indicators?unitId=" + h.wardA().id() + "&period=" + period + "&q=infection.hai_incidence");
        assertThat(browser.findElement(By.cssSelector("#row-infection\\.hai_incidence .value")).getText()).startsWith("0.0");

        browser.findElement(By.id("nav-infection")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tab-suspects"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("btn-run-screening"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
        // The ward's suspects, opened by address: waiting on the list page itself could find a card of the page before.
        open("/infection/suspects?unitId=" + h.wardA().id());
        WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//div[contains(@class, 'card') and starts-with(@id, 'suspect-') and contains(., '" + visit + "')]")));
        assertThat(card.getText()).contains(visit).contains("入院48小时后发热").contains("38.6");
        String id = card.getAttribute("id").substring("suspect-".length());
        new Select(browser.findElement(By.id("site-" + id))).selectByValue("URINARY");
        new Select(browser.findElement(By.id("device-" + id))).selectByValue("URINARY_CATHETER");
        browser.findElement(By.id("btn-confirm-new-" + id)).click();
        WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
        assertThat(notice.getText()).contains("已确认");
        assertThat(browser.findElement(By.id("suspect-" + id)).getText()).contains("已确认");

        // The ward's rate for the month: 1 case of 40 discharges, a catheter-associated infection on 50 catheter days.
        open("/infection/rates?unitId=" + h.department().id() + "&period=" + period);
        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rate-row-" + h.wardA().id())));
        assertThat(row.getText()).contains("2.5").contains("20.00").doesNotContain("需调查");
        open("/indicators?unitId=" + h.wardA().id() + "&period=" + period + "&q=infection.hai_incidence");
        assertThat(browser.findElement(By.cssSelector("#row-infection\\.hai_incidence .value")).getText()).startsWith("2.5");
    }
}
