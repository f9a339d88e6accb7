package org.yuanwu.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.yuanwu.union.ActivityAttendance;
import org.yuanwu.union.ActivityForm;
import org.yuanwu.union.ActivityKind;
import org.yuanwu.union.ActivityService;
import org.yuanwu.union.ActivityView;
import org.yuanwu.union.ClubForm;
import org.yuanwu.union.ClubService;
import org.yuanwu.union.ClubView;
import org.yuanwu.union.ContestForm;
import org.yuanwu.union.ContestScoreInput;
import org.yuanwu.union.ContestService;
import org.yuanwu.union.ContestView;
import org.yuanwu.union.HealthCheckFindingForm;
import org.yuanwu.union.HealthCheckForm;
import org.yuanwu.union.HealthCheckService;
import org.yuanwu.union.HealthCheckView;
import org.yuanwu.union.HonourForm;
import org.yuanwu.union.HonourLevel;
import org.yuanwu.union.HonourStatus;
import org.yuanwu.union.HonourView;
import org.yuanwu.union.Honours;

/**
 * The union's activities record for the demo hospital: clubs with members and leaders, the year's activities
 * (past ones held with attendance, coming ones open for sign-up), the Nurses' Day skill contest with its prizes,
 * honours of people and units at every level, and this year's staff health check with attendance and a few
 * confidential findings. Everything goes through the union services, so it is validated and audited.
 */
@Component
@Order(36)
class DemoUnionActivities implements DemoContribution {

    private static final String[] CLUBS = {"摄影协会", "书画协会", "篮球俱乐部", "羽毛球俱乐部", "瑜伽俱乐部"};
    private static final String[][] ACTIVITIES = {
            {"新春联欢会", "SPORTS_CULTURE", "01-20", "门诊楼五楼会议厅"},
            {"“三八”妇女节健步走", "SPORTS_CULTURE", "03-08", "滨江绿道"},
            {"学雷锋义诊志愿服务", "VOLUNTEER", "03-05", "人民广场"},
            {"“5·12”护士节趣味运动会", "SPORTS_CULTURE", "05-12", "院内运动场"},
            {"职工篮球赛", "SPORTS_CULTURE", "06-20", "县体育馆"},
            {"高温慰问一线职工", "SYMPATHY_VISIT", "07-25", "各病区"},
            {"中秋读书分享会", "OTHER", "09-18", "职工书屋"},
            {"重阳节登山", "SPORTS_CULTURE", "10-29", "凤凰山"},
            {"冬季羽毛球联赛", "SPORTS_CULTURE", "12-12", "职工活动中心"},
            {"元旦迎新长跑", "SPORTS_CULTURE", "12-30", "滨江绿道"}};
    private static final String[][] HONOURS = {
            {"全国优秀护士", "NATIONAL", "国家卫生健康委员会"},
            {"省级巾帼文明岗", "PROVINCIAL", "省妇女联合会"},
            {"市级优秀医务工作者", "CITY", "市卫生健康委员会"},
            {"县级先进工作者", "COUNTY", "县人民政府"},
            {"院级优秀护士", "HOSPITAL", "医院"},
            {"院级服务之星", "HOSPITAL", "医院"},
            {"县级模范职工之家", "COUNTY", "县总工会"}};
    private static final String[] FINDINGS = {"血压偏高（145/92 mmHg）", "空腹血糖偏高（6.8 mmol/L）", "甲状腺结节（TI-RADS 3类）",
            "轻度脂肪肝", "总胆固醇偏高"};

    private final ClubService clubs;
    private final ActivityService activities;
    private final ContestService contests;
    private final Honours honours;
    private final HealthCheckService health;
    private final StaffService staff;
    private final TransactionTemplate transaction;

