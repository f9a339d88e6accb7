package org.yuanwu.demo;

import org.yuanwu.common.HospitalTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yuanwu.infection.AdmissionInput;
import org.yuanwu.infection.CaseForm;
import org.yuanwu.infection.CaseOutcome;
import org.yuanwu.infection.CensusForm;
import org.yuanwu.infection.CensusGranularity;
import org.yuanwu.infection.CensusService;
import org.yuanwu.infection.CaseView;
import org.yuanwu.infection.ClinicalEventService;
import org.yuanwu.infection.DeviceAssociation;
import org.yuanwu.infection.EventInput;
import org.yuanwu.infection.EventKind;
import org.yuanwu.infection.InfectionCaseService;
import org.yuanwu.infection.InfectionSite;
import org.yuanwu.infection.ScreeningService;
import org.yuanwu.organization.OrgUnitKind;
import org.yuanwu.organization.UnitView;

/**
 * The demo hospital's infection-control record: a year of monthly census per ward (the rates' denominators),
 * confirmed cases at a realistic 1–3 %, a few still waiting for the office, and the last fortnight's stays with
 * temperatures, cultures and antibiotic starts, screened once so the review list has suspects in it. Deterministic
 * for a seed; everything goes through the infection services, so it is validated and audited like a person's work.
 */
@Component
class DemoInfection {

    static final ZoneId ZONE = HospitalTime.ZONE;
    private static final String[] PATHOGENS = {"大肠埃希菌", "肺炎克雷伯菌", "金黄色葡萄球菌", "铜绿假单胞菌", "鲍曼不动杆菌", "表皮葡萄球菌"};
    private static final List<Odds<InfectionSite>> SITES = List.of(Odds.of(InfectionSite.LOWER_RESPIRATORY, 40),
            Odds.of(InfectionSite.URINARY, 20), Odds.of(InfectionSite.BLOODSTREAM, 10), Odds.of(InfectionSite.SURGICAL_SUPERFICIAL, 10),
            Odds.of(InfectionSite.GASTROINTESTINAL, 8), Odds.of(InfectionSite.SKIN_SOFT_TISSUE, 7), Odds.of(InfectionSite.UPPER_RESPIRATORY, 5));

    private final CensusService census;
    private final InfectionCaseService cases;
    private final ClinicalEventService clinical;
    private final ScreeningService screening;
    private final TransactionTemplate transaction;

