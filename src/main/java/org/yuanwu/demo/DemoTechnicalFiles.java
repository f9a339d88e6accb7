package org.yuanwu.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.yuanwu.organization.OrgUnitKind;
import org.yuanwu.organization.StaffFilter;
import org.yuanwu.organization.StaffService;
import org.yuanwu.organization.StaffStatus;
import org.yuanwu.organization.StaffView;
import org.yuanwu.organization.UnitView;
import org.yuanwu.training.CreditEntryForm;
import org.yuanwu.training.CreditEntryKind;
import org.yuanwu.training.CreditService;

/**
 * The technical files' outside credits: in a handful of wards, some nurses attended an academic conference or
 * external training this year (with a certificate number), and a few came back from further study (进修) at a
 * provincial hospital — so the credit list shows both people who met the requirement and people short of it.
 */
@Component
@Order(32)
class DemoTechnicalFiles implements DemoContribution {

    static final int WARDS = 6;
    static final int STAFF_PER_WARD = 10;
    static final String[] CONFERENCES = {"省护理学会学术年会", "急危重症护理新进展研讨会", "静脉治疗护理专题培训班",
            "医院感染管理学术会议", "老年护理与康复论坛"};
    static final String[] ORGANISERS = {"省护理学会", "市护理质控中心", "省医院协会", "市医学会"};
    static final String[] HOSPITALS = {"省人民医院", "湘雅医院", "省肿瘤医院", "市中心医院"};
    static final String[] SPECIALTIES = {"重症监护", "血液净化", "伤口造口", "急诊急救", "静脉治疗"};

    private final StaffService staff;
    private final CreditService credits;

    DemoTechnicalFiles(StaffService staff, CreditService credits) {
        this.staff = staff;
        this.credits = credits;
    }

    @Override
    public String generate(long seed, List<UnitView> units, LocalDate today) {
        Random random = new Random(seed * 31 + 32);
        List<UnitView> wards = units.stream().filter(u -> u.active() && u.kind() == OrgUnitKind.WARD)
                .sorted(Comparator.comparing(UnitView::id)).limit(WARDS).toList();
        int conferences = 0;
        int studies = 0;
        for (UnitView ward : wards) {
            List<StaffView> people = staff.search(new StaffFilter(null, ward.id(), null, StaffStatus.ACTIVE, null, null),
                    PageRequest.of(0, STAFF_PER_WARD, Sort.by("employeeNo"))).getContent();
            for (StaffView p : people) {
                if (random.nextInt(100) < 55) {
                    LocalDate on = today.withDayOfYear(1 + random.nextInt(today.getDayOfYear()));
                    CreditEntryForm f = new CreditEntryForm();
                    f.setKind(random.nextBoolean() ? CreditEntryKind.CONFERENCE : CreditEntryKind.EXTERNAL_TRAINING);
                    f.setTitle(CONFERENCES[random.nextInt(CONFERENCES.length)]);
                    f.setInstitution(ORGANISERS[random.nextInt(ORGANISERS.length)]);
                    f.setStartsOn(on.minusDays(random.nextInt(3)));
                    f.setEndsOn(on);
                    f.setCreditHours(BigDecimal.valueOf(2 + random.nextInt(9)));
                    f.setEvidence("继教证书 " + on.getYear() + "-" + (10000 + random.nextInt(90000)));
                    credits.addEntry(p.id(), f);
                    conferences++;
                }
                if (random.nextInt(100) < 12) {
                    LocalDate ends = today.minusDays(20 + random.nextInt(300));
                    CreditEntryForm f = new CreditEntryForm();
                    f.setKind(CreditEntryKind.FURTHER_STUDY);
                    String specialty = SPECIALTIES[random.nextInt(SPECIALTIES.length)];
                    f.setTitle(specialty + "专科进修");
                    f.setInstitution(HOSPITALS[random.nextInt(HOSPITALS.length)]);
                    f.setSpecialty(specialty);
                    f.setStartsOn(ends.minusMonths(3));
                    f.setEndsOn(ends);
                    f.setCreditHours(new BigDecimal("15"));
                    f.setEvidence("进修结业证书 " + (2000 + random.nextInt(8000)));
                    credits.addEntry(p.id(), f);
                    studies++;
                }
            }
        }
        return conferences + " external credits and " + studies + " further-study periods in technical files";
    }
}