    DemoUnionActivities(ClubService clubs, ActivityService activities, ContestService contests, Honours honours,
                        HealthCheckService health, StaffService staff, PlatformTransactionManager transactionManager) {
        this.clubs = clubs;
        this.activities = activities;
        this.contests = contests;
        this.honours = honours;
        this.health = health;
        this.staff = staff;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public String generate(long seed, List<UnitView> units, LocalDate today) {
        Random random = new Random(seed ^ 0xAC71717EL);
        UnitView hospital = units.stream().filter(u -> u.kind() == OrgUnitKind.INSTITUTION && u.parentId() == null)
                .findFirst().orElse(units.get(0));
        List<StaffView> people = staff.search(new StaffFilter(null, hospital.id(), null, StaffStatus.ACTIVE, null, null),
                PageRequest.of(0, 5000, Sort.by("id"))).getContent();
        if (people.size() < 10) {
            return "union activities skipped (too few staff)";
        }
        return transaction.execute(status -> {
            int members = clubs(random, people, today);
            int[] held = activities(random, people, hospital, today);
            int prizes = contest(random, people, hospital, today);
            int awarded = honours(random, people, units, today);
            int attended = healthCheck(random, today);
            return CLUBS.length + " clubs with " + members + " members, " + held[0] + " union activities ("
                    + held[1] + " attendances), a skill contest with " + prizes + " prizes, " + awarded
                    + " honours awarded, " + attended + " staff health checks attended";
        });
    }

    private int clubs(Random random, List<StaffView> people, LocalDate today) {
        int members = 0;
        for (String name : CLUBS) {
            ClubForm f = new ClubForm();
            f.setName(name);
            f.setFoundedOn(LocalDate.of(today.getYear() - 1 - random.nextInt(8), 1 + random.nextInt(12), 1));
            f.setDescription("职工业余" + name.replace("协会", "").replace("俱乐部", "") + "爱好者的组织");
            ClubView club = clubs.create(f);
            int size = 8 + random.nextInt(10);
            for (StaffView s : pick(random, people, size)) {
                clubs.addMember(club.id(), s.id(), members % size == 0, f.getFoundedOn().plusDays(random.nextInt(300)));
                members++;
            }
        }
        return members;
    }

    private int[] activities(Random random, List<StaffView> people, UnitView hospital, LocalDate today) {
        int count = 0;
        int attendances = 0;
        List<ClubView> clubList = clubs.list(true);
        for (String[] a : ACTIVITIES) {
            LocalDate day = LocalDate.parse(today.getYear() + "-" + a[2]);
            ActivityForm f = new ActivityForm();
            f.setTitle(a[0]);
            f.setKind(ActivityKind.valueOf(a[1]));
            f.setHeldOn(day);
            f.setPlace(a[3]);
            f.setOrganiserUnitId(hospital.id());
            f.setCapacity(a[1].equals("SYMPATHY_VISIT") ? null : 30 + 10 * random.nextInt(5));
            f.setSignupDeadline(day.minusDays(3));
            f.setBudgetYuan(BigDecimal.valueOf(500 + 100L * random.nextInt(40)));
            if (a[0].contains("篮球")) {
                f.setClubId(clubList.stream().filter(c -> c.name().contains("篮球")).findFirst().map(ClubView::id).orElse(null));
            }
            ActivityView v = activities.create(f);
            count++;
            List<StaffView> crowd = pick(random, people, 6 + random.nextInt(12));
            if (day.isAfter(today.plusDays(2))) {
                for (StaffView s : crowd.subList(0, Math.min(crowd.size(), 5))) {
                    activities.signUp(v.id(), s.id());
                }
            } else if (!day.isAfter(today)) {
                List<Long> came = crowd.stream().map(StaffView::id).toList();
                activities.recordAttendance(v.id(), new ActivityAttendance(came, v.version()));
                attendances += came.size();
                ActivityForm spent = ActivityForm.of(activities.get(v.id()));
                spent.setSpentYuan(f.getBudgetYuan().multiply(BigDecimal.valueOf(80 + random.nextInt(20)))
                        .divide(BigDecimal.valueOf(100)).setScale(2, java.math.RoundingMode.HALF_UP));
                activities.update(v.id(), spent);
            }
        }
        return new int[] {count, attendances};
    }

    private int contest(Random random, List<StaffView> people, UnitView hospital, LocalDate today) {
        LocalDate day = LocalDate.of(today.getYear(), 5, 10);
        if (day.isAfter(today)) {
            day = day.minusYears(1);
        }
        ContestForm f = new ContestForm();
        f.setTitle(day.getYear() + "年“5·12”护士节护理技能竞赛");
        f.setHeldOn(day);
        f.setOrganiserUnitId(hospital.id());
        f.setRounds(2);
        f.setPrizeCount(6);
        ContestView c = contests.create(f);
        List<StaffView> entrants = pick(random, people, 12);
        String[] judges = {"护理部主任", "工会主席", "内科护士长"};
        for (StaffView s : entrants) {
            contests.addEntrant(c.id(), s.id());
            for (int round = 1; round <= 2; round++) {
                for (String judge : judges) {
                    contests.score(c.id(), new ContestScoreInput(s.id(), round, judge,
                            BigDecimal.valueOf(7000 + random.nextInt(2900), 2)));
                }
            }
        }
        contests.finish(c.id(), contests.get(c.id()).version());
        return (int) contests.standings(c.id()).stream().filter(x -> x.prize()).count();
    }

    private int honours(Random random, List<StaffView> people, List<UnitView> units, LocalDate today) {
        List<UnitView> wards = units.stream().filter(u -> u.kind() == OrgUnitKind.WARD && u.active()).toList();
        int awarded = 0;
        for (int i = 0; i < HONOURS.length; i++) {
            String[] h = HONOURS[i];
            HonourForm f = new HonourForm();
            f.setTitle(h[0]);
            f.setLevel(HonourLevel.valueOf(h[1]));
            f.setAwardingBody(h[2]);
            f.setAwardedOn(today.minusDays(20 + random.nextInt(200)));
            boolean forUnit = h[0].contains("岗") || h[0].contains("之家") || wards.isEmpty() ? true : false;
            if (forUnit) {
                f.setUnitId(wards.isEmpty() ? units.get(0).id() : wards.get(random.nextInt(wards.size())).id());
            } else {
                f.setStaffId(people.get(random.nextInt(people.size())).id());
            }
            HonourView v = honours.create(f);
            if (i == HONOURS.length - 1) {
                continue; // one still being applied for
            }
            v = honours.move(v.id(), HonourStatus.RECOMMENDED, null, null, v.version());
            if (i == HONOURS.length - 2) {
                continue; // one recommended, waiting
            }
            honours.move(v.id(), HonourStatus.AWARDED, null, null, v.version());
            awarded++;
        }
        return awarded;
    }

    private int healthCheck(Random random, LocalDate today) {
        LocalDate start = LocalDate.of(today.getYear(), 4, 1);
        if (start.isAfter(today)) {
            start = today.withDayOfYear(1);
        }
        HealthCheckForm f = new HealthCheckForm();
        f.setYear(today.getYear());
        f.setProvider("县人民医院健康管理中心");
        f.setStartsOn(start);
        f.setEndsOn(start.plusMonths(8).isBefore(LocalDate.of(today.getYear(), 12, 31)) ? start.plusMonths(8)
                : LocalDate.of(today.getYear(), 12, 31));
        f.setAudienceAll(true);
        HealthCheckView c = health.create(f);
        List<Long> due = new ArrayList<>();
        health.attendance(c.id(), false, null, PageRequest.of(0, 5000, Sort.by("staffId")))
                .forEach(a -> due.add(a.staffId()));
        long span = Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(start, today.isBefore(f.getEndsOn()) ? today : f.getEndsOn()));
        int attended = 0;
        for (Long staffId : due) {
            if (random.nextInt(100) < 80) {
                health.recordAttendance(c.id(), staffId, start.plusDays(span == 0 ? 0 : random.nextInt((int) span + 1)));
                attended++;
                if (random.nextInt(100) < 15) {
                    health.recordFinding(c.id(), new HealthCheckFindingForm(staffId, true, FINDINGS[random.nextInt(FINDINGS.length)],
                            "建议专科随访", "三个月后复查，注意饮食与运动"));
                } else if (random.nextInt(100) < 30) {
                    health.recordFinding(c.id(), new HealthCheckFindingForm(staffId, false, null, "未见明显异常", null));
                }
            }
        }
        return attended;
    }

    private static List<StaffView> pick(Random random, List<StaffView> people, int n) {
        List<StaffView> copy = new ArrayList<>(people);
        java.util.Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(n, copy.size()));
    }
}
