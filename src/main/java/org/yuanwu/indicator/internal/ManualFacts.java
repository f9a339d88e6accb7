package org.yuanwu.indicator.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.audit.AuditAction;
import org.yuanwu.audit.RecordChanged;
import org.yuanwu.common.AccessDeniedProblem;
import org.yuanwu.common.Actor;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.Permissions;
import org.yuanwu.indicator.Fact;
import org.yuanwu.indicator.FactsRecorded;
import org.yuanwu.indicator.MeasureCatalog;
import org.yuanwu.indicator.MeasureView;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.ScopeGuard;
import org.yuanwu.organization.UnitView;

/**
 * Figures an office enters by hand for measures no module records yet (discharges and patient-days
 * per ward and month, department income…). One figure per measure, unit and date: entering it
 * again corrects it, so re-entering or re-uploading the same sheet changes nothing.
 */
@Service
@Transactional
public class ManualFacts {

    public static final String SOURCE = "manual";
    public static final String RECORD_TYPE = "manual_fact";

    private final MeasureCatalog measures;
    private final OrgUnitService units;
    private final ScopeGuard scope;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;

    ManualFacts(MeasureCatalog measures, OrgUnitService units, ScopeGuard scope, ApplicationEventPublisher events,
                JdbcTemplate jdbc) {
        this.measures = measures;
        this.units = units;
        this.scope = scope;
        this.events = events;
        this.jdbc = jdbc;
    }

    /** One manual figure as listed. */
    public record Entry(String sourceId, String measureCode, Long unitId, String unitName, LocalDate date, BigDecimal value,
                        String recordedBy, java.time.Instant recordedAt) {
    }

    public String enter(String measureCode, Long unitId, LocalDate date, BigDecimal value) {
        Actor actor = CurrentActor.require(Permissions.INDICATOR_WRITE);
        MeasureView measure = measures.find(measureCode)
                .orElseThrow(() -> DomainException.invalid("measureCode", "indicator.error.unknownMeasure", measureCode));
        if (!measure.manualEntry()) {
            throw DomainException.invalid("measureCode", "indicator.error.notManual", measureCode, measure.declaredBy());
        }
        if (unitId == null) {
            throw DomainException.invalid("unitId", "indicator.error.unknownUnit", "");
        }
        UnitView unit = units.find(unitId).orElseThrow(() -> DomainException.invalid("unitId", "indicator.error.unknownUnit", unitId));
        if (!scope.canSee(actor, unit.id(), unit.path())) {
            throw new AccessDeniedProblem();
        }
        if (date == null) {
            throw DomainException.invalid("date", "indicator.error.dateRequired");
        }
        if (value == null || value.signum() < 0) {
            throw DomainException.invalid("value", "indicator.error.valueNegative");
        }
        String sourceId = sourceId(measureCode, unitId, date);
        Optional<BigDecimal> before = current(sourceId);
        events.publishEvent(new FactsRecorded(SOURCE, sourceId, List.of(new Fact(measureCode, unitId, date, value))));
        events.publishEvent(RecordChanged.of(before.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE, RECORD_TYPE,
                sourceId, measure.nameZh() + " " + unit.name() + " " + date,
                before.<Map<String, Object>>map(v -> Map.of("value", v.stripTrailingZeros().toPlainString())).orElse(Map.of()),
                Map.of("value", value.stripTrailingZeros().toPlainString())));
        return sourceId;
    }

    /** Withdraws a figure entered by mistake (its facts leave every total). */
    public void withdraw(String sourceId) {
        Actor actor = CurrentActor.require(Permissions.INDICATOR_WRITE);
        Entry entry = find(sourceId).orElseThrow(() -> DomainException.notFound("indicator.error.entryNotFound"));
        if (!scope.canSee(actor, entry.unitId())) {
            throw new AccessDeniedProblem();
        }
        events.publishEvent(FactsRecorded.withdrawn(SOURCE, sourceId));
        events.publishEvent(RecordChanged.of(AuditAction.DEACTIVATE, RECORD_TYPE, sourceId,
                entry.measureCode() + " " + entry.date(), Map.of("value", entry.value().stripTrailingZeros().toPlainString()),
                Map.of()));
    }

    @Transactional(readOnly = true)
    public Page<Entry> list(String measureCode, Long unitId, Pageable pageable) {
        Actor actor = CurrentActor.require(Permissions.INDICATOR_READ);
        Long root = unitId != null ? unitId : actor.scopeUnitId();
        if (root != null && !scope.canSee(actor, root)) {
            throw new AccessDeniedProblem();
        }
        List<Long> visible = root == null ? null : units.subtreeIds(root);
        StringBuilder where = new StringBuilder(" where source_type = ?");
        List<Object> args = new ArrayList<>(List.of(SOURCE));
        if (measureCode != null && !measureCode.isBlank()) {
            where.append(" and measure_code = ?");
            args.add(measureCode.trim());
        }
        if (visible != null) {
            where.append(" and unit_id = any(?)");
            args.add(visible.toArray(Long[]::new));
        }
        long total = jdbc.queryForObject("select count(*) from indicator_fact" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(pageable.getPageSize());
        pageArgs.add(pageable.getOffset());
        List<Entry> rows = jdbc.query("select source_id, measure_code, unit_id, fact_date, amount, recorded_by, recorded_at"
                        + " from indicator_fact" + where + " order by fact_date desc, id desc limit ? offset ?",
                (rs, i) -> new Entry(rs.getString(1), rs.getString(2), rs.getLong(3), null, rs.getDate(4).toLocalDate(),
                        rs.getBigDecimal(5), rs.getString(6), rs.getTimestamp(7).toInstant()),
                pageArgs.toArray());
        return new PageImpl<>(rows.stream().map(e -> new Entry(e.sourceId(), e.measureCode(), e.unitId(),
                units.find(e.unitId()).map(UnitView::name).orElse("?"), e.date(), e.value(), e.recordedBy(), e.recordedAt()))
                .toList(), pageable, total);
    }

    private Optional<Entry> find(String sourceId) {
        return jdbc.query("select source_id, measure_code, unit_id, fact_date, amount, recorded_by, recorded_at from indicator_fact"
                        + " where source_type = ? and source_id = ?",
                (rs, i) -> new Entry(rs.getString(1), rs.getString(2), rs.getLong(3), null, rs.getDate(4).toLocalDate(),
                        rs.getBigDecimal(5), rs.getString(6), rs.getTimestamp(7).toInstant()), SOURCE, sourceId)
                .stream().findFirst();
    }

    private Optional<BigDecimal> current(String sourceId) {
        return find(sourceId).map(Entry::value);
    }

    static String sourceId(String measureCode, Long unitId, LocalDate date) {
        return measureCode + "@" + unitId + "@" + date;
    }
}
