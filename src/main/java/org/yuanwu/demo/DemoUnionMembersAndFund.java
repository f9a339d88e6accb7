package org.yuanwu.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.yuanwu.organization.StaffFilter;
import org.yuanwu.organization.StaffService;
import org.yuanwu.organization.StaffStatus;
import org.yuanwu.organization.StaffView;
import org.yuanwu.organization.UnitView;
import org.yuanwu.union.AssistanceService;
import org.yuanwu.union.AssistanceSteps;
import org.yuanwu.union.AssistanceType;
import org.yuanwu.union.DuesFilter;
import org.yuanwu.union.DuesPeriodView;
import org.yuanwu.union.DuesService;
import org.yuanwu.union.DuesSteps;
import org.yuanwu.union.FundAccount;
import org.yuanwu.union.FundExpenseView;
import org.yuanwu.union.FundLedger;
import org.yuanwu.union.FundSteps;
import org.yuanwu.union.HardshipLevel;
import org.yuanwu.union.MemberForm;
import org.yuanwu.union.MemberService;
import org.yuanwu.union.MemberView;

/**
 * The trade union's record: most staff in the union (contract nurses included), wage bases and the last
 * three months' dues (a few in arrears), the yearly allocation, a few approved and paid expenses, hospital
 * visits (most recorded), assistance cases, a hardship file and the last holiday's welfare.
 */
@Component
@Order(34)
class DemoUnionMembersAndFund implements DemoContribution {

    private static final int MAX_MEMBERS = 160;

    private final StaffService staff;
    private final MemberService members;
    private final DuesService dues;
    private final FundLedger ledger;
    private final AssistanceService assistance;

    DemoUnionMembersAndFund(StaffService staff, MemberService members, DuesService dues, FundLedger ledger,
                            AssistanceService assistance) {
        this.staff = staff;
        this.members = members;
        this.dues = dues;
        this.ledger = ledger;
        this.assistance = assistance;
    }