    DemoInfection(CensusService census, InfectionCaseService cases, ClinicalEventService clinical, ScreeningService screening,
                  PlatformTransactionManager transactionManager) {
        this.census = census;
        this.cases = cases;
        this.clinical = clinical;
        this.screening = screening;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Generates the record for the wards given (in one transaction); returns the number of cases. */
    int generate(long seed, List<UnitView> wards, LocalDate today) {
        Random random = new Random(seed ^ 0x1AFEC7L);
        return transaction.execute(status -> {
            int count = 0;
            YearMonth thisMonth = YearMonth.from(today);
            for (UnitView ward : wards.stream().filter(u -> u.kind() == OrgUnitKind.WARD).toList()) {
                boolean intensive = ward.name().contains("重症");
                int beds = ward.bedCount() == null ? 40 : ward.bedCount();
                for (int back = 12; back >= 1; back--) {
                    YearMonth month = thisMonth.minusMonths(back);
                    int patientDays = beds * month.lengthOfMonth() * (75 + random.nextInt(25)) / 100;
                    int discharges = patientDays / (intensive ? 9 : 7);
                    int ventilator = intensive ? patientDays * (30 + random.nextInt(20)) / 100 : 0;
                    int centralLine = patientDays * (intensive ? 50 : 3 + random.nextInt(5)) / 100;
                    int catheter = patientDays * (intensive ? 60 : 8 + random.nextInt(8)) / 100;
                    census.save(new CensusForm(ward.id(), CensusGranularity.MONTH, month.atDay(1), discharges + random.nextInt(7) - 3,
                            discharges, patientDays, centralLine, catheter, ventilator, random.nextInt(intensive ? 3 : 15), null));
                    int infections = discharges * (intensive ? 6 + random.nextInt(6) : random.nextInt(4)) / 100;
                    for (int k = 0; k < infections; k++) {
                        count++;
                        CaseView c = cases.report(caseForm(random, ward, month, intensive, "D" + ward.code() + "-" + month + "-" + k));
                        if (back > 1 || k > 0) { // the latest month still has a report waiting for the office
                            cases.confirm(c.id(), c.version());
                        }
                    }
                }
            }
            stays(random, wards.stream().filter(u -> u.kind() == OrgUnitKind.WARD).limit(12).toList(), today);
            screening.run(true);
            return count;
        });
    }

    private static CaseForm caseForm(Random random, UnitView ward, YearMonth month, boolean intensive, String patient) {
        LocalDate onset = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
        LocalDate admitted = onset.minusDays(2 + random.nextInt(10));
        InfectionSite site = intensive && random.nextBoolean() ? InfectionSite.LOWER_RESPIRATORY : Odds.pick(random, SITES);
        DeviceAssociation device = switch (site) {
            case LOWER_RESPIRATORY -> intensive && random.nextBoolean() ? DeviceAssociation.VENTILATOR : DeviceAssociation.NONE;
            case URINARY -> random.nextInt(3) == 0 ? DeviceAssociation.URINARY_CATHETER : DeviceAssociation.NONE;
            case BLOODSTREAM -> random.nextBoolean() ? DeviceAssociation.CENTRAL_LINE : DeviceAssociation.NONE;
            default -> DeviceAssociation.NONE;
        };
        return new CaseForm(ward.id(), patient, null, admitted, onset, site, PATHOGENS[random.nextInt(PATHOGENS.length)],
                site == InfectionSite.URINARY ? "尿液" : site == InfectionSite.BLOODSTREAM ? "血液" : "痰", device,
                site.surgical() ? org.yuanwu.infection.OperationClass.II : null, CaseOutcome.IMPROVED, null, null);
    }

    /** The last fortnight's stays of some wards with their clinical events, as the HIS would have sent them. */
    private void stays(Random random, List<UnitView> wards, LocalDate today) {
        List<AdmissionInput> admissions = new ArrayList<>();
        List<EventInput> events = new ArrayList<>();
        LocalDateTime now = today.atStartOfDay();
        int n = 0;
        for (UnitView ward : wards) {
            for (int s = 0; s < 8; s++, n++) {
                String visit = "ZY-DEMO-" + n;
                LocalDateTime admitted = now.minusDays(3 + random.nextInt(10)).plusHours(8 + random.nextInt(10));
                admissions.add(new AdmissionInput(visit, "BA-DEMO-" + n, ward.code(), admitted, null));
                boolean fever = random.nextInt(5) == 0;
                for (LocalDateTime t = admitted.plusHours(2); t.isBefore(now); t = t.plusHours(8)) {
                    boolean late = t.isAfter(admitted.plusHours(60));
                    String temperature = fever && late ? "38." + random.nextInt(8) : "36." + (4 + random.nextInt(6));
                    events.add(new EventInput(visit + "-T" + t, visit, EventKind.TEMPERATURE, t, new BigDecimal(temperature),
                            null, null, null, null));
                }
                if (random.nextInt(6) == 0) {
                    boolean positive = random.nextBoolean();
                    events.add(new EventInput(visit + "-C", visit, EventKind.CULTURE, admitted.plusHours(70), null,
                            random.nextBoolean() ? "血液" : "尿液", positive ? PATHOGENS[random.nextInt(PATHOGENS.length)] : null,
                            positive, null));
                }
                if (random.nextInt(4) == 0) {
                    events.add(new EventInput(visit + "-A", visit, EventKind.ANTIBIOTIC_START,
                            admitted.plusHours(24 + random.nextInt(72)), null, null, null, null, "头孢曲松"));
                }
            }
        }
        clinical.receiveAdmissions(admissions);
        clinical.receiveEvents(events);
    }
}
