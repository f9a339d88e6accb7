package org.yuanwu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.yuanwu.common.DataScope;
import org.yuanwu.identity.ApiTokens;
import org.yuanwu.identity.Role;
import org.yuanwu.identity.UserAccounts;
import org.yuanwu.organization.OrgUnitKind;
import org.yuanwu.organization.UnitView;
import org.yuanwu.support.TestFixtures;
import org.yuanwu.union.CongressService;
import org.yuanwu.union.CongressViews;
import org.yuanwu.union.UnionPeople;

/**
 * A delegate submits a proposal, the union office accepts and assigns it to the logistics department, the
 * department answers, the delegate rates the answer, and the session's progress report counts it.
 */
class CongressProposalBrowserIT extends BrowserTest {

    @Autowired
    UserAccounts users;
    @Autowired
    ApiTokens tokens;
    @Autowired
    CongressService congress;

    @Test
    void aDelegatesProposalIsAssignedAnsweredRatedAndCountedInTheProgressReport() {
        TestFixtures.Hospital h = fixtures.hospital();
        UnitView logistics = fixtures.unit("总务科", OrgUnitKind.DEPARTMENT, h.hospital().id());
        UnionPeople people = new UnionPeople(fixtures, users, tokens);
        UnionPeople.Person delegate = people.staffMember(h.wardA().id());
        UnionPeople.Person officer = people.person(h.hospital().id(), Role.UNION_OFFICER, DataScope.SUBTREE);
        UnionPeople.Person logisticsHead = people.person(logistics.id(), Role.DEPARTMENT_HEAD, DataScope.OWN_UNIT);
        CongressViews.Term term = congress.createTerm(new CongressViews.TermForm(h.hospital().id(), "第三届职工代表大会",
                LocalDate.now().minusMonths(6), null, 1, null, null, null));
        congress.elect(term.id(), new CongressViews.Election(delegate.staffId(), null));
        CongressViews.Session session = congress.createSession(term.id(),
                new CongressViews.SessionForm("二次会议", LocalDate.now(), "学术报告厅"));

        // The delegate finds the congress in the union menu and submits her proposal.
        signInAs(delegate.username(), TestFixtures.PASSWORD);
        openMenu("menu-union", "nav-congress");
        clickCentered(By.id("btn-new-proposal"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("proposal-form")));
        browser.findElement(By.id("title")).sendKeys("增设职工停车位");
        browser.findElement(By.id("content")).sendKeys("后院空地可改建为职工停车场，缓解停车难。");
        clickCentered(By.id("proposal-save"));
        wait.until(ExpectedConditions.textToBe(By.id("proposal-status"), "已提交"));
        String proposalUrl = browser.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
        signOut();

        // The union office accepts it and assigns it to logistics.
        signInAs(officer.username(), TestFixtures.PASSWORD);
        open(proposalUrl);
        clickCentered(By.id("accept-save"));
        wait.until(ExpectedConditions.textToBe(By.id("proposal-status"), "已立案"));
        new Select(browser.findElement(By.id("leadUnitId"))).selectByValue(String.valueOf(logistics.id()));
        clickCentered(By.id("assign-save"));
        wait.until(ExpectedConditions.textToBe(By.id("proposal-status"), "已交办"));
        assertThat(browser.findElement(By.id("lead-unit")).getText()).isEqualTo("总务科");
        signOut();

        // The logistics department answers.
        signInAs(logisticsHead.username(), TestFixtures.PASSWORD);
        open(proposalUrl);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("answer"))).sendKeys("已规划停车位 40 个，年底前完工。");
        clickCentered(By.id("answer-save"));
        wait.until(ExpectedConditions.textToBe(By.id("proposal-status"), "已答复"));
        signOut();

        // The delegate rates the answer.
        signInAs(delegate.username(), TestFixtures.PASSWORD);
        open(proposalUrl);
        new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rating")))).selectByValue("SATISFIED");
        clickCentered(By.id("rate-save"));
        wait.until(ExpectedConditions.textToBe(By.id("proposal-status"), "已办结"));
        assertThat(browser.findElement(By.id("rating-1")).getText()).isEqualTo("满意");

        // The session's progress report shows it accepted, answered and rated satisfied.
        openMenu("menu-union", "nav-congress");
        clickCentered(By.id("progress-" + session.id()));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("progress-answered")));
        assertThat(browser.findElement(By.id("progress-accepted")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("progress-answered")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("progress-answer-rate")).getText()).isEqualTo("100.0%");
        assertThat(browser.findElement(By.id("rating-count-SATISFIED")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("status-count-CLOSED")).getText()).isEqualTo("1");
        assertThat(List.of(browser.findElement(By.id("progress-overdue")).getText())).containsExactly("0");
    }
}
