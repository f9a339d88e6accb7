package org.yuanwu.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yuanwu.organization.Gender;
import org.yuanwu.organization.OrgUnitKind;
import org.yuanwu.organization.StaffView;
import org.yuanwu.organization.UnitView;
import org.yuanwu.quality.RadiologyConcordance;
import org.yuanwu.quality.RadiologyForms;
import org.yuanwu.quality.RadiologyGrade;
import org.yuanwu.quality.RadiologyModality;
import org.yuanwu.quality.RadiologyService;
import org.yuanwu.quality.RadiologySource;
import org.yuanwu.quality.RadiologyViews;
import org.yuanwu.quality.RecordAuditForm;
import org.yuanwu.quality.RecordAuditLevel;
import org.yuanwu.quality.RecordAuditRoundForm;
import org.yuanwu.quality.RecordAuditRoundView;
import org.yuanwu.quality.RecordAuditService;
import org.yuanwu.quality.RecordAuditSteps;
import org.yuanwu.quality.RecordAuditView;
import org.yuanwu.quality.TemplateItemView;
import org.yuanwu.quality.TemplateView;

/**
 * The demo hospital's nursing-record audits and radiology QC for the last three months: a round per month in a few
 * wards with sampled records (older holds corrected and released, this month's still held), and in the imaging
 * department a device register, graded images, report checks, reading sessions and diagnosis follow-ups.
 */
@Component
@Order(31)
class DemoRecordsAndRadiology implements DemoContribution {

    private static final String[][] DIAGNOSES = {{"右肺上叶占位，考虑周围型肺癌", "右肺上叶腺癌"},
            {"急性阑尾炎", "急性化脓性阑尾炎"}, {"胆囊结石伴胆囊炎", "慢性胆囊炎，胆囊结石"},
            {"左肾占位，考虑肾癌", "左肾透明细胞癌"}, {"甲状腺结节，TI-RADS 4a", "结节性甲状腺肿"},
            {"乳腺肿物，BI-RADS 4b", "乳腺纤维腺瘤"}, {"肝脏占位，考虑血管瘤", "肝血管瘤"}};

    private final RecordAuditService records;
    private final RadiologyService radiology;
    private final TransactionTemplate transaction;

    DemoRecordsAndRadiology(RecordAuditService records, RadiologyService radiology, PlatformTransactionManager tm) {
        this.records = records;
        this.radiology = radiology;
        this.transaction = new TransactionTemplate(tm);
    }

    @Override
    public String generate(long seed, List<UnitView> units, LocalDate today) {
        Random random = new Random(seed ^ 0x2EC0D5L);
        int[] counts = transaction.execute(status -> new int[] {audits(random, units, today), radiology(random, units, today)});
        return counts[0] + " record audits, " + counts[1] + " radiology QC records";
    }

    private int audits(Random random, List<UnitView> units, LocalDate today) {
        TemplateView template = records.recordTemplates().stream().findFirst().orElse(null);
        if (template == null) {
            return 0;
        }
        List<TemplateItemView> items = template.items().stream().filter(i -> !i.veto()).toList();
        List<UnitView> wards = units.stream().filter(u -> u.active() && u.kind() == OrgUnitKind.WARD).limit(4).toList();
        int count = 0;
        YearMonth thisMonth = YearMonth.from(today);
        for (UnitView ward : wards) {
            for (int back = 2; back >= 0; back--) {
                YearMonth month = thisMonth.minusMonths(back);
                RecordAuditRoundForm rf = new RecordAuditRoundForm();
                rf.setUnitId(ward.id());
                rf.setMonth(month.toString());
                RecordAuditRoundView round = records.createRound(rf);
                int lastDay = back == 0 ? today.getDayOfMonth() : month.lengthOfMonth();
                ChineseNames names = new ChineseNames(random);
                for (int n = 1; n <= 5; n++) {
                    RecordAuditForm f = new RecordAuditForm();
                    f.setRecordNo(String.format("%s%02d%03d", ward.code() == null ? "ZY" : ward.code(), month.getMonthValue(), n));
                    f.setPatientName(names.next(random.nextBoolean() ? Gender.FEMALE : Gender.MALE));
                    f.setDischarged(random.nextInt(3) > 0);
                    f.setLevel(RecordAuditLevel.values()[random.nextInt(3)]);
                    f.setAuditedOn(month.atDay(1 + random.nextInt(lastDay)));
                    List<RecordAuditForm.Defect> defects = new ArrayList<>();
                    for (TemplateItemView item : items) {
                        // a few items fail far more often than the rest, so the Pareto chart has a head and a tail
                        int odds = item.itemCode().endsWith("03") || item.itemCode().endsWith("05") ? 35 : 8;
                        if (random.nextInt(100) < odds) {
                            defects.add(new RecordAuditForm.Defect(item.id(), 1 + random.nextInt(2), null));
                        }
                    }
                    f.setDefects(defects);
                    RecordAuditView a = records.audit(round.id(), f);
                    count++;
                    if (!a.passed() && back > 0) {
                        a = records.correct(a.id(), new RecordAuditSteps.Correction("已按要求补记、更正并签名", a.version()));
                        records.recheck(a.id(), new RecordAuditSteps.Recheck(true, null, a.version()));
                    }
                }
            }
        }
        return count;
    }

