package org.yuanwu.indicator;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.audit.RecordChanged;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.Permissions;
import org.yuanwu.common.StaleEditException;
import org.yuanwu.indicator.internal.IndicatorDefinition;
import org.yuanwu.indicator.internal.IndicatorDefinitionRepository;

/** Indicator definitions: the built-in catalogue plus a hospital's own; targets can be changed. */
@Service
@Transactional
public class IndicatorCatalog {

    public static final String RECORD_TYPE = "indicator";

    private final IndicatorDefinitionRepository definitions;
    private final MeasureCatalog measures;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IndicatorCatalog(IndicatorDefinitionRepository definitions, MeasureCatalog measures, ApplicationEventPublisher events,
                     Optional<Clock> clock) {
        this.definitions = definitions;
        this.measures = measures;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional(readOnly = true)
    public List<IndicatorView> all() {
        return definitions.findAllByOrderByCode().stream().map(IndicatorDefinition::view).toList();
    }

    @Transactional(readOnly = true)
    public Optional<IndicatorView> find(String code) {
        return code == null ? Optional.empty() : definitions.findById(code).map(IndicatorDefinition::view);
    }

    @Transactional(readOnly = true)
    public IndicatorView get(String code) {
        return find(code).orElseThrow(() -> DomainException.notFound("indicator.error.notFound", code));
    }

    public IndicatorView create(IndicatorForm form) {
        CurrentActor.require(Permissions.INDICATOR_WRITE);
        if (form.getCode() == null || form.getCode().isBlank()) {
            throw DomainException.invalid("code", "indicator.error.codeRequired");
        }
        return save(form, true, false);
    }

    /** Loads a built-in definition (start-up catalogue); no permission check, no audit noise. */
    public IndicatorView createBuiltIn(IndicatorForm form) {
        return save(form, true, true);
    }

    public IndicatorView update(String code, IndicatorForm form) {
        CurrentActor.require(Permissions.INDICATOR_WRITE);
        form.setCode(code);
        return save(form, false, false);
    }

    private IndicatorView save(IndicatorForm form, boolean isNew, boolean builtIn) {
        Expressions parsed = check(form);
        Instant now = Instant.now(clock);
        IndicatorDefinition definition;
        Map<String, Object> before = Map.of();
        if (isNew) {
            if (definitions.existsById(form.getCode())) {
                throw DomainException.invalid("code", "indicator.error.codeTaken", form.getCode());
            }
            definition = new IndicatorDefinition(form.getCode(), builtIn, now);
        } else {
            definition = definitions.findById(form.getCode())
                    .orElseThrow(() -> DomainException.notFound("indicator.error.notFound", form.getCode()));
            StaleEditException.check(form.getVersion(), definition.getVersion());
            before = definition.snapshot();
        }
        form.setNumerator(parsed.numerator().text());
        form.setDenominator(parsed.denominator() == null ? null : parsed.denominator().text());
        definition.apply(form, now);
        definitions.saveAndFlush(definition);
        if (!builtIn) {
            events.publishEvent(isNew
                    ? RecordChanged.created(RECORD_TYPE, form.getCode(), form.getNameZh(), definition.snapshot())
                    : RecordChanged.updated(RECORD_TYPE, form.getCode(), form.getNameZh(), before, definition.snapshot()));
        }
        return definition.view();
    }

    private record Expressions(Expression numerator, Expression denominator) {
    }

    /** Both expressions must parse and name only declared measures; the message says where and what. */
    private Expressions check(IndicatorForm form) {
        Expression numerator = parse("numerator", form.getNumerator());
        Expression denominator = form.getDenominator() == null || form.getDenominator().isBlank() ? null
                : parse("denominator", form.getDenominator());
        return new Expressions(numerator, denominator);
    }

    private Expression parse(String field, String text) {
        try {
            Expression e = Expression.parse(text);
            e.checkMeasures(measures::exists);
            return e;
        } catch (ExpressionException e) {
            throw DomainException.invalid(field, e.key(), e.args());
        }
    }
}
