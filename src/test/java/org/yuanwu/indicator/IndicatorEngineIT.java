package org.yuanwu.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.yuanwu.common.DomainException;
import org.yuanwu.organization.OrgUnitKind;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.UnitView;
import org.yuanwu.support.IntegrationTest;
import org.yuanwu.support.TestFixtures;

/** The engine against the database: facts in, indicator values out, for subtrees and periods. */
class IndicatorEngineIT extends IntegrationTest {

    private static final String HAI = "infection.hai_incidence";

    @Autowired
    IndicatorEngine engine;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    OrgUnitService units;

    private void publish(String source, Fact... facts) {
        tx.executeWithoutResult(s -> events.publishEvent(new FactsRecorded("test.case", source, List.of(facts))));
    }

    private static Fact fact(String measure, UnitView unit, String date, long value) {
        return Fact.of(measure, unit.id(), LocalDate.parse(date), value);
    }

    @Test
    void aWardsFactsRollUpToItsDepartmentAndHospital() {
        TestFixtures.Hospital h = fixtures.hospital();
        String s = TestFixtures.unique("s");
        publish(s + "a", fact("infection.hai_cases", h.wardA(), "2026-01-15", 2), fact("census.discharges", h.wardA(), "2026-01-31", 100));
        publish(s + "b", fact("infection.hai_cases", h.wardB(), "2026-02-03", 1), fact("census.discharges", h.wardB(), "2026-02-20", 100));

        assertThat(engine.value(HAI, h.wardA().id(), Period.year(2026)).value()).isEqualByComparingTo("2.0");
        IndicatorValue hospital = engine.value(HAI, h.hospital().id(), Period.year(2026));
        assertThat(hospital.numerator()).isEqualByComparingTo("3");
        assertThat(hospital.denominator()).isEqualByComparingTo("200");
        assertThat(hospital.value()).isEqualByComparingTo("1.5");
        assertThat(hospital.status()).isEqualTo(IndicatorValue.Status.MET);
        assertThat(engine.byChild(HAI, h.department().id(), Period.year(2026)))
                .extracting(IndicatorValue::value).map(BigDecimal::toPlainString).containsExactlyInAnyOrder("2.0", "1.0");
    }

