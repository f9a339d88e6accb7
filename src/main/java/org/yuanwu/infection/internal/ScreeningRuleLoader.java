package org.yuanwu.infection.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.infection.EventKind;

/**
 * Puts the built-in screening rules, with their test cases, into the database on start when they are missing. A
 * hospital tunes them afterwards (thresholds, specimens, on or off); a rule it changed is never overwritten.
 */
@Component
@Order(6)
class ScreeningRuleLoader implements ApplicationRunner {

    record Seed(String code, String nameZh, String nameEn, String explanationZh, String explanationEn, EventKind kind,
                String minAmount, boolean positive, String specimens, int afterHours, List<Object[]> cases) {
    }

    /** Sterile sites: a positive culture from these is not colonisation. */
    static final String STERILE_SPECIMENS = "血液,脑脊液,胸水,腹水,关节液,心包液";

    static final List<Seed> SEEDS = List.of(
            new Seed("FEVER_AFTER_48H", "入院48小时后发热", "Fever more than 48 h after admission",
                    "体温≥38.0 °C且发生在入院48小时以后，提示可能发生医院感染，需结合临床排查感染部位。",
                    "A temperature of 38.0 °C or more, taken more than 48 hours after admission, may be a "
                            + "hospital-acquired infection; look for a site.",
                    EventKind.TEMPERATURE, "38.0", false, null, 48, List.of(
                    new Object[] {"入院49小时体温38.0 °C", 49 * 60, "38.0", null, null, true},
                    new Object[] {"入院72小时体温37.9 °C", 72 * 60, "37.9", null, null, false},
                    new Object[] {"恰好入院48小时体温38.5 °C", 48 * 60, "38.5", null, null, false},
                    new Object[] {"入院48小时零1分体温38.0 °C", 48 * 60 + 1, "38.0", null, null, true},
                    new Object[] {"入院第1天体温39.2 °C（社区感染可能）", 20 * 60, "39.2", null, null, false})),
            new Seed("STERILE_SITE_CULTURE", "无菌部位标本培养阳性", "Positive culture from a sterile site",
                    "入院48小时后血液、脑脊液、胸腹水、关节液等无菌部位标本培养阳性，应排查血流感染等医院感染。",
                    "A positive culture of blood, cerebrospinal fluid, pleural or peritoneal fluid or joint fluid, taken "
                            + "more than 48 hours after admission.",
                    EventKind.CULTURE, null, true, STERILE_SPECIMENS, 48, List.of(
                    new Object[] {"入院60小时血培养阳性", 60 * 60, null, "血液", true, true},
                    new Object[] {"入院60小时痰培养阳性（非无菌部位）", 60 * 60, null, "痰", true, false},
                    new Object[] {"入院60小时血培养阴性", 60 * 60, null, "血液", false, false},
                    new Object[] {"入院24小时血培养阳性", 24 * 60, null, "血液", true, false},
                    new Object[] {"入院5天脑脊液培养阳性", 120 * 60, null, "脑脊液", true, true})),
            new Seed("NEW_ANTIBIOTIC_AFTER_DAY3", "入院第3天后新开抗菌药物", "New antibiotic after day 3",
                    "入院72小时以后新开始的抗菌药物疗程，常提示临床怀疑新发感染。",
                    "An antibiotic course started more than 72 hours after admission often means a new infection "
                            + "is suspected.",
                    EventKind.ANTIBIOTIC_START, null, false, null, 72, List.of(
                    new Object[] {"入院73小时新开头孢曲松", 73 * 60, null, null, null, true},
                    new Object[] {"恰好入院72小时新开", 72 * 60, null, null, null, false},
                    new Object[] {"入院10小时开始的抗菌药物", 10 * 60, null, null, null, false})),
            new Seed("URINE_CULTURE_AFTER_48H", "入院48小时后尿培养阳性", "Positive urine culture after 48 h",
                    "入院48小时后尿培养阳性，留置导尿管者需排查导尿管相关尿路感染。",
                    "A positive urine culture more than 48 hours after admission; with a catheter in place, look for "
                            + "a catheter-associated urinary tract infection.",
                    EventKind.CULTURE, null, true, "尿液", 48, List.of(
                    new Object[] {"入院4天尿培养阳性", 96 * 60, null, "尿液", true, true},
                    new Object[] {"入院4天尿培养阴性", 96 * 60, null, "尿液", false, false},
                    new Object[] {"入院当天尿培养阳性", 6 * 60, null, "尿液", true, false})));

    private final ScreeningRuleRepository rules;
    private final JdbcTemplate jdbc;

    ScreeningRuleLoader(ScreeningRuleRepository rules, JdbcTemplate jdbc) {
        this.rules = rules;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (Seed s : SEEDS) {
            if (rules.findByCode(s.code()).isPresent()) {
                continue;
            }
            ScreeningRuleEntity r = new ScreeningRuleEntity(s.code());
            r.describe(s.nameZh(), s.nameEn(), s.explanationZh(), s.explanationEn());
            r.define(s.kind(), s.minAmount() == null ? null : new BigDecimal(s.minAmount()), s.positive(), s.specimens(),
                    s.afterHours(), true);
            rules.saveAndFlush(r);
            List<Object[]> rows = new ArrayList<>();
            int no = 1;
            for (Object[] c : s.cases()) {
                rows.add(new Object[] {r.getId(), no++, c[0], c[1], c[2] == null ? null : new BigDecimal((String) c[2]), c[3],
                        c[4], c[5]});
            }
            jdbc.batchUpdate("insert into infection_rule_case (rule_id, case_no, description, minutes, amount, specimen,"
                    + " positive, expected) values (?, ?, ?, ?, ?, ?, ?, ?)", rows);
        }
    }
}
