package org.yuanwu.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.yuanwu.common.HospitalTime;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.UnitView;

/**
 * Fills an empty installation with the demo hospital when {@code yuanwu.demo.enabled} is true, after the
 * administrator bootstrap (order 10). Never runs twice: any existing org unit means real or earlier data.
 */
@Component
@Order(20)
public class DemoDataInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataInitializer.class);

    private final DemoHospitalGenerator generator;
    private final DemoInfection infection;
    private final List<DemoContribution> contributions;
    private final OrgUnitService units;
    private final boolean enabled;
    private final long seed;
    private final int sizeFactor;

    DemoDataInitializer(DemoHospitalGenerator generator, DemoInfection infection, List<DemoContribution> contributions,
                        OrgUnitService units,
                        @Value("${yuanwu.demo.enabled:false}") boolean enabled,
                        @Value("${yuanwu.demo.seed:20260101}") long seed,
                        @Value("${yuanwu.demo.size-factor:1}") int sizeFactor) {
        this.generator = generator;
        this.infection = infection;
        this.contributions = contributions;
        this.units = units;
        this.enabled = enabled;
        this.seed = seed;
        this.sizeFactor = sizeFactor;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        // No signed-in user at start-up, so this runs as the system actor (which may read the whole tree).
        if (!units.roots().isEmpty()) {
            log.info("Demo data not generated: the org tree already has units.");
            return;
        }
        long started = System.nanoTime();
        DemoSummary summary = generator.generate(seed, sizeFactor);
        List<UnitView> allUnits = units.allVisible(true);
        LocalDate today = LocalDate.now(HospitalTime.ZONE);
        int infectionCases = infection.generate(seed, allUnits, today);
        List<String> more = new ArrayList<>();
        for (DemoContribution contribution : contributions) {
            long begun = System.nanoTime();
            String line = contribution.generate(seed, allUnits, today);
            more.add(line + " (" + (System.nanoTime() - begun) / 1_000_000 + " ms)");
        }
        log.info("Demo data generated in {} ms: {}; {} infection cases; {}", (System.nanoTime() - started) / 1_000_000,
                summary, infectionCases, String.join("; ", more));
        System.out.println(banner(summary, seed, sizeFactor));
    }

    /** The one console block that tells whoever started the app how to sign in to the demo. */
    static String banner(DemoSummary summary, long seed, int sizeFactor) {
        StringBuilder out = new StringBuilder()
                .append("\n=== Yuanwu demo hospital ===\n")
                .append(String.format("Seed %d, size factor %d: %d units (%d wards), %d staff, %d users.%n",
                        seed, sizeFactor, summary.units(), summary.wards(), summary.staff(), summary.users()))
                .append("Demo users (all share the password ").append(summary.password()).append("):\n");
        for (DemoSummary.Login login : summary.logins()) {
            out.append(String.format("  %-10s %-24s %-8s %s%n", login.username(), login.role(), login.dataScope(),
                    login.scopeUnitName() == null ? login.displayName() : login.displayName() + " @ " + login.scopeUnitName()));
        }
        return out.append("Demo accounts are for trying Yuanwu out; disable them before real use.\n")
                .append("============================\n").toString();
    }
}
