package org.yuanwu.indicator;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.indicator.internal.MeasureRecord;
import org.yuanwu.indicator.internal.MeasureRepository;

/**
 * The measures facts can be recorded for. A module declares the measures it records at start-up
 * ({@link #declare}); the built-in catalogue declares the rest as entered by hand until a module
 * takes them over.
 */
@Service
@Transactional
public class MeasureCatalog {

    public static final String CATALOGUE = "catalogue";

    private final MeasureRepository measures;
    private final Clock clock;

    MeasureCatalog(MeasureRepository measures, Optional<Clock> clock) {
        this.measures = measures;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Declares (or re-declares) a measure recorded by {@code module}; it is no longer entered by hand. */
    public MeasureView declare(String code, String nameZh, String nameEn, String unit, Aggregation aggregation, String module) {
        return upsert(code, nameZh, nameEn, unit, aggregation, false, module);
    }

    /** A measure entered by hand (manual form and workbook), unless a module has declared it already. */
    public MeasureView declareManual(String code, String nameZh, String nameEn, String unit, Aggregation aggregation) {
        Optional<MeasureRecord> existing = measures.findById(code);
        if (existing.isPresent()) {
            return existing.get().view();
        }
        return upsert(code, nameZh, nameEn, unit, aggregation, true, CATALOGUE);
    }

    @Transactional(readOnly = true)
    public List<MeasureView> all() {
        return measures.findAllByOrderByCode().stream().map(MeasureRecord::view).toList();
    }

    @Transactional(readOnly = true)
    public Optional<MeasureView> find(String code) {
        return code == null ? Optional.empty() : measures.findById(code).map(MeasureRecord::view);
    }

    @Transactional(readOnly = true)
    public boolean exists(String code) {
        return code != null && measures.existsById(code);
    }

    private MeasureView upsert(String code, String nameZh, String nameEn, String unit, Aggregation aggregation,
                               boolean manual, String declaredBy) {
        MeasureRecord record = measures.findById(code).orElse(null);
        if (record == null) {
            record = new MeasureRecord(code, nameZh, nameEn, unit, aggregation, manual, declaredBy, Instant.now(clock));
        } else {
            record.redeclare(nameZh, nameEn, unit, aggregation, manual, declaredBy);
        }
        return measures.save(record).view();
    }
}