    @Override
    public String generate(long seed, List<UnitView> units, LocalDate today) {
        Random random = new Random(seed * 31 + 34);
        java.util.Set<Long> unitIds = new java.util.HashSet<>();
        units.forEach(u -> unitIds.add(u.id()));
        // the staff of the units given (the demo hospital's), never anyone else's
        List<StaffView> active = staff.search(new StaffFilter(null, null, null, StaffStatus.ACTIVE, null, null),
                PageRequest.of(0, 5_000, Sort.by("employeeNo"))).getContent().stream()
                .filter(s -> unitIds.contains(s.unitId())).toList();
        List<MemberView> joined = new ArrayList<>();
        for (StaffView s : active) {
            if (joined.size() >= MAX_MEMBERS || random.nextInt(100) >= 88) {
                continue;
            }
            MemberForm form = new MemberForm();
            form.setStaffId(s.id());
            LocalDate hired = s.hireDate() == null ? today.minusYears(3) : s.hireDate();
            LocalDate joinedOn = hired.plusDays(30 + random.nextInt(300));
            form.setJoinedOn(joinedOn.isAfter(today.minusMonths(4)) ? today.minusMonths(4) : joinedOn);
            form.setApplication("本人自愿加入中国工会，遵守工会章程。");
            joined.add(members.join(form));
        }
        if (joined.isEmpty()) {
            return "no union members";
        }
        // the yearly allocation (拨缴经费) arrives early in the year
        ledger.postIncome(new FundSteps.Income(FundAccount.ALLOCATION_INCOME, FundAccount.BANK,
                BigDecimal.valueOf(joined.size() * 400L), LocalDate.of(today.getYear(), 1, 15).isAfter(today) ? today
                : LocalDate.of(today.getYear(), 1, 15), "行政按工资总额2%拨缴工会经费"));

        dues.setRule(new DuesSteps.Rule(today.getYear(), new BigDecimal("0.5")));
        for (MemberView m : joined) {
            dues.setWageBase(new DuesSteps.WageBaseEntry(m.id(), today.getYear(), BigDecimal.valueOf(4_000 + random.nextInt(80) * 100)));
        }
        int periods = 0;
        for (int back = 3; back >= 1; back--) {
            YearMonth month = YearMonth.from(today).minusMonths(back);
            if (month.getYear() != today.getYear()) {
                continue;
            }
            periods += dues.generate(new DuesSteps.Generation(month.toString())).created();
            List<Long> paying = new ArrayList<>();
            for (DuesPeriodView p : dues.search(new DuesFilter(month.toString(), null, false, null),
                    PageRequest.of(0, 5_000, Sort.by("id"))).getContent()) {
                if (back > 1 || random.nextInt(100) < 92) {
                    paying.add(p.id());
                }
            }
            if (!paying.isEmpty()) {
                LocalDate paidOn = month.atDay(Math.min(20, month.lengthOfMonth()));
                dues.pay(new DuesSteps.Payment(paying, paidOn.isAfter(today) ? today : paidOn, FundAccount.BANK));
            }
        }

        int visits = 0;
        java.util.Set<Long> visited = new java.util.HashSet<>();
        for (int i = 0; i < Math.min(8, joined.size()); i++) {
            MemberView m = joined.get(random.nextInt(joined.size()));
            if (!visited.add(m.id())) {
                continue; // one hospital stay per member in the demo
            }
            LocalDate reported = today.minusDays(5 + random.nextInt(80));
            var task = assistance.reportHospitalisation(new AssistanceSteps.Hospitalisation(m.id(), reported,
                    "本院" + m.unitName(), null));
            if (i < 6) {
                assistance.recordVisit(task.id(), new AssistanceSteps.Visit(reported.plusDays(1 + random.nextInt(3)),
                        "工会主席、" + m.unitName() + "护士长", new BigDecimal("500"), null, task.version()));
                visits++;
            }
        }
        AssistanceType[] kinds = {AssistanceType.WEDDING, AssistanceType.BEREAVEMENT, AssistanceType.STUDENT_GRANT,
                AssistanceType.CHILDBIRTH};
        String[] reasons = {"新婚志喜", "直系亲属病故", "子女考入大学", "生育慰问"};
        int cases = 0;
        for (int i = 0; i < Math.min(4, joined.size()); i++) {
            MemberView m = joined.get(random.nextInt(joined.size()));
            var c = assistance.apply(new AssistanceSteps.CaseApplication(m.id(), kinds[i], reasons[i], null,
                    today.minusDays(20 + random.nextInt(60))));
            cases++;
            if (i < 3) {
                approveAndPay(c.expenseId(), today, "院务会〔" + today.getYear() + "〕" + (10 + i) + "号");
            }
        }
        FundExpenseView activity = ledger.requestExpense(new FundSteps.ExpenseRequest(FundAccount.EXP_ACTIVITY,
                "护士节技能竞赛奖品（前六名）", new BigDecimal("3000.00"), today.minusDays(30), null), null, null);
        approveAndPay(activity.id(), today, "院务会〔" + today.getYear() + "〕9号");
        ledger.requestExpense(new FundSteps.ExpenseRequest(FundAccount.EXP_OFFICE, "工会办公用品", new BigDecimal("860.00"),
                today.minusDays(2), null), null, null);
        MemberView needy = joined.get(random.nextInt(joined.size()));
        assistance.openHardshipFile(new AssistanceSteps.HardshipOpening(needy.id(), "配偶长期患病，家庭收入低，子女在读",
                HardshipLevel.HARDSHIP, today.minusYears(1)));
        assistance.distributeWelfare(new AssistanceSteps.WelfarePlan("中秋节", "月饼礼盒", new BigDecimal("150.00"),
                today.minusDays(10), null));
        return joined.size() + " union members, " + periods + " dues periods, " + visits + " visits, " + cases
                + " assistance cases";
    }

    private void approveAndPay(Long expenseId, LocalDate today, String minute) {
        FundExpenseView x = ledger.expense(expenseId);
        LocalDate meeting = x.requestedOn().plusDays(3).isAfter(today) ? today : x.requestedOn().plusDays(3);
        x = ledger.approve(expenseId, new FundSteps.Approval(x.requested(), meeting, minute, "同意", x.version()));
        ledger.postPayment(expenseId, new FundSteps.Payment(x.approved(), today, FundAccount.BANK, x.version()));
    }
}
