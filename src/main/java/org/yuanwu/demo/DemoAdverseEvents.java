package org.yuanwu.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yuanwu.organization.OrgUnitKind;
import org.yuanwu.organization.UnitView;
import org.yuanwu.safety.AdverseEventService;
import org.yuanwu.safety.EventForm;
import org.yuanwu.safety.EventLevel;
import org.yuanwu.safety.EventSteps;
import org.yuanwu.safety.EventType;
import org.yuanwu.safety.EventView;
import org.yuanwu.safety.FishboneCategory;
import org.yuanwu.safety.TriageDecision;

/**
 * The demo hospital's adverse events of the last three months: a few per ward, mostly level III–IV near misses and
 * harmless events as real reporting looks, some anonymous; triaged by the quality office, the serious ones analysed
 * with a corrective action (a quality finding), older ones closed, the latest still waiting for triage.
 */
@Component
@Order(30)
class DemoAdverseEvents implements DemoContribution {

    private static final List<Odds<EventType>> TYPES = List.of(Odds.of(EventType.FALL, 25), Odds.of(EventType.MEDICATION, 22),
            Odds.of(EventType.PRESSURE_INJURY, 14), Odds.of(EventType.TUBE_DISLODGEMENT, 14), Odds.of(EventType.IDENTIFICATION, 8),
            Odds.of(EventType.DEVICE, 6), Odds.of(EventType.TRANSFUSION, 3), Odds.of(EventType.INFECTION, 4), Odds.of(EventType.OTHER, 4));
    private static final List<Odds<EventLevel>> LEVELS = List.of(Odds.of(EventLevel.I, 2), Odds.of(EventLevel.II, 13),
            Odds.of(EventLevel.III, 40), Odds.of(EventLevel.IV, 45));
    private static final String[] PLACES = {"病房", "卫生间", "走廊", "治疗室", "护士站"};

    private final AdverseEventService events;
    private final TransactionTemplate transaction;

    DemoAdverseEvents(AdverseEventService events, PlatformTransactionManager transactionManager) {
        this.events = events;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public String generate(long seed, List<UnitView> units, LocalDate today) {
        Random random = new Random(seed ^ 0xAD7E5EL);
        List<UnitView> wards = units.stream().filter(u -> u.kind() == OrgUnitKind.WARD && u.active()).limit(16).toList();
        int[] counts = new int[2];
        transaction.executeWithoutResult(status -> {
            for (UnitView ward : wards) {
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    int daysAgo = 1 + random.nextInt(90);
                    EventType type = Odds.pick(random, TYPES);
                    EventLevel level = Odds.pick(random, LEVELS);
                    EventForm form = new EventForm();
                    form.setOccurredAt(today.minusDays(daysAgo).atTime(random.nextInt(24), random.nextInt(60)));
                    form.setUnitId(ward.id());
                    form.setPlace(PLACES[random.nextInt(PLACES.length)]);
                    form.setPatientInvolved(level != EventLevel.IV);
                    form.setType(type);
                    form.setLevel(level);
                    form.setNursing(type != EventType.SURGERY && type != EventType.DEVICE);
                    form.setDescription(description(type, level));
                    form.setImmediateActions("立即报告护士长及值班医生，评估患者情况并采取补救措施");
                    form.setAnonymous(random.nextInt(5) == 0);
                    EventView e = events.report(form);
                    counts[0]++;
                    if (daysAgo <= 3) {
                        continue; // the latest wait for the quality office
                    }
                    e = events.triage(e.id(), new EventSteps.Triage(TriageDecision.ACCEPT, null, null, "核实属实", e.version()));
                    counts[1]++;
                    if (level.needsRootCauseAnalysis() || random.nextInt(4) == 0) {
                        e = analyse(e, type);
                        LocalDate deadline = today.plusDays(7 + random.nextInt(21));
                        e = events.addAction(e.id(), new EventSteps.CorrectiveAction(ward.id(), correction(type),
                                "科室组织学习并落实，质控科一个月后复查", null, deadline));
                    }
                    if (daysAgo > 30 && !e.accountabilityMissing()) {
                        events.close(e.id(), new EventSteps.Closing("整改落实，结案", e.version()));
                    }
                }
            }
        });
        return counts[0] + " adverse events (" + counts[1] + " accepted)";
    }

    private EventView analyse(EventView e, EventType type) {
        return events.analyse(e.id(), new EventSteps.RootCauseAnalysis(
                List.of(new EventSteps.TimelineEntry("发生时", "当班护士发现并报告"),
                        new EventSteps.TimelineEntry("10分钟内", "医生到场评估处理"),
                        new EventSteps.TimelineEntry("当日", "护士长组织科室讨论")),
                List.of(new EventSteps.Cause(FishboneCategory.PEOPLE, "风险评估不到位"),
                        new EventSteps.Cause(FishboneCategory.METHOD, "交接班流程未覆盖该风险"),
                        new EventSteps.Cause(FishboneCategory.ENVIRONMENT, "夜间人力不足")),
                List.of("为什么发生？风险未被识别", "为什么未识别？评估流于形式", "为什么流于形式？缺少复核"),
                "“" + label(type) + "”风险评估与复核机制不健全", e.version()));
    }

    private static String description(EventType type, EventLevel level) {
        String harm = switch (level) {
            case I -> "，造成患者严重伤害";
            case II -> "，造成患者轻度伤害";
            case III -> "，未造成患者伤害";
            case IV -> "，发现及时未到达患者";
        };
        return label(type) + "事件" + harm;
    }

    private static String correction(EventType type) {
        return label(type) + "防范措施落实不到位";
    }

    private static String label(EventType type) {
        return switch (type) {
            case MEDICATION -> "给药错误";
            case FALL -> "跌倒/坠床";
            case PRESSURE_INJURY -> "压力性损伤";
            case TUBE_DISLODGEMENT -> "管路滑脱";
            case TRANSFUSION -> "输血";
            case SURGERY -> "手术";
            case INFECTION -> "医院感染";
            case DEVICE -> "器械";
            case IDENTIFICATION -> "身份识别";
            case OTHER -> "其他";
        };
    }
}
