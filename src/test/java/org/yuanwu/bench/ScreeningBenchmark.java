package org.yuanwu.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yuanwu.YuanwuApplication;
import org.yuanwu.infection.AdmissionInput;
import org.yuanwu.infection.ClinicalEventService;
import org.yuanwu.infection.EventInput;
import org.yuanwu.infection.EventKind;
import org.yuanwu.infection.ScreeningRunView;
import org.yuanwu.infection.ScreeningService;
import org.yuanwu.organization.OrgUnitKind;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.UnitForm;

/**
 * One year of a 1,500-bed hospital for the infection screening: about 80,000 stays with six temperature readings a
 * day, 150,000 cultures and 200,000 antibiotic courses, received through {@link ClinicalEventService} as the HIS
 * would send them; then a full screening run, and incremental runs each after one more day's events. Run by
 * bench/screening.sh; not part of mvn verify.
 *
 * Usage: ScreeningBenchmark STAYS [spring arguments…] (an empty database)
 */
public final class ScreeningBenchmark {

    static final int WARDS = 30;
    static final int YEAR = 2025;
    static final int READINGS_PER_DAY = 6;
    static final String[] SPECIMENS = {"血液", "尿液", "痰", "痰", "痰", "伤口分泌物", "脑脊液", "胸水"};
    static final String[] ORGANISMS = {"大肠埃希菌", "肺炎克雷伯菌", "金黄色葡萄球菌", "铜绿假单胞菌", "鲍曼不动杆菌"};

