package org.yuanwu.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yuanwu.organization.OrgUnitKind;
import org.yuanwu.organization.StaffFilter;
import org.yuanwu.organization.StaffService;
import org.yuanwu.organization.StaffStatus;
import org.yuanwu.organization.StaffView;
import org.yuanwu.organization.UnitView;
import org.yuanwu.party.AgreementForm;
import org.yuanwu.party.AgreementKind;
import org.yuanwu.party.AgreementService;
import org.yuanwu.party.BranchForm;
import org.yuanwu.party.BranchService;
import org.yuanwu.party.BranchView;
import org.yuanwu.party.ConductForm;
import org.yuanwu.party.ConductKind;
import org.yuanwu.party.ConductService;
import org.yuanwu.party.EvaluationForm;
import org.yuanwu.party.EvaluationItemView;
import org.yuanwu.party.ConductEvaluationService;
import org.yuanwu.party.GiftHandling;
import org.yuanwu.party.MeetingForm;
import org.yuanwu.party.MeetingKind;
import org.yuanwu.party.MeetingService;
import org.yuanwu.party.MemberForm;
import org.yuanwu.party.MemberStatus;
import org.yuanwu.party.MemberView;
import org.yuanwu.party.StudyForm;
import org.yuanwu.party.StudyService;

/**
 * The party office's year in the demo hospital: a branch per clinical department with about a fifth of its staff as
 * members, the monthly committee and group meetings and the quarterly assembly and lesson (a few missed, so the
 * reminders have something to say), weekly study for the last month, the director's agreements with most departments,
 * conduct records through the year and the monthly conduct evaluation. All through the party services.
 */
@Component
@Order(37)
class DemoParty implements DemoContribution {

    private static final String[] TOPICS = {"学习党的二十大精神", "医德医风专题教育", "廉洁行医警示教育", "学习《党章》",
            "“三重一大”制度学习", "纠正医药购销领域不正之风", "优质服务与患者满意度", "发展党员工作研究"};
    private static final String[] THANKS = {"患者家属送来感谢信，感谢医护人员精心救治", "出院患者赠送锦旗“医德高尚 妙手仁心”",
            "患者家属术前塞红包，医生当场婉拒", "患者家属邀请吃饭，主任婉言谢绝", "护士在院外救助晕倒老人",
            "县电视台报道科室抢救危重孕产妇事迹", "患者投诉服务态度，经查属实"};

    private final BranchService branches;
    private final MeetingService meetings;
    private final StudyService study;
    private final AgreementService agreements;
    private final ConductService conduct;
    private final ConductEvaluationService evaluations;
    private final StaffService staff;
    private final TransactionTemplate transaction;