    @Test
    void customRangesCountOnlyTheFactsInsideThemIncludingPartialMonths() {
        TestFixtures.Hospital h = fixtures.hospital();
        String s = TestFixtures.unique("s");
        publish(s, fact("census.discharges", h.wardA(), "2026-01-09", 10), fact("census.discharges", h.wardA(), "2026-01-10", 20),
                fact("census.discharges", h.wardA(), "2026-02-15", 40), fact("census.discharges", h.wardA(), "2026-02-21", 80));
        var totals = engine.measureTotals(List.of("census.discharges"), h.hospital().id(),
                Period.custom(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 2, 20)));
        assertThat(totals.get("census.discharges")).isEqualByComparingTo("60");
        var byMonth = engine.bySubPeriod("nursing.adverse_events_per_1000_days", h.wardA().id(), Period.quarter(2026, 1), PeriodType.MONTH);
        assertThat(byMonth).hasSize(3).allMatch(v -> !v.hasData());
    }

    @Test
    void noDataIsNotZeroAndADivisionByZeroIsNoData() {
        TestFixtures.Hospital h = fixtures.hospital();
        IndicatorValue empty = engine.value(HAI, h.wardA().id(), Period.year(2026));
        assertThat(empty.value()).isNull();
        assertThat(empty.status()).isEqualTo(IndicatorValue.Status.NO_DATA);
        publish(TestFixtures.unique("s"), fact("infection.hai_cases", h.wardB(), "2026-03-01", 0),
                fact("census.discharges", h.wardB(), "2026-03-01", 0));
        assertThat(engine.value(HAI, h.wardB().id(), Period.year(2026)).value()).isNull();
        publish(TestFixtures.unique("s"), fact("census.discharges", h.wardB(), "2026-03-02", 40));
        assertThat(engine.value(HAI, h.wardB().id(), Period.year(2026)).value()).isEqualByComparingTo("0.0");
        // Discharges recorded and no infection recorded at all: the rate is zero, not "no data".
        publish(TestFixtures.unique("s"), fact("census.discharges", h.wardA(), "2026-04-01", 50));
        IndicatorValue none = engine.value(HAI, h.wardA().id(), Period.year(2026));
        assertThat(none.value()).isEqualByComparingTo("0.0");
        assertThat(none.numerator()).isEqualByComparingTo("0");
        assertThat(engine.value(HAI, h.wardA().id(), Period.year(2025)).value()).isNull();
    }

    private static final String ANTIBIOTICS = "infection.antibiotic_use_rate_inpatient";

    @Test
    void rateWithNothingRecordedShowsNoDataNotMet() {
        TestFixtures.Hospital h = fixtures.hospital();
        // A year of discharges, and the hospital never recorded antibiotic use anywhere: no data, not "0 % met".
        publish(TestFixtures.unique("s"), fact("census.discharges", h.wardA(), "2026-03-01", 500),
                fact("census.discharges", h.wardB(), "2026-05-01", 300));
        // Another hospital's record does not speak for this one.
        TestFixtures.Hospital other = fixtures.hospital();
        publish(TestFixtures.unique("s"), fact("infection.inpatients_on_antibiotics", other.wardA(), "2026-03-01", 20),
                fact("census.discharges", other.wardA(), "2026-03-01", 100));

        IndicatorValue rate = engine.value(ANTIBIOTICS, h.hospital().id(), Period.year(2026));
        assertThat(rate.denominator()).isEqualByComparingTo("800");
        assertThat(rate.numerator()).isNull();
        assertThat(rate.value()).isNull();
        assertThat(rate.status()).isEqualTo(IndicatorValue.Status.NO_DATA);
        assertThat(engine.byChild(ANTIBIOTICS, h.department().id(), Period.year(2026))).noneMatch(IndicatorValue::hasData);
        assertThat(engine.bySubPeriod(ANTIBIOTICS, h.hospital().id(), Period.year(2026), PeriodType.MONTH))
                .noneMatch(IndicatorValue::hasData);
        assertThat(engine.value(ANTIBIOTICS, other.hospital().id(), Period.year(2026)).value()).isEqualByComparingTo("20.0");
    }

    @Test
    void rateWithRecordedZeroShowsZero() {
        TestFixtures.Hospital h = fixtures.hospital();
        publish(TestFixtures.unique("s"), fact("census.discharges", h.wardA(), "2026-03-01", 500),
                fact("census.discharges", h.wardB(), "2026-03-01", 300));
        // Ward A's monthly antibiotic survey found nobody on antibiotics: a recorded zero.
        publish(TestFixtures.unique("s"), fact("infection.inpatients_on_antibiotics", h.wardA(), "2026-03-01", 0));

        IndicatorValue wardA = engine.value(ANTIBIOTICS, h.wardA().id(), Period.year(2026));
        assertThat(wardA.value()).isEqualByComparingTo("0.0");
        assertThat(wardA.status()).isEqualTo(IndicatorValue.Status.MET);
        // Ward B recorded nothing itself, but the hospital keeps the record, so its nothing is zero too.
        assertThat(engine.value(ANTIBIOTICS, h.wardB().id(), Period.year(2026)).value()).isEqualByComparingTo("0.0");
        assertThat(engine.value(ANTIBIOTICS, h.hospital().id(), Period.year(2026)).value()).isEqualByComparingTo("0.0");
        // A year in which the source recorded nothing has no data, even with its population observed.
        publish(TestFixtures.unique("s"), fact("census.discharges", h.wardA(), "2025-03-01", 400));
        assertThat(engine.value(ANTIBIOTICS, h.hospital().id(), Period.year(2025)).hasData()).isFalse();
    }

    @Test
    void republishingASourceReplacesItsFactsAndAnEmptyListWithdrawsThem() {
        TestFixtures.Hospital h = fixtures.hospital();
        String s = TestFixtures.unique("s");
        publish(s, fact("education.lectures", h.wardA(), "2026-04-01", 1), fact("education.lectures", h.wardA(), "2026-05-01", 1));
        publish(s, fact("education.lectures", h.wardA(), "2026-04-01", 1), fact("education.lectures", h.wardA(), "2026-05-01", 1));
        assertThat(engine.value("education.lectures", h.hospital().id(), Period.year(2026)).value()).isEqualByComparingTo("2");
        publish(s, fact("education.lectures", h.wardA(), "2026-04-01", 1));
        assertThat(engine.value("education.lectures", h.hospital().id(), Period.year(2026)).value()).isEqualByComparingTo("1");
        tx.executeWithoutResult(t -> events.publishEvent(FactsRecorded.withdrawn("test.case", s)));
        assertThat(engine.value("education.lectures", h.hospital().id(), Period.year(2026)).hasData()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from indicator_rollup_month where unit_id = ?", Long.class,
                h.hospital().id())).isZero();
    }

    @Test
    void movingAWardMovesItsFactsToTheNewDepartment() {
        TestFixtures.Hospital h = fixtures.hospital();
        UnitView surgery = fixtures.unit("外科", OrgUnitKind.DEPARTMENT, h.hospital().id());
        publish(TestFixtures.unique("s"), fact("education.lectures", h.wardA(), "2026-06-01", 3));
        assertThat(engine.value("education.lectures", h.department().id(), Period.year(2026)).value()).isEqualByComparingTo("3");
        tx.executeWithoutResult(t -> units.move(h.wardA().id(), surgery.id(), h.wardA().version()));
        assertThat(engine.value("education.lectures", h.department().id(), Period.year(2026)).hasData()).isFalse();
        assertThat(engine.value("education.lectures", surgery.id(), Period.year(2026)).value()).isEqualByComparingTo("3");
        assertThat(engine.value("education.lectures", h.hospital().id(), Period.year(2026)).value()).isEqualByComparingTo("3");
    }

    @Test
    void aPopulationCountsEachUnitsLatestFigureOnce() {
        TestFixtures.Hospital h = fixtures.hospital();
        publish(TestFixtures.unique("s"), fact("population.served", h.wardA(), "2026-01-01", 1000),
                fact("population.served", h.wardA(), "2026-06-01", 1200), fact("population.served", h.wardB(), "2026-03-01", 800),
                fact("education.people_reached", h.wardA(), "2026-05-01", 500));
        // Latest of ward A (1,200) plus ward B's only figure (800): 2,000 people; 500 reached is 25 %.
        assertThat(engine.measureTotals(List.of("population.served"), h.department().id(), Period.year(2026)).get("population.served"))
                .isEqualByComparingTo("2000");
        assertThat(engine.value("education.coverage", h.department().id(), Period.year(2026)).value()).isEqualByComparingTo("25.0");
        // The first quarter: the population was known, but health education recorded nothing anywhere in the hospital,
        // so coverage has no data rather than a false 0 % (issue 21: no rate from a source that recorded nothing).
        assertThat(engine.value("education.coverage", h.department().id(), Period.quarter(2026, 1)).hasData()).isFalse();
        // Once a reach is on record in the hospital, a unit that reached nobody in the period reads 0 %.
        publish(TestFixtures.unique("s"), fact("education.people_reached", h.wardA(), "2026-02-01", 0));
        assertThat(engine.value("education.coverage", h.department().id(), Period.quarter(2026, 1)).value()).isEqualByComparingTo("0");
        // Before any population figure there is nothing to measure against: no data.
        assertThat(engine.value("education.coverage", h.department().id(), Period.year(2025)).hasData()).isFalse();
    }

    @Test
    void theSamePeriodLastYearIsComputedToo() {
        TestFixtures.Hospital h = fixtures.hospital();
        publish(TestFixtures.unique("s"), fact("education.lectures", h.wardA(), "2025-03-10", 5), fact("education.lectures", h.wardA(), "2026-03-10", 7));
        assertThat(engine.sameTimeLastYear("education.lectures", h.wardA().id(), Period.quarter(2026, 1)).value()).isEqualByComparingTo("5");
    }

    @Test
    void factsForUnknownUnitsOrMeasuresAreRefusedAndNothingIsStored() {
        TestFixtures.Hospital h = fixtures.hospital();
        long before = jdbc.queryForObject("select count(*) from indicator_fact", Long.class);
        assertThatThrownBy(() -> publish(TestFixtures.unique("s"), fact("education.lectures", h.wardA(), "2026-01-01", 1),
                Fact.of("education.lectures", 987654321L, LocalDate.of(2026, 1, 1), 1)))
                .isInstanceOf(DomainException.class).hasMessage("indicator.error.unknownUnit");
        assertThatThrownBy(() -> publish(TestFixtures.unique("s"), fact("no.such_measure", h.wardA(), "2026-01-01", 1)))
                .isInstanceOf(DomainException.class);
        assertThat(jdbc.queryForObject("select count(*) from indicator_fact", Long.class)).isEqualTo(before);
    }
}
