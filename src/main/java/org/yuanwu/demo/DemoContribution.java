package org.yuanwu.demo;

import java.time.LocalDate;
import java.util.List;
import org.yuanwu.organization.UnitView;

/**
 * One office's share of the demo hospital's record (training, quality, union...), generated after the org tree,
 * the staff and the users exist. Each is a component in this package; the initializer runs them in
 * {@link org.springframework.core.annotation.Order} order. Deterministic for a seed, and written through the
 * owning module's public services, so demo data is validated and audited like a person's work.
 */
interface DemoContribution {

    /**
     * Generates this office's record.
     *
     * @param seed  the demo seed (derive a {@link java.util.Random} from it, never from the clock)
     * @param units every unit of the generated tree, active ones included
     * @param today the hospital's date, so the record covers the year up to today
     * @return a short line for the start-up log, e.g. "42 union members, 3 congress proposals"
     */
    String generate(long seed, List<UnitView> units, LocalDate today);
}