    private int radiology(Random random, List<UnitView> units, LocalDate today) {
        UnitView imaging = units.stream().filter(u -> u.active() && u.name().contains("影像")).findFirst().orElse(null);
        if (imaging == null) {
            return 0;
        }
        List<StaffView> staff = radiology.staffOf(imaging.id());
        if (staff.size() < 2) {
            return 0;
        }
        List<StaffView> technologists = staff.stream().filter(s -> s.position() != null && s.position().contains("技")).toList();
        List<StaffView> doctors = staff.stream().filter(s -> !technologists.contains(s)).toList();
        List<StaffView> techs = technologists.isEmpty() ? staff : technologists;
        List<StaffView> docs = doctors.isEmpty() ? staff : doctors;
        List<RadiologyViews.Device> devices = new ArrayList<>();
        String[][] register = {{"DR", "数字X线摄影系统"}, {"CT", "64排螺旋CT"}, {"MR", "1.5T磁共振"}};
        for (String[] d : register) {
            devices.add(radiology.createDevice(new RadiologyForms.Device(imaging.id(), "YX-" + d[0] + "-" + (seed(random)),
                    d[1], RadiologyModality.valueOf(d[0]))));
        }
        int count = devices.size();
        YearMonth thisMonth = YearMonth.from(today);
        for (int back = 2; back >= 0; back--) {
            YearMonth month = thisMonth.minusMonths(back);
            int lastDay = back == 0 ? today.getDayOfMonth() : month.lengthOfMonth();
            for (int n = 1; n <= 30; n++) {
                int roll = random.nextInt(100);
                RadiologyGrade grade = roll < 82 ? RadiologyGrade.A : roll < 94 ? RadiologyGrade.B : roll < 98 ? RadiologyGrade.C
                        : RadiologyGrade.REJECT;
                radiology.gradeImage(new RadiologyForms.Image(imaging.id(), String.format("IMG%s%03d", month.toString().replace("-", ""), n),
                        month.atDay(1 + random.nextInt(lastDay)), techs.get(random.nextInt(techs.size())).id(),
                        devices.get(random.nextInt(devices.size())).id(), grade, null));
                count++;
            }
            for (int n = 1; n <= 8; n++) {
                int defects = random.nextInt(10) < 7 ? 0 : 1 + random.nextInt(2);
                radiology.checkReport(new RadiologyForms.ReportCheck(imaging.id(), String.format("RPT%s%03d",
                        month.toString().replace("-", ""), n), docs.get(random.nextInt(docs.size())).id(),
                        month.atDay(1 + random.nextInt(lastDay)), 10, defects, defects == 0 ? null : "影像描述不全或术语不规范",
                        BigDecimal.valueOf(100 - defects * 4L - random.nextInt(3))));
                count++;
            }
            for (int n = 0; n < 4; n++) {
                List<Long> participants = new ArrayList<>();
                for (StaffView s : docs) {
                    if (participants.size() < 5 && random.nextInt(3) > 0) {
                        participants.add(s.id());
                    }
                }
                if (participants.isEmpty()) {
                    participants.add(docs.get(0).id());
                }
                radiology.recordReading(new RadiologyForms.Reading(imaging.id(), month.atDay(1 + random.nextInt(lastDay)),
                        2 + random.nextInt(4), participants, "疑难病例集体读片，统一诊断意见，典型病例存档教学"));
                count++;
            }
            for (int n = 1; n <= 6; n++) {
                String[] dx = DIAGNOSES[random.nextInt(DIAGNOSES.length)];
                int roll = random.nextInt(100);
                RadiologyConcordance c = roll < 80 ? RadiologyConcordance.YES : roll < 93 ? RadiologyConcordance.PARTIAL
                        : RadiologyConcordance.NO;
                radiology.recordFollowup(new RadiologyForms.Followup(imaging.id(), String.format("FU%s%03d",
                        month.toString().replace("-", ""), n), dx[0], dx[1],
                        RadiologySource.values()[random.nextInt(RadiologySource.values().length)], c,
                        month.atDay(1 + random.nextInt(lastDay))));
                count++;
            }
        }
        return count;
    }

    private static String seed(Random random) {
        return String.valueOf(100 + random.nextInt(900));
    }
}