    DemoParty(BranchService branches, MeetingService meetings, StudyService study, AgreementService agreements,
              ConductService conduct, ConductEvaluationService evaluations, StaffService staff,
              PlatformTransactionManager transactionManager) {
        this.branches = branches;
        this.meetings = meetings;
        this.study = study;
        this.agreements = agreements;
        this.conduct = conduct;
        this.evaluations = evaluations;
        this.staff = staff;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public String generate(long seed, List<UnitView> units, LocalDate today) {
        Random random = new Random(seed ^ 0x9A27L);
        return transaction.execute(status -> {
            List<UnitView> departments = units.stream()
                    .filter(u -> u.kind() == OrgUnitKind.DEPARTMENT && u.active()).limit(8).toList();
            int memberCount = 0;
            int meetingCount = 0;
            int conductCount = 0;
            for (UnitView department : departments) {
                List<StaffView> people = staff.search(new StaffFilter(null, department.id(), null, StaffStatus.ACTIVE, null, null),
                        PageRequest.of(0, 200, Sort.by("employeeNo"))).getContent();
                if (people.isEmpty()) {
                    continue;
                }
                BranchForm bf = new BranchForm();
                bf.setName(department.name() + "党支部");
                bf.setEstablishedOn(LocalDate.of(today.getYear() - 5, 7, 1));
                bf.setUnitIds(new ArrayList<>(List.of(department.id())));
                bf.setSecretaryStaffId(people.get(0).id());
                BranchView branch = branches.create(bf);
                List<MemberView> members = new ArrayList<>();
                for (int i = 0; i < people.size(); i += 5) {
                    boolean probationary = random.nextInt(8) == 0;
                    MemberForm mf = new MemberForm();
                    mf.setBranchId(branch.id());
                    mf.setStaffId(people.get(i).id());
                    mf.setStatus(probationary ? MemberStatus.PROBATIONARY : MemberStatus.FULL);
                    mf.setJoinedOn(probationary ? today.minusMonths(3 + random.nextInt(8))
                            : LocalDate.of(1995 + random.nextInt(25), 1 + random.nextInt(12), 1 + random.nextInt(28)));
                    members.add(branches.addMember(mf));
                }
                memberCount += members.size();
                // the last six months: committee and group meetings monthly, one in eight missed; quarterly assembly and lesson
                YearMonth thisMonth = YearMonth.from(today);
                for (int back = 6; back >= 1; back--) {
                    YearMonth month = thisMonth.minusMonths(back);
                    for (MeetingKind kind : MeetingKind.values()) {
                        boolean quarterly = kind == MeetingKind.ASSEMBLY || kind == MeetingKind.LESSON;
                        if ((quarterly && month.getMonthValue() % 3 != 0) || random.nextInt(8) == 0) {
                            continue;
                        }
                        MeetingForm mf = new MeetingForm();
                        mf.setBranchId(branch.id());
                        mf.setKind(kind);
                        mf.setHeldOn(month.atDay(5 + random.nextInt(20)));
                        mf.setTopic(TOPICS[random.nextInt(TOPICS.length)]);
                        mf.setMinutes("传达学习上级精神，结合科室实际讨论落实措施。");
                        Map<Long, String> absences = new HashMap<>();
                        for (MemberView m : members) {
                            if (random.nextInt(10) > 0) {
                                mf.getPresentMemberIds().add(m.id());
                            } else {
                                absences.put(m.id(), random.nextBoolean() ? "夜班" : "外出进修");
                            }
                        }
                        mf.setAbsenceReasons(absences);
                        meetings.record(mf);
                        meetingCount++;
                    }
                }
                // weekly study in the last four weeks, one week short
                LocalDate monday = today.with(DayOfWeek.MONDAY).minusWeeks(4);
                for (int week = 0; week < 4; week++) {
                    StudyForm sf = new StudyForm();
                    sf.setUnitId(department.id());
                    sf.setHeldOn(monday.plusWeeks(week).plusDays(2));
                    sf.setTopic(TOPICS[random.nextInt(TOPICS.length)]);
                    sf.setHours(week == 2 && random.nextBoolean() ? new BigDecimal("1.0") : new BigDecimal("2.0"));
                    for (StaffView p : people.subList(0, Math.min(people.size(), 12))) {
                        (random.nextInt(10) > 0 ? sf.getPresentStaffIds() : sf.getAbsentStaffIds()).add(p.id());
                    }
                    study.record(sf);
                }
                if (random.nextInt(6) > 0) {
                    AgreementForm af = new AgreementForm();
                    af.setKind(AgreementKind.DEPARTMENT);
                    af.setUnitId(department.id());
                    af.setFirstParty("院长");
                    af.setContent("落实党风廉政建设“一岗双责”；严禁收受红包、回扣；严格执行医疗服务价格政策。");
                    af.setSignedOn(today.withDayOfYear(1).plusDays(random.nextInt(Math.max(1, Math.min(60, today.getDayOfYear())))));
                    agreements.create(af);
                }
                // conduct records through the year, at the department's wards where it has them
                List<UnitView> places = units.stream().filter(u -> department.id().equals(u.parentId())).toList();
                int records = 3 + random.nextInt(5);
                for (int i = 0; i < records; i++) {
                    int k = random.nextInt(20);
                    ConductKind kind = k < 6 ? ConductKind.THANKS_LETTER : k < 10 ? ConductKind.BANNER
                            : k < 14 ? ConductKind.GIFT_REFUSED : k < 16 ? ConductKind.MEAL_DECLINED
                            : k < 18 ? ConductKind.GOOD_DEED : k < 19 ? ConductKind.MEDIA_REPORT : ConductKind.COMPLAINT_UPHELD;
                    ConductForm cf = new ConductForm();
                    cf.setKind(kind);
                    cf.setUnitId(places.isEmpty() ? department.id() : places.get(random.nextInt(places.size())).id());
                    cf.setOccurredOn(today.minusDays(random.nextInt(Math.max(1, today.getDayOfYear()))));
                    cf.setDescription(THANKS[kind.ordinal()]);
                    if (kind == ConductKind.GIFT_REFUSED) {
                        cf.setAmountYuan(BigDecimal.valueOf(200L * (1 + random.nextInt(10))));
                        cf.setHandling(GiftHandling.values()[random.nextInt(GiftHandling.values().length)]);
                    }
                    conduct.create(cf);
                    conductCount++;
                }
                List<EvaluationItemView> items = evaluations.items(true);
                for (int month = 1; month < today.getMonthValue(); month++) {
                    EvaluationForm ef = new EvaluationForm();
                    ef.setUnitId(department.id());
                    ef.setMonth(YearMonth.of(today.getYear(), month));
                    ef.setEvaluator("党办");
                    for (EvaluationItemView item : items) {
                        int lost = random.nextInt(4) == 0 ? random.nextInt(Math.max(1, item.maxScore() / 5)) : 0;
                        ef.getScores().put(item.id(), BigDecimal.valueOf(item.maxScore() - lost));
                    }
                    evaluations.evaluate(ef);
                }
            }
            return departments.size() + " party branches, " + memberCount + " members, " + meetingCount + " meetings, "
                    + conductCount + " conduct records";
        });
    }
}