    public static void main(String[] args) throws Exception {
        int stays = Integer.parseInt(args[0]);
        SpringApplication app = new SpringApplication(YuanwuApplication.class);
        app.setDefaultProperties(Map.of("server.port", "0"));
        try (ConfigurableApplicationContext ctx = app.run(Arrays.copyOfRange(args, 1, args.length))) {
            LocaleContextHolder.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
            JdbcTemplate jdbc = new JdbcTemplate(ctx.getBean(DataSource.class));
            ClinicalEventService intake = ctx.getBean(ClinicalEventService.class);
            ScreeningService screening = ctx.getBean(ScreeningService.class);
            String[] wards = wards(ctx.getBean(OrgUnitService.class));
            Random random = new Random(20251231L);
            int cultures = stays * 150 / 80;
            int courses = stays * 200 / 80;

            long started = System.nanoTime();
            List<AdmissionInput> admissions = new ArrayList<>();
            LocalDateTime[] admitted = new LocalDateTime[stays];
            int[] lengthDays = new int[stays];
            for (int i = 0; i < stays; i++) {
                admitted[i] = LocalDate.of(YEAR, 1, 1).atTime(8, 0).plusMinutes(random.nextInt(365 * 24 * 60 - 15 * 24 * 60));
                lengthDays[i] = 1 + Math.min(30, (int) Math.round(-6.0 * Math.log(1 - random.nextDouble())));
                admissions.add(new AdmissionInput(visit(i), "BA" + (100000 + i), wards[i % WARDS], admitted[i],
                        admitted[i].plusDays(lengthDays[i])));
                if (admissions.size() == 20_000) {
                    intake.receiveAdmissions(admissions);
                    admissions.clear();
                }
            }
            if (!admissions.isEmpty()) {
                intake.receiveAdmissions(admissions);
            }
            long events = 0;
            List<EventInput> batch = new ArrayList<>();
            for (int i = 0; i < stays; i++) {
                boolean febrile = random.nextInt(100) < 4;
                for (int d = 0; d < lengthDays[i]; d++) {
                    for (int k = 0; k < READINGS_PER_DAY; k++) {
                        LocalDateTime at = admitted[i].plusHours(d * 24L + 2 + k * 4L);
                        double t = febrile && d >= 3 && d <= 5 ? 38.0 + random.nextInt(20) / 10.0 : 36.2 + random.nextInt(12) / 10.0;
                        batch.add(new EventInput(visit(i) + "-T" + d + k, visit(i), EventKind.TEMPERATURE, at,
                                BigDecimal.valueOf(t).setScale(1, java.math.RoundingMode.HALF_UP), null, null, null, null));
                    }
                }
                events += flushIfFull(intake, batch);
            }
            for (int c = 0; c < cultures; c++) {
                int i = random.nextInt(stays);
                LocalDateTime at = admitted[i].plusHours(random.nextInt(lengthDays[i] * 24));
                boolean positive = random.nextInt(100) < 10;
                batch.add(new EventInput(visit(i) + "-C" + c, visit(i), EventKind.CULTURE, at, null,
                        SPECIMENS[random.nextInt(SPECIMENS.length)], positive ? ORGANISMS[random.nextInt(ORGANISMS.length)] : null,
                        positive, null));
                events += flushIfFull(intake, batch);
            }
            for (int c = 0; c < courses; c++) {
                int i = random.nextInt(stays);
                LocalDateTime at = admitted[i].plusHours(random.nextInt(lengthDays[i] * 24));
                batch.add(new EventInput(visit(i) + "-A" + c, visit(i), EventKind.ANTIBIOTIC_START, at, null, null, null, null,
                        "头孢呋辛"));
                events += flushIfFull(intake, batch);
            }
            events += flush(intake, batch);
            double intakeSeconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("data: %d stays, %d events (%d temperature readings, %d cultures, %d antibiotic courses), %d wards%n",
                    stays, events, events - cultures - courses, cultures, courses, WARDS);
            System.out.printf("RESULT intake through ClinicalEventService: %.1f s, %.0f events/s%n", intakeSeconds, events / intakeSeconds);

            long t0 = System.nanoTime();
            ScreeningRunView full = screening.run(true);
            System.out.printf("RESULT full screening run: %.2f s, %d suspects, events read up to id %d%n",
                    (System.nanoTime() - t0) / 1e9, full.suspectsCreated(), full.lastEventId());

            // One more day, several times: the current inpatients' readings, cultures and antibiotic starts of that day.
            for (int day = 1; day <= 5; day++) {
                LocalDate date = LocalDate.of(YEAR + 1, 1, day);
                List<AdmissionInput> current = new ArrayList<>();
                for (int b = 0; b < 1500; b++) {
                    current.add(new AdmissionInput("D" + day + "-" + b, "BD" + day + "-" + b, wards[b % WARDS],
                            date.minusDays(1 + random.nextInt(6)).atTime(9, 0), null));
                }
                intake.receiveAdmissions(current);
                for (int b = 0; b < 1500; b++) {
                    boolean febrile = random.nextInt(100) < 4;
                    for (int k = 0; k < READINGS_PER_DAY; k++) {
                        batch.add(new EventInput("D" + day + "-" + b + "-T" + k, "D" + day + "-" + b, EventKind.TEMPERATURE,
                                date.atTime(2 + k * 4, 0), new BigDecimal(febrile ? "38.4" : "36.8"), null, null, null, null));
                    }
                }
                for (int c = 0; c < cultures / 365; c++) {
                    int b = random.nextInt(1500);
                    boolean positive = random.nextInt(100) < 10;
                    batch.add(new EventInput("D" + day + "-C" + c, "D" + day + "-" + b, EventKind.CULTURE, date.atTime(10, 0), null,
                            SPECIMENS[random.nextInt(SPECIMENS.length)], positive ? ORGANISMS[0] : null, positive, null));
                }
                for (int c = 0; c < courses / 365; c++) {
                    batch.add(new EventInput("D" + day + "-A" + c, "D" + day + "-" + random.nextInt(1500), EventKind.ANTIBIOTIC_START,
                            date.atTime(11, 0), null, null, null, null, "左氧氟沙星"));
                }
                int dayEvents = batch.size();
                flush(intake, batch);
                long t1 = System.nanoTime();
                ScreeningRunView run = screening.run(false);
                System.out.printf("RESULT incremental run after day %d (%d new events): %.3f s, %d suspects%n", day, dayEvents,
                        (System.nanoTime() - t1) / 1e9, run.suspectsCreated());
            }
            System.out.printf("check: %d suspects in all, %d events in the table%n",
                    jdbc.queryForObject("select count(*) from infection_suspect", Long.class),
                    jdbc.queryForObject("select count(*) from infection_event", Long.class));
        }
    }

    private static long flushIfFull(ClinicalEventService intake, List<EventInput> batch) {
        return batch.size() >= 45_000 ? flush(intake, batch) : 0;
    }

    private static long flush(ClinicalEventService intake, List<EventInput> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        intake.receiveEvents(batch);
        long n = batch.size();
        batch.clear();
        return n;
    }

    private static String visit(int i) {
        return "ZY" + YEAR + String.format("%06d", i);
    }

    private static String[] wards(OrgUnitService units) {
        UnitForm hospital = new UnitForm();
        hospital.setCode("SCRH");
        hospital.setName("基准测试医院");
        hospital.setKind(OrgUnitKind.INSTITUTION);
        Long hospitalId = units.create(hospital).id();
        String[] codes = new String[WARDS];
        for (int w = 0; w < WARDS; w++) {
            UnitForm ward = new UnitForm();
            codes[w] = "SCRW" + w;
            ward.setCode(codes[w]);
            ward.setName("病区" + (w + 1));
            ward.setKind(OrgUnitKind.WARD);
            ward.setParentId(hospitalId);
            ward.setBedCount(50);
            units.create(ward);
        }
        return codes;
    }
}
